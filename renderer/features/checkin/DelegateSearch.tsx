import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Delegate } from '../../../shared/protocol/index.ts';
import { useFormat } from '../../i18n/format.ts';
import { searchDelegates } from './search.ts';
import styles from './checkin.module.css';

export function DelegateSearch({ delegates }: { delegates: readonly Delegate[] }) {
  const { t } = useTranslation('checkin');
  const format = useFormat();
  const [query, setQuery] = useState('');
  // 1,500 delegates: keep typing smooth, filter just behind the keystrokes.
  const deferred = useDeferredValue(query);
  const results = useMemo(() => searchDelegates(delegates, deferred), [delegates, deferred]);

  return (
    <section className={`card ${styles.search}`}>
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
            placeholder={t('searchPlaceholder')}
            autoFocus
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
      <div className={styles.tableWrap}>
        {delegates.length === 0 ? (
          <p className={styles.empty}>{t('empty')}</p>
        ) : results.length === 0 ? (
          <p className={styles.empty}>{t('none', { query })}</p>
        ) : (
          <table className={styles.table}>
            <thead>
              <tr>
                <th className={styles.seat}>{t('columns.seat')}</th>
                <th>{t('columns.name')}</th>
                <th>{t('columns.organisation')}</th>
                <th>{t('columns.group')}</th>
              </tr>
            </thead>
            <tbody>
              {results.map((d) => (
                <tr key={d.id} data-testid="delegate-row" data-delegate-id={d.id}>
                  <td className={styles.seat}>{d.seat || '—'}</td>
                  <td>
                    <div className={styles.name}>{d.fullName}</div>
                    {d.title ? <div className={styles.muted}>{d.title}</div> : null}
                  </td>
                  <td>{d.organisation}</td>
                  <td>{d.group}</td>
                </tr>
              ))}
            </tbody>
          </table>
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
