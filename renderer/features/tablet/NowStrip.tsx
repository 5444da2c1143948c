import { useTranslation } from 'react-i18next';
import type { AgendaNode } from '../../../shared/domain/agenda.ts';
import { TapToExpand } from '../common/TapToExpand.tsx';
import styles from './tablet.module.css';

/** Always at the top of the tablet: what the room is discussing now. Re-keyed so each change animates. */
export function NowStrip({ current, showJump, onJump }: { current: AgendaNode | null; showJump: boolean; onJump: () => void }) {
  const { t } = useTranslation('tablet');
  return (
    <div className={`${styles.now} ${current ? '' : styles.nowIdle}`} data-testid="current-item" data-item-id={current?.item.id ?? ''}>
      <div key={current?.item.id ?? 'none'} className={styles.nowInner}>
        <span className={styles.nowLabel}>{current ? t('now') : t('waiting')}</span>
        {current ? (
          <div className={styles.nowItem}>
            <span className={styles.nowNumber} data-testid="current-item-number">
              {current.number}
            </span>
            <TapToExpand text={current.item.title} lines={2} className={styles.nowTitle} testId="current-item-title" />
          </div>
        ) : (
          <span className={styles.nowHint} data-testid="current-item-title">
            {t('waitingHint')}
          </span>
        )}
      </div>
      {showJump ? (
        <button type="button" className={`btn btn-primary ${styles.jump}`} onClick={onJump} data-testid="show-current">
          {t('showCurrent')}
        </button>
      ) : null}
    </div>
  );
}
