import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format.ts';
import type { PdfDocument } from '../pdf/types.ts';
import { searchDocument, type SearchProgress } from './search.ts';
import styles from './reader.module.css';

/** Typing pauses this long before the document is searched. */
const TYPING_MS = 250;

/** The search that is run: the query typed, once typing pauses, and its results as pages are read. */
export function useDocumentSearch(pdf: PdfDocument | null, query: string): { searched: string; progress: SearchProgress | null } {
  const [state, setState] = useState<{ searched: string; progress: SearchProgress | null }>({ searched: '', progress: null });
  useEffect(() => {
    const wanted = query.trim();
    const controller = new AbortController();
    const timer = setTimeout(() => {
      if (wanted === '' || !pdf) return setState({ searched: '', progress: null });
      setState({ searched: wanted, progress: null });
      void searchDocument(pdf, wanted, (progress) => setState({ searched: wanted, progress }), controller.signal);
    }, TYPING_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [pdf, query]);
  return state;
}

/** The search field and the pages it was found on, each with its first match in context; a tap goes there. */
export function SearchPanel({
  query,
  onQuery,
  searched,
  progress,
  chosen,
  onChoose,
}: {
  query: string;
  onQuery: (query: string) => void;
  searched: string;
  progress: SearchProgress | null;
  /** The result last chosen (0-based page), marked in the list. */
  chosen: number | null;
  onChoose: (page: number) => void;
}) {
  const { t } = useTranslation('viewer');
  const format = useFormat();
  const hits = progress?.hits ?? [];
  return (
    <div className={styles.search} data-testid="viewer-search">
      <form role="search" onSubmit={(event) => event.preventDefault()}>
        <label className={styles.searchLabel}>
          <span>{t('reader.searchLabel')}</span>
          <input
            type="search"
            className={styles.searchInput}
            value={query}
            autoFocus
            placeholder={t('reader.searchPlaceholder')}
            onChange={(event) => onQuery(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter' && hits[0]) onChoose(hits[0].page);
            }}
            data-testid="viewer-search-input"
            data-browse="page"
          />
        </label>
      </form>
      <p className={styles.searchStatus} role="status" data-testid="viewer-search-status" data-done={progress?.done ? 'true' : 'false'} data-pages={hits.length}>
        {searched === ''
          ? t('reader.searchHint')
          : !progress || !progress.done
            ? t('reader.searching', { read: format.number(progress?.read ?? 0), pages: format.number(progress?.pages ?? 0) })
            : hits.length > 0
              ? t('reader.searchFound', { count: hits.length })
              : t('reader.searchNone', { query: searched })}
      </p>
      <ol className={styles.results}>
        {hits.map((hit) => (
          <li key={hit.page}>
            <button
              type="button"
              className={styles.result}
              aria-current={chosen === hit.page ? 'true' : undefined}
              onClick={() => onChoose(hit.page)}
              data-testid="viewer-search-result"
              data-browse="page"
              data-page={hit.page + 1}
            >
              <span className={styles.resultHead}>
                <strong>{t('reader.resultPage', { page: format.number(hit.page + 1) })}</strong>
                <span>{t('reader.resultCount', { count: hit.count })}</span>
              </span>
              <span className={styles.resultText}>
                {hit.before}
                <mark>{hit.match}</mark>
                {hit.after}
              </span>
            </button>
          </li>
        ))}
      </ol>
    </div>
  );
}
