import { useTranslation } from 'react-i18next';
import { useHubState } from '../../client/react.tsx';
import { useFormat } from '../../i18n/format.ts';
import styles from './connection.module.css';

/** Always on screen: people must know whether what they see is live. */
export function ConnectionBadge({ tone = 'dark' }: { tone?: 'dark' | 'light' }) {
  const { t } = useTranslation('connection');
  const format = useFormat();
  const { status, since } = useHubState((s) => s.connection);
  const time = format.time(since);
  const label = status === 'offline' ? t('offline', { time }) : t(status);
  const title =
    status === 'connected'
      ? t('connectedTitle', { time })
      : status === 'offline'
        ? t('offlineTitle', { time })
        : status === 'reconnecting'
          ? t('reconnectingTitle', { time })
          : label;
  return (
    <div
      className={`${styles.badge} ${styles[status]} ${tone === 'light' ? styles.light : ''}`}
      data-testid="connection-badge"
      data-status={status}
      role="status"
      aria-live="polite"
      title={title}
    >
      <span className={styles.dot} aria-hidden="true" />
      <span>{label}</span>
    </div>
  );
}
