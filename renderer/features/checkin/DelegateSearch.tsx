import { useDeferredValue, useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Delegate } from '../../../shared/protocol/index.ts';
import { useFormat } from '../../i18n/format.ts';
import type { AttendanceSummary } from '../delegates/attendance.ts';
import { DelegateActions } from './DelegateActions.tsx';
import { looksLikeBadge, type ScanFeedback } from './feedback.ts';
import { searchDelegates } from '../delegates/search.ts';
import styles from './checkin.module.css';

/**
 * Finding a delegate by name, for a badge left at home or lost: accent-insensitive, each row with the
 * delegate's attendance; tapping a row shows what the desk may do (check in after checking identity,
 * check out, issue or reissue the badge).
 */
export function DelegateSearch({
  meetingId,
  delegates,
  summary,
  onCheckedIn,
  onBadgeTyped,
}: {
  meetingId: string;
  delegates: readonly Delegate[];
  summary: AttendanceSummary;
  onCheckedIn: (feedback: ScanFeedback) => void;
  /** A scanner that typed into this field instead of the scan field: send it as a scan. */
  onBadgeTyped: (text: string) => void;
}) {
  const { t } = useTranslation('checkin');
  const format = useFormat();
  const [query, setQuery] = useState('');
  /** The delegate whose actions are shown (one at a time keeps the list short to scan by eye). */
  const [openId, setOpenId] = useState<string | null>(null);
  // 1,500 delegates: keep typing smooth, filter just behind the keystrokes.
  const deferred = useDeferredValue(query);
  const results = useMemo(() => searchDelegates(delegates, deferred), [delegates, deferred]);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter' || !looksLikeBadge(query)) return;
    event.preventDefault();
    onBadgeTyped(query);
    setQuery('');
  };

  return (
    <section className={`card ${styles.search}`} aria-labelledby="checkin-search-title">
      <h2 id="checkin-search-title" className={styles.searchTitle}>
        {t('searchTitle')}
      </h2>
      <div className={styles.searchHead}>
        <label className={styles.searchField}>
          <span className="visually-hidden">{t('search')}</span>
          <SearchIcon />
          <input
            className={styles.searchInput}
            type="text"
            inputMode="search"
            enterKeyHint="search"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            onKeyDown={onKeyDown}
            placeholder={t('searchPlaceholder')}
            autoComplete="off"
            spellCheck={false}
            data-testid="checkin-search"
          />
        </label>
        {query ? (
          <button type="button" className="btn" onClick={() => setQuery('')}>
            {t('clear')}
          </button>
        ) : null}
      </div>
      <p className={styles.count} data-testid="checkin-count">
        {t('shown', { shown: format.number(results.length), total: format.number(delegates.length) })}
      </p>
      <div className={styles.listWrap}>
        {delegates.length === 0 ? (
          <p className={styles.empty}>{t('empty')}</p>
        ) : results.length === 0 ? (
          <p className={styles.empty}>{t('none', { query })}</p>
        ) : (
          <ul className={styles.list}>
            {results.map((d) => {
              const status = summary.statusOf(d.id);
              return (
                <li
                  key={d.id}
                  className={`${styles.row} ${openId === d.id ? styles.rowOpen : ''}`}
                  data-testid="delegate-row"
                  data-delegate-id={d.id}
                  data-status={status}
                >
                  <span className={styles.seat}>{d.seat || '—'}</span>
                  <button
                    type="button"
                    className={styles.who}
                    aria-expanded={openId === d.id}
                    onClick={() => setOpenId(openId === d.id ? null : d.id)}
                    data-testid="delegate-open"
                  >
                    <span className={styles.name}>{d.fullName}</span>
                    <span className={styles.muted}>{[d.title, d.organisation].filter(Boolean).join(' · ')}</span>
                  </button>
                  <span className={`${styles.pill} ${styles[status]}`} data-testid="delegate-status">
                    {t(`status.${status}`)}
                  </span>
                  {openId === d.id ? <DelegateActions meetingId={meetingId} delegate={d} status={status} onCheckedIn={onCheckedIn} /> : null}
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </section>
  );
}

function SearchIcon() {
  return (
    <svg width="22" height="22" viewBox="0 0 24 24" aria-hidden="true">
      <circle cx="10.5" cy="10.5" r="6.5" fill="none" stroke="currentColor" strokeWidth="2" />
      <path d="M15.5 15.5L21 21" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
    </svg>
  );
}
