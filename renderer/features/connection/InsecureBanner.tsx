import { useTranslation } from 'react-i18next';
import { useHubState } from '../../client/react.tsx';
import styles from './connection.module.css';

/**
 * A strip across the top of every screen while the hub serves plain HTTP (started with --insecure-http): people in a
 * test room must not mistake it for a real one. Driven by what the hub says in its welcome, not by the page's address,
 * since the desktop app loads its screens from its own protocol.
 */
export function InsecureBanner() {
  const { t } = useTranslation('connection');
  const insecure = useHubState((s) => s.hub?.insecureHttp === true);
  if (!insecure) return null;
  return (
    <div className={styles.insecure} role="status" data-testid="insecure-banner">
      <span aria-hidden="true" className={styles.insecureMark}>
        !
      </span>
      {t('insecure')}
    </div>
  );
}
