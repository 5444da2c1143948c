import { useTranslation } from 'react-i18next';
import styles from './followChair.module.css';

/**
 * Said to whoever shows a restricted document's page (chair or secretariat): the hub hides it from the tablets
 * without access, which only hear that something restricted is shown. `compact`: a pill for the viewer's bar, the
 * sentence in its tooltip and accessible name.
 */
export function RestrictedNote({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation('follow-chair');
  if (compact) {
    return (
      <span className={styles.restrictedPill} role="note" title={t('restricted')} aria-label={t('restricted')} data-testid="show-restricted">
        <LockIcon />
        {t('restrictedShort')}
      </span>
    );
  }
  return (
    <p className={styles.restrictedNote} role="note" data-testid="show-restricted">
      <LockIcon />
      <span>{t('restricted')}</span>
    </p>
  );
}

function LockIcon() {
  return (
    <svg width="16" height="16" viewBox="0 0 24 24" aria-hidden="true" className={styles.lock}>
      <rect x="5" y="11" width="14" height="10" rx="2" fill="none" stroke="currentColor" strokeWidth="2.2" />
      <path d="M8 11V8a4 4 0 0 1 8 0v3" fill="none" stroke="currentColor" strokeWidth="2.2" />
    </svg>
  );
}
