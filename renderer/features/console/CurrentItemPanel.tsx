import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaNode } from '../../../shared/domain/agenda.ts';
import { useFormat } from '../../i18n/format.ts';
import styles from './console.module.css';

/** The item the room is on, big: the chair reads it at a glance from the rostrum. */
export function CurrentItemPanel({
  current,
  parent,
  since,
  time = null,
}: {
  current: AgendaNode | null;
  /** The item a sub-item belongs to, named above it so "2.1 Thảo luận" is never ambiguous. */
  parent: AgendaNode | null;
  since: string | null;
  /** The time spent on the item against the plan, ticking. */
  time?: ReactNode;
}) {
  const { t } = useTranslation(['agenda', 'console']);
  const format = useFormat();
  if (!current) {
    return (
      <div className={`${styles.current} ${styles.idle}`} data-testid="current-item" data-item-id="">
        <span className={styles.currentLabel}>{t('noCurrent')}</span>
        <p className={styles.idleHint} data-testid="current-item-title">
          {t('noCurrentHint')}
        </p>
      </div>
    );
  }
  const { item } = current;
  return (
    <div className={styles.current} data-testid="current-item" data-item-id={item.id} key={item.id}>
      <span className={styles.currentLabel}>
        <span className={styles.liveDot} aria-hidden="true" />
        {since ? t('currentSince', { time: format.time(new Date(since)) }) : t('current')}
      </span>
      {parent ? (
        <p className={styles.parent} data-testid="current-item-parent">
          {parent.number}. {parent.item.title}
        </p>
      ) : null}
      <div className={styles.currentNumber} data-testid="current-item-number">
        {current.number}
      </div>
      <h1 className={styles.currentTitle} data-testid="current-item-title">
        {item.title}
      </h1>
      {item.description ? <p className={styles.currentDescription}>{item.description}</p> : null}
      {item.durationMinutes || time ? (
        <p className={styles.planned}>
          {item.durationMinutes ? (
            <>
              {t('console:planned')}: <strong>{t('duration', { count: item.durationMinutes })}</strong>
            </>
          ) : null}
          {time}
        </p>
      ) : null}
    </div>
  );
}
