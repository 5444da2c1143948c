import { useTranslation } from 'react-i18next';
import type { PdfDocument } from '../pdf/types.ts';
import type { PageSize } from './layout.ts';
import { OutlineList } from './OutlineList.tsx';
import type { RenderQueue } from './renderQueue.ts';
import type { SearchProgress } from './search.ts';
import { SearchPanel } from './SearchPanel.tsx';
import { ThumbnailList } from './ThumbnailList.tsx';
import styles from './reader.module.css';

export type PanelKind = 'thumbnails' | 'outline' | 'search';

const KINDS: readonly PanelKind[] = ['thumbnails', 'outline', 'search'];

/** The three buttons that open the side panel, on the pages' left edge while it is closed. */
export function ReaderRail({ onOpen }: { onOpen: (kind: PanelKind) => void }) {
  const { t } = useTranslation('viewer');
  return (
    <div className={styles.rail} role="toolbar" aria-label={t('reader.panels')} aria-orientation="vertical">
      {KINDS.map((kind) => (
        <button
          key={kind}
          type="button"
          className={styles.railButton}
          onClick={() => onOpen(kind)}
          title={t(`reader.${kind}Title`)}
          aria-label={t(`reader.${kind}`)}
          data-testid={`viewer-open-${kind}`}
        >
          <PanelIcon kind={kind} />
        </button>
      ))}
    </div>
  );
}

/** The side panel: thumbnails, the outline or the search, one at a time, switched by tabs. */
export function ReaderPanel({
  kind,
  onKind,
  onClose,
  pdf,
  sizes,
  page,
  queue,
  onGo,
  query,
  onQuery,
  search,
  chosen,
  onChoose,
}: {
  kind: PanelKind;
  onKind: (kind: PanelKind) => void;
  onClose: () => void;
  pdf: PdfDocument;
  sizes: readonly PageSize[];
  /** The page in view, 0-based. */
  page: number;
  queue: RenderQueue;
  onGo: (index: number) => void;
  query: string;
  onQuery: (query: string) => void;
  search: { searched: string; progress: SearchProgress | null };
  chosen: number | null;
  onChoose: (index: number) => void;
}) {
  const { t } = useTranslation('viewer');
  return (
    <aside className={styles.panel} aria-label={t(`reader.${kind}`)} data-testid="viewer-panel" data-kind={kind}>
      <div className={styles.tabs} role="tablist">
        {KINDS.map((each) => (
          <button
            key={each}
            type="button"
            role="tab"
            className={styles.tab}
            aria-selected={each === kind}
            onClick={() => onKind(each)}
            title={t(`reader.${each}Title`)}
            data-testid={`viewer-tab-${each}`}
          >
            {t(`reader.${each}`)}
          </button>
        ))}
        <button type="button" className={styles.close} onClick={onClose} aria-label={t('reader.closePanel')} title={t('reader.closePanel')} data-testid="viewer-panel-close">
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <div className={styles.panelBody} role="tabpanel">
        {kind === 'thumbnails' ? <ThumbnailList pdf={pdf} sizes={sizes} current={page} queue={queue} onChoose={onGo} /> : null}
        {kind === 'outline' ? <OutlineList pdf={pdf} current={page} onChoose={onGo} /> : null}
        {kind === 'search' ? (
          <SearchPanel query={query} onQuery={onQuery} searched={search.searched} progress={search.progress} chosen={chosen} onChoose={onChoose} />
        ) : null}
      </div>
    </aside>
  );
}

function PanelIcon({ kind }: { kind: PanelKind }) {
  const common = { fill: 'none', stroke: 'currentColor', strokeWidth: 2, strokeLinecap: 'round', strokeLinejoin: 'round' } as const;
  return (
    <svg width="24" height="24" viewBox="0 0 24 24" aria-hidden="true">
      {kind === 'thumbnails' ? (
        <>
          <rect x="4" y="3" width="7" height="8" rx="1" {...common} />
          <rect x="13" y="3" width="7" height="8" rx="1" {...common} />
          <rect x="4" y="13" width="7" height="8" rx="1" {...common} />
          <rect x="13" y="13" width="7" height="8" rx="1" {...common} />
        </>
      ) : kind === 'outline' ? (
        <path d="M4 6h2M9 6h11M4 12h2M9 12h11M6 18h2M11 18h9" {...common} />
      ) : (
        <>
          <circle cx="10.5" cy="10.5" r="6" {...common} />
          <path d="M15 15l5 5" {...common} />
        </>
      )}
    </svg>
  );
}
