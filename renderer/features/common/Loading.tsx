import { useTranslation } from 'react-i18next';
import styles from './common.module.css';

export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <div className={styles.centered} role="status" data-testid="loading">
      <div className={styles.spinner} aria-hidden="true" />
      <span>{label ?? t('loading')}</span>
    </div>
  );
}
