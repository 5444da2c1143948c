import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { StaffRole } from '../../../shared/protocol/index.ts';
import { useHubClient, useHubState } from '../../client/react.tsx';
import { toHubError, type HubError } from '../../client/errors.ts';
import { ErrorMessage } from '../common/ErrorMessage.tsx';
import { BrandMark } from '../common/BrandMark.tsx';
import { roleScreenPath } from './roleScreen.ts';
import styles from './signin.module.css';

/** What each screen asks for: the admin passcode, the projector's credential, or the one issued for the role. */
const INTRO = { secretariat: 'introSecretariat', projector: 'introProjector', chair: 'intro', checkin: 'intro' } as const satisfies Record<StaffRole, string>;

/**
 * Asks for a staff credential. The hub says which role it is for: on this screen's role the screen opens; on
 * another, the form says so and offers that role's screen (the session is kept for it) or another credential.
 */
export function SignInForm({ role }: { role: StaffRole }) {
  const { t } = useTranslation(['signin', 'common']);
  const client = useHubClient();
  const { meetingId } = useParams();
  const ended = useHubState((s) => s.sessionEnded);
  const signedInAs = useHubState((s) => s.session?.role ?? null);
  const [passcode, setPasscode] = useState('');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<HubError | null>(null);
  const [otherRole, setOtherRole] = useState<StaffRole | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!passcode.trim()) return;
    setPending(true);
    setError(null);
    setOtherRole(null);
    try {
      const session = await client.signIn(passcode.trim());
      if (session.role !== role && session.role !== 'delegate') {
        setOtherRole(session.role);
        setPasscode('');
      }
    } catch (failure) {
      setError(toHubError(failure));
    }
    setPending(false);
  };

  const useAnother = () => {
    setOtherRole(null);
    void client.signOut().catch(() => undefined);
  };

  // Still signed in as that other role (not signed out meanwhile): say so, and offer its screen.
  const mismatch = otherRole !== null && signedInAs === otherRole ? otherRole : null;
  const names = { actual: t(`common:roles.${mismatch ?? role}`), expected: t(`common:roles.${role}`) };

  return (
    <div className={styles.page}>
      <form className={`card ${styles.card}`} onSubmit={(e) => void submit(e)} data-testid="signin-form" data-role={role}>
        <div className={styles.mark}>
          <BrandMark size={44} />
        </div>
        <h1 className={styles.title}>{t('title', { role: t(`common:roles.${role}`) })}</h1>
        <p className={styles.intro}>{t(INTRO[role])}</p>
        {ended && !error && !mismatch ? (
          <p className={styles.notice} data-testid="signin-ended" title={ended}>
            {t('ended')}
          </p>
        ) : null}
        {mismatch ? (
          <div className={styles.notice} role="alert" data-testid="signin-wrong-role" data-role={mismatch}>
            <p>{t('wrongRole', names)}</p>
            <div className={styles.wrongRoleActions}>
              <Link className="btn btn-small btn-primary" to={roleScreenPath(mismatch, meetingId)} data-testid="signin-go-role">
                {t('goToRole', names)}
              </Link>
              <button type="button" className="btn btn-small" onClick={useAnother} data-testid="signin-another">
                {t('useAnother')}
              </button>
            </div>
          </div>
        ) : null}
        <label className="field">
          <span>{t('passcode')}</span>
          <input
            className={`input ${styles.passcode}`}
            type="password"
            autoComplete="current-password"
            autoFocus
            value={passcode}
            onChange={(e) => setPasscode(e.target.value)}
            data-testid="signin-passcode"
            aria-invalid={error?.code === 'bad_passcode'}
          />
        </label>
        <ErrorMessage error={error} testId="signin-error" />
        <button type="submit" className={`btn btn-primary ${styles.submit}`} disabled={pending || !passcode.trim()} data-testid="signin-submit">
          {pending ? t('submitting') : t('submit')}
        </button>
      </form>
    </div>
  );
}
