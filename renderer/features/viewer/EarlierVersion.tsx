import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentVersion } from '../../../shared/protocol/index.ts';
import { useFormat } from '../../i18n/format.ts';
import type { PageSize } from './layout.ts';
import { PagesInView } from './PagesInView.tsx';
import { RenderQueue } from './renderQueue.ts';
import { useDocumentLoad, type DocumentLoad } from './useDocumentLoad.ts';
import { useScroller } from './useScroller.ts';
import { useViewer } from './useViewer.ts';
import styles from './viewer.module.css';
import compareStyles from './compare.module.css';

/**
 * An earlier version of the document, read-only, beside the current one: its bytes from this device's copy if the
 * preloader still holds them, else from the hub (which gives an earlier version to whoever may read the document
 * now); pages scrolled, turned and pinched as in the reader, with the reader's annotations where they were. No tools.
 * When the bytes cannot be had, a message in the pane says why, with "try again".
 */
export function EarlierVersion({
  version,
  watermark,
  overlay,
  initialPage,
  request,
}: {
  version: DocumentVersion;
  watermark: string | null;
  overlay: (page: { index: number; size: PageSize }) => ReactNode;
  /** 1-based. */
  initialPage: number;
  /** Go to this page (0-based) each time a new request comes. */
  request: { page: number } | null;
}) {
  const [attempt, setAttempt] = useState(0);
  return <Pages key={attempt} version={version} watermark={watermark} overlay={overlay} initialPage={initialPage} request={request} onRetry={() => setAttempt((n) => n + 1)} />;
}

function Pages({
  version,
  watermark,
  overlay,
  initialPage,
  request,
  onRetry,
}: Parameters<typeof EarlierVersion>[0] & { onRetry: () => void }) {
  const { t } = useTranslation('annotations');
  const format = useFormat();
  const load = useDocumentLoad(version.sha256, version.bytes);
  const ready = load.phase === 'ready' ? load : null;
  const viewer = useViewer(ready?.pdf ?? null, ready?.firstSize ?? null, initialPage);
  const [queue] = useState(() => new RenderQueue());
  useEffect(() => queue.setFocus(viewer.page), [queue, viewer.page]);

  const { goTo } = viewer;
  const done = useRef<{ page: number } | null>(null);
  useEffect(() => {
    if (!request || request === done.current) return;
    done.current = request;
    goTo(request.page);
  }, [request, goTo]);

  const attach = useScroller(viewer, false);

  if (!ready) return <Unavailable load={load as Exclude<DocumentLoad, { phase: 'ready' }>} onRetry={onRetry} />;

  const { layout, range } = viewer;
  return (
    <>
      <div
        ref={attach}
        className={styles.scroller}
        tabIndex={0}
        onKeyDown={(event) => {
          // This pane's keys: the reader beside it hears its keys on the whole window, and must not move with these.
          if (!READER_KEYS.has(event.key) || event.ctrlKey || event.metaKey || event.altKey) return;
          event.stopPropagation();
          const turn = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
          if (turn !== 0) {
            event.preventDefault();
            viewer.goTo(viewer.page + turn);
          }
        }}
        aria-label={t('compare.pages')}
        data-testid="compare-earlier-pages"
        data-source={ready.source}
        data-first={range.first}
        data-last={range.last}
      >
        <div className={styles.content} style={{ width: layout.width, height: layout.height }}>
          <PagesInView pdf={ready.pdf} viewer={viewer} watermark={watermark} queue={queue} onLink={viewer.goTo} overlay={overlay} />
        </div>
      </div>
      <p className={compareStyles.pageCount} aria-live="polite" data-testid="compare-earlier-page" data-page={viewer.page + 1}>
        {format.number(viewer.page + 1)} / {format.number(viewer.count)}
      </p>
    </>
  );
}

/** The keys the reader beside handles (useViewerKeys); in this pane, ↑ ↓ and Page Up / Down scroll it natively. */
const READER_KEYS = new Set(['ArrowRight', 'ArrowLeft', 'ArrowDown', 'ArrowUp', 'PageDown', 'PageUp', 'Home', 'End', '+', '=', '-', '_']);

/** Opening, or why the earlier version cannot be shown: offline and not on this device, refused, or damaged. */
function Unavailable({ load, onRetry }: { load: Exclude<DocumentLoad, { phase: 'ready' }>; onRetry: () => void }) {
  const { t } = useTranslation('annotations');
  if (load.phase !== 'failed') {
    return (
      <p className={compareStyles.message} role="status" data-testid="compare-earlier-loading">
        {t('compare.loading')}
      </p>
    );
  }
  const reason = load.reason === 'open' ? 'damaged' : load.code === 'network' || load.code === 'timeout' ? 'offline' : 'refused';
  return (
    <div className={compareStyles.message} role="alert" data-testid="compare-earlier-unavailable" data-reason={reason} title={load.message}>
      <p>{t(`compare.${reason}`)}</p>
      <button type="button" className="btn" onClick={onRetry} data-testid="compare-earlier-retry">
        {t('compare.retry')}
      </button>
    </div>
  );
}
