import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutlineEntry, PdfDocument } from '../pdf/types.ts';
import styles from './reader.module.css';

type Outline = { phase: 'loading' } | { phase: 'ready'; entries: OutlineEntry[] } | { phase: 'failed' };

/** The document's outline (its bookmarks), nested as the author made it; a tap goes to the entry's page. */
export function OutlineList({ pdf, current, onChoose }: { pdf: PdfDocument; current: number; onChoose: (page: number) => void }) {
  const { t } = useTranslation('viewer');
  const [outline, setOutline] = useState<Outline>({ phase: 'loading' });
  useEffect(() => {
    let live = true;
    (pdf.getOutline?.() ?? Promise.resolve([])).then(
      (entries) => live && setOutline({ phase: 'ready', entries }),
      () => live && setOutline({ phase: 'failed' }),
    );
    return () => {
      live = false;
    };
  }, [pdf]);
  if (outline.phase === 'loading') return <p className={styles.panelNote}>{t('reader.outlineLoading')}</p>;
  if (outline.phase === 'failed')
    return (
      <p className={styles.panelNote} role="alert">
        {t('reader.outlineFailed')}
      </p>
    );
  if (outline.entries.length === 0)
    return (
      <p className={styles.panelNote} data-testid="viewer-outline-none">
        {t('reader.outlineNone')}
      </p>
    );
  return (
    <nav aria-label={t('reader.outline')} data-testid="viewer-outline">
      <Entries entries={outline.entries} current={current} onChoose={onChoose} depth={0} />
    </nav>
  );
}

function Entries({ entries, current, onChoose, depth }: { entries: OutlineEntry[]; current: number; onChoose: (page: number) => void; depth: number }) {
  const { t } = useTranslation('viewer');
  return (
    <ul className={styles.outline} data-depth={depth}>
      {entries.map((entry, index) => (
        <li key={index}>
          <button
            type="button"
            className={styles.outlineEntry}
            disabled={entry.page === null}
            aria-current={entry.page === current ? 'true' : undefined}
            onClick={() => entry.page !== null && onChoose(entry.page)}
            data-testid="viewer-outline-entry"
            data-browse="page"
            data-page={entry.page === null ? undefined : entry.page + 1}
          >
            <span className={styles.outlineTitle}>{entry.title}</span>
            {entry.page !== null ? <span className={styles.outlinePage} aria-label={t('reader.thumbnailPage', { page: entry.page + 1 })}>{entry.page + 1}</span> : null}
          </button>
          {entry.children.length > 0 ? <Entries entries={entry.children} current={current} onChoose={onChoose} depth={depth + 1} /> : null}
        </li>
      ))}
    </ul>
  );
}
