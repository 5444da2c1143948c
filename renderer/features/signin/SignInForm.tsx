import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffRole } from '../../../shared/protocol/index.ts';
import { useHubClient, useHubState } from '../../client/react.tsx';
import { toHubError, type HubError } from '../../client/errors.ts';
import { ErrorMessage } from '../common/ErrorMessage.tsx';
import { BrandMark } from '../shell/BrandMark.tsx';
import styles from './signin.module.css';

export function SignInForm({ role }: { role: StaffRole }) {
  const { t } = useTranslation(['signin', 'common']);
  const client = useHubClient();
  const ended = useHubState((s) => s.sessionEnded);
  const [passcode, setPasscode] = useState('');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<HubError | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!passcode.trim()) return;
    setPending(true);
    setError(null);
    try {
      await client.signIn(role, passcode.trim());
    } catch (failure) {
      setError(toHubError(failure));
      setPending(false);
    }
  };

  return (
    <div className={styles.page}>
      <form className={`card ${styles.card}`} onSubmit={(e) => void submit(e)} data-testid="signin-form" data-role={role}>
        <div className={styles.mark}>
          <BrandMark size={44} />
        </div>
        <h1 className={styles.title}>{t('title', { role: t(`common:roles.${role}`) })}</h1>
        <p className={styles.intro}>{t('intro')}</p>
        {ended && !error ? (
          <p className={styles.notice} data-testid="signin-ended" title={ended}>
            {t('ended')}
          </p>
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
