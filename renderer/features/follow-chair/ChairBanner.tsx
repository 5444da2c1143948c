import { useTranslation } from 'react-i18next';
import type { MeetingSnapshot } from '../../../shared/protocol/index.ts';
import { useFollowMode } from './followMode.ts';
import { TapToExpand } from '../common/TapToExpand.tsx';
import styles from './followChair.module.css';

/**
 * While the tablet does not follow the chair: where the chair is ("The chair is on page 12 of …"), with one tap back
 * to it (the screen's follow hook opens the page); or only that the chair shows something this reader may not read. Nothing while following, nor when the
 * chair shows nothing, nor on the very page the reader has open.
 */
export function ChairBanner({ snapshot, here }: { snapshot: MeetingSnapshot; here?: { documentId: string; page: number } }) {
  const { t } = useTranslation('follow-chair');
  const [mode, setMode] = useFollowMode();
  const { presentation } = snapshot;
  if (mode.following) return null;
  if (presentation.hidden) {
    return (
      <div className={styles.banner} role="status" aria-live="polite" data-testid="chair-moved" data-hidden="true">
        <span className={styles.bannerText}>{t('chairHidden')}</span>
      </div>
    );
  }
  const document = presentation.documentId ? snapshot.documents.find((d) => d.id === presentation.documentId) : undefined;
  if (!document || presentation.page === null) return null;
  if (here && here.documentId === document.id && here.page === presentation.page) return null;
  const page = presentation.page;
  return (
    <div className={styles.banner} role="status" aria-live="polite" data-testid="chair-moved" data-document-id={document.id} data-page={page}>
      <span className={styles.bannerText}>
        <strong>{t('chairOnPage', { page })}</strong>
        <TapToExpand text={document.title} className={styles.bannerTitle} />
      </span>
      <button
        type="button"
        className={`btn btn-primary ${styles.bannerGo}`}
        title={t('goBackTitle', { page })}
        // Following again: the screen's follow hook opens the chair's page (opened: null makes it new to this tablet).
        onClick={() => setMode({ following: true, opened: null })}
        data-testid="chair-follow-again"
      >
        {t('goBack', { page })}
      </button>
    </div>
  );
}
