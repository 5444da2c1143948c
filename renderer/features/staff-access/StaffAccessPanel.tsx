import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommandResult, IssuedRole, StaffCredential } from '../../../shared/protocol/index.ts';
import { ISSUED_ROLES } from '../../../shared/protocol/roles.ts';
import { toHubError, type HubError } from '../../client/errors.ts';
import { useCommand, useHubClient } from '../../client/react.tsx';
import { useFormat } from '../../i18n/format.ts';
import { ErrorMessage } from '../common/ErrorMessage.tsx';
import { SecretOnce } from './SecretOnce.tsx';
import styles from './staffAccess.module.css';
import table from '../common/table.module.css';

type Issued = CommandResult<'staff.issue'>;

/**
 * The credentials the secretariat hands to the chair, the check-in desks and the projector: issue one (its secret is
 * shown once, large), see which are in use, revoke one (every session signed in with it ends at once).
 */
export function StaffAccessPanel() {
  const { t } = useTranslation('staff-access');
  const client = useHubClient();
  const [credentials, setCredentials] = useState<StaffCredential[] | null>(null);
  const [listError, setListError] = useState<HubError | null>(null);
  const [issued, setIssued] = useState<Issued | null>(null);

  const refresh = useCallback(async () => {
    try {
      setCredentials((await client.send('staff.list', {})).credentials);
      setListError(null);
    } catch (error) {
      setListError(toHubError(error));
    }
  }, [client]);

  useEffect(() => {
    let stopped = false;
    client
      .send('staff.list', {})
      .then(({ credentials: list }) => !stopped && setCredentials(list))
      .catch((error: unknown) => !stopped && setListError(toHubError(error)));
    return () => {
      stopped = true;
    };
  }, [client]);

  return (
    <section className={`card ${styles.panel}`} aria-labelledby="staff-access-title" data-testid="staff-access">
      <header className={styles.head}>
        <h2 id="staff-access-title">{t('title')}</h2>
        <p>{t('intro')}</p>
      </header>
      <IssueForm
        onIssued={(answer) => {
          setIssued(answer);
          void refresh();
        }}
      />
      {issued ? <SecretOnce issued={issued} onClose={() => setIssued(null)} /> : null}
      <ErrorMessage error={listError} testId="staff-list-error" />
      {credentials === null ? (
        <p className={styles.muted}>{t('loading')}</p>
      ) : credentials.length === 0 ? (
        <p className={styles.muted} data-testid="staff-empty">
          {t('empty')}
        </p>
      ) : (
        <table className={table.table} data-testid="staff-credentials">
          <thead>
            <tr>
              <th>{t('role')}</th>
              <th>{t('label')}</th>
              <th>{t('created')}</th>
              <th>{t('lastSignIn')}</th>
              <th>{t('sessions')}</th>
              <th aria-label={t('revoke')} />
            </tr>
          </thead>
          <tbody>
            {credentials.map((c) => (
              <CredentialRow key={c.id} credential={c} onChanged={() => void refresh()} />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function IssueForm({ onIssued }: { onIssued: (issued: Issued) => void }) {
  const { t } = useTranslation(['staff-access', 'common']);
  const issue = useCommand('staff.issue');
  const [role, setRole] = useState<IssuedRole>('chair');
  const [label, setLabel] = useState('');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!label.trim()) return;
    const answer = await issue.run({ role, label: label.trim() });
    if (answer) {
      setLabel('');
      onIssued(answer);
    }
  };

  return (
    <form className={styles.issue} onSubmit={(e) => void submit(e)} data-testid="staff-issue-form">
      <label className="field">
        <span>{t('role')}</span>
        <select className="input" value={role} onChange={(e) => setRole(e.target.value as IssuedRole)} data-testid="staff-role">
          {ISSUED_ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`common:roles.${r}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('label')}</span>
        <input
          className="input"
          value={label}
          maxLength={100}
          placeholder={t('labelPlaceholder')}
          onChange={(e) => setLabel(e.target.value)}
          data-testid="staff-label"
        />
      </label>
      <button type="submit" className="btn btn-primary" disabled={issue.pending || !label.trim()} data-testid="staff-issue">
        {issue.pending ? t('issuing') : t('issue')}
      </button>
      <div className={styles.wide}>
        <ErrorMessage error={issue.error} testId="staff-issue-error" />
      </div>
    </form>
  );
}

function CredentialRow({ credential, onChanged }: { credential: StaffCredential; onChanged: () => void }) {
  const { t } = useTranslation(['staff-access', 'common']);
  const format = useFormat();
  const revoke = useCommand('staff.revoke');
  const [asking, setAsking] = useState(false);
  const [ended, setEnded] = useState<number | null>(null);
  const when = (iso: string) => `${format.time(new Date(iso))} ${new Date(iso).toLocaleDateString(format.locale)}`;
  const revoked = credential.revokedAt !== null;

  const confirm = async () => {
    setAsking(false);
    const answer = await revoke.run({ credentialId: credential.id });
    if (answer) {
      setEnded(answer.endedSessions);
      onChanged();
    }
  };

  return (
    <tr data-testid="staff-credential" data-credential-id={credential.id} data-role={credential.role} data-revoked={revoked} className={revoked ? styles.revoked : undefined}>
      <td>
        <strong>{t(`common:roles.${credential.role}`)}</strong>
      </td>
      <td>{credential.label}</td>
      <td className={styles.nowrap}>{when(credential.createdAt)}</td>
      <td className={styles.nowrap}>{credential.lastSignInAt ? when(credential.lastSignInAt) : t('never')}</td>
      <td className={styles.nowrap}>{revoked ? t('revoked', { time: when(credential.revokedAt!) }) : t('sessionCount', { count: credential.liveSessions })}</td>
      <td className={styles.actions}>
        {revoked ? null : asking ? (
          <span className={styles.confirm} role="group">
            <span>{t('revokeConfirm', { label: credential.label })}</span>
            <button type="button" className="btn btn-small btn-accent" onClick={() => void confirm()} data-testid="staff-revoke-confirm">
              {t('revokeYes')}
            </button>
            <button type="button" className="btn btn-small" onClick={() => setAsking(false)}>
              {t('no')}
            </button>
          </span>
        ) : (
          <button type="button" className="btn btn-small btn-danger" disabled={revoke.pending} onClick={() => setAsking(true)} data-testid="staff-revoke">
            {t('revoke')}
          </button>
        )}
        {ended !== null ? (
          <div className={styles.muted} data-testid="staff-revoked" data-ended={ended}>
            {t('revokedDone', { count: ended })}
          </div>
        ) : null}
        <ErrorMessage error={revoke.error} testId="staff-revoke-error" />
      </td>
    </tr>
  );
}
