import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useHubClient, useHubState } from '../../client/react.tsx';
import styles from './signin.module.css';

/** Who this screen is signed in as, and the way out. Nothing for a guest. */
export function SessionBadge() {
  const { t } = useTranslation(['signin', 'common']);
  const client = useHubClient();
  const role = useHubState((s) => s.session?.role ?? null);
  const [pending, setPending] = useState(false);
  if (!role) return null;
  const signOut = () => {
    setPending(true);
    // Signing out ends the session here even if the hub cannot be told (offline): nothing to report.
    void client
      .signOut()
      .catch(() => undefined)
      .finally(() => setPending(false));
  };
  return (
    <div className={styles.session} data-testid="session-badge" data-role={role}>
      <span className={styles.role} title={t('signedInAs', { role: t(`common:roles.${role}`) })}>
        {t(`common:roles.${role}`)}
      </span>
      <button type="button" className={styles.signOut} onClick={signOut} disabled={pending} data-testid="signout">
        {t('signOut')}
      </button>
    </div>
  );
}
