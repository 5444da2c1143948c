import { type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaNode } from '../../../shared/domain/agenda.ts';
import styles from './agenda.module.css';

export type AgendaVariant = 'console' | 'tablet' | 'compact' | 'projector';

/**
 * The numbered agenda with the current item marked. With `onSelect` each row is a button
 * (the chair makes an item current; a delegate opens an item to read its documents).
 */
export function AgendaList({
  rows,
  currentItemId,
  selectedId = null,
  onSelect,
  pendingId = null,
  variant,
  documentCounts,
  aside,
}: {
  rows: readonly AgendaNode[];
  currentItemId: string | null;
  selectedId?: string | null;
  onSelect?: (itemId: string) => void;
  pendingId?: string | null;
  variant: AgendaVariant;
  documentCounts?: ReadonlyMap<string, number>;
  /** More to say of an item at the end of its row (the console: the time spent on it against the plan). */
  aside?: (itemId: string) => ReactNode;
}) {
  const { t } = useTranslation('agenda');
  const currentRef = useRef<HTMLLIElement | null>(null);
  // Long agendas (a congress has dozens of items): keep the item under discussion in view as it moves on.
  useEffect(() => {
    currentRef.current?.scrollIntoView?.({ block: 'nearest', behavior: 'smooth' });
  }, [currentItemId]);
  if (rows.length === 0) {
    return (
      <p className={styles.empty} data-testid="agenda-empty">
        {t('empty')}
      </p>
    );
  }
  return (
    <ol className={`${styles.list} ${styles[variant]}`} data-testid="agenda">
      {rows.map((row) => {
        const { item } = row;
        const current = item.id === currentItemId;
        const selected = item.id === selectedId;
        const documents = documentCounts?.get(item.id) ?? 0;
        const content = (
          <>
            <span className={styles.number}>{row.number}</span>
            <span className={styles.text}>
              <span className={styles.title}>{item.title}</span>
              {current && variant !== 'projector' ? <span className={styles.nowTag}>{t('current')}</span> : null}
            </span>
            <span className={styles.aside}>
              {aside?.(item.id)}
              {documents > 0 ? (
                <span className={styles.docCount} aria-hidden="true">
                  <DocIcon />
                  {documents}
                </span>
              ) : null}
              {item.durationMinutes && variant !== 'compact' && variant !== 'projector' ? (
                <span className={styles.duration}>{t('duration', { count: item.durationMinutes })}</span>
              ) : null}
            </span>
          </>
        );
        const className = [
          styles.row,
          current ? styles.current : '',
          selected ? styles.selected : '',
          pendingId === item.id ? styles.pending : '',
          row.depth > 0 ? styles.child : '',
        ].join(' ');
        return (
          <li
            key={item.id}
            ref={current ? currentRef : undefined}
            className={styles.entry}
            style={{ ['--depth' as string]: row.depth }}
            data-testid="agenda-item"
            data-item-id={item.id}
            data-number={row.number}
            data-current={current ? 'true' : 'false'}
            aria-current={current ? 'step' : undefined}
          >
            {onSelect ? (
              <button
                type="button"
                className={className}
                onClick={() => onSelect(item.id)}
                aria-pressed={selected}
                aria-label={t('itemLabel', { number: row.number, title: item.title })}
                data-testid="agenda-item-button"
              >
                {content}
              </button>
            ) : (
              <div className={className}>{content}</div>
            )}
          </li>
        );
      })}
    </ol>
  );
}

function DocIcon() {
  return (
    <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true">
      <path d="M4 1.5h5.5L13 5v9.5H4z" fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinejoin="round" />
      <path d="M9.5 1.5V5H13" fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinejoin="round" />
    </svg>
  );
}
