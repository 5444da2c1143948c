import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AgendaNode } from '../../../shared/domain/agenda.ts';
import { TapToExpand } from '../common/TapToExpand.tsx';
import styles from './viewer.module.css';

/**
 * While someone reads, the chair may move the room on. The viewer stays where it is; this says so,
 * once per move, with a way to go to the new item. Nothing shows for the item that was current when
 * the document was opened, nor when the chair stops the discussion.
 */
export function MovedBanner({ screen, meetingId, current }: { screen: 'tablet' | 'console'; meetingId: string; current: AgendaNode | null }) {
  const { t } = useTranslation('viewer');
  const currentId = current?.item.id ?? null;
  const [openedDuring] = useState(currentId);
  const [dismissed, setDismissed] = useState<string | null>(null);
  if (!current || currentId === openedDuring || currentId === dismissed) return null;
  return (
    <div className={`${styles.notice} ${styles.moved}`} role="status" aria-live="polite" data-testid="viewer-moved" data-item-id={currentId}>
      <span className={styles.movedDot} aria-hidden="true" />
      <span className={styles.movedText}>
        <strong>{t('moved', { number: current.number })}</strong>
        <TapToExpand text={current.item.title} className={styles.movedTitle} />
      </span>
      <Link
        to={`/${screen}/${meetingId}`}
        state={{ itemId: currentId }}
        className={`btn btn-primary btn-small ${styles.movedGo}`}
        data-testid="viewer-go-current"
      >
        {t('goToItem', { number: current.number })}
      </Link>
      <button type="button" className={styles.dismiss} onClick={() => setDismissed(currentId)} aria-label={t('dismiss')} title={t('dismiss')} data-testid="viewer-dismiss-moved">
        <svg width="18" height="18" viewBox="0 0 24 24" aria-hidden="true">
          <path d="M6 6l12 12M18 6L6 18" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" />
        </svg>
      </button>
    </div>
  );
}
