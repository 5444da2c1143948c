import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useHubClient, useHubState } from '../../client/react.tsx';
import styles from './signin.module.css';

/** Who this screen is signed in as, and the way out. Nothing for a guest. */
export function SessionBadge() {
  const { t } = useTranslation(['signin', 'common']);
  const role = useHubState((s) => s.session?.role ?? null);
  const signOut = useSignOut();
  if (!role) return null;
  if (role === 'delegate') return <DelegateBadge signOut={signOut} />;
  return (
    <div className={styles.session} data-testid="session-badge" data-role={role}>
      <span className={styles.role} title={t('signedInAs', { role: t(`common:roles.${role}`) })}>
        {t(`common:roles.${role}`)}
      </span>
      <button type="button" className={styles.signOut} onClick={signOut.run} disabled={signOut.pending} data-testid="signout">
        {t('signOut')}
      </button>
    </div>
  );
}

/** On a tablet: the delegate it belongs to (name and seat), and a clear way to hand it back. */
function DelegateBadge({ signOut }: { signOut: SignOut }) {
  const { t } = useTranslation(['signin', 'common']);
  const delegateId = useHubState((s) => s.session?.delegateId ?? null);
  const delegate = useHubState((s) => s.meeting?.snapshot?.delegates.find((d) => d.id === s.session?.delegateId) ?? null);
  const name = delegate?.fullName ?? t('common:roles.delegate');
  return (
    <div className={`${styles.session} ${styles.delegate}`} data-testid="delegate-badge" data-delegate-id={delegateId ?? ''}>
      <span className={styles.delegateText} title={t('signedInAs', { role: name })}>
        <span className={styles.delegateName} data-testid="delegate-name">
          {name}
        </span>
        {delegate?.seat ? <span className={styles.seat}>{t('seat', { seat: delegate.seat })}</span> : null}
      </span>
      <button type="button" className={`${styles.signOut} ${styles.delegateSignOut}`} onClick={signOut.run} disabled={signOut.pending} data-testid="signout">
        {t('signOut')}
      </button>
    </div>
  );
}

interface SignOut {
  run: () => void;
  pending: boolean;
}

function useSignOut(): SignOut {
  const client = useHubClient();
  const [pending, setPending] = useState(false);
  const run = () => {
    setPending(true);
    // Signing out ends the session here even if the hub cannot be told (offline): nothing to report.
    void client
      .signOut()
      .catch(() => undefined)
      .finally(() => setPending(false));
  };
  return { run, pending };
}
