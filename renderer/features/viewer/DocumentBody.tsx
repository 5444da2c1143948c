import { useEffect, useImperativeHandle, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingDocument } from '../../../shared/protocol/index.ts';
import { useFormat } from '../../i18n/format.ts';
import type { BackLink, ViewerControl, ViewerHooks } from './control.ts';
import { Chevron, FitIcon, FitPageIcon } from './controlIcons.tsx';
import { LoadState } from './LoadState.tsx';
import { PageNumber } from './PageNumber.tsx';
import type { PageSize } from './layout.ts';
import { ReaderPanel, ReaderRail, type PanelKind } from './ReaderPanel.tsx';
import { RenderQueue } from './renderQueue.ts';
import { useDocumentSearch } from './SearchPanel.tsx';
import { useScroller } from './useScroller.ts';
import { usePrefetch } from './usePrefetch.ts';
import readerStyles from './reader.module.css';
import { PagesInView } from './PagesInView.tsx';
import { useDocumentLoad } from './useDocumentLoad.ts';
import { useViewer } from './useViewer.ts';
import { useViewerKeys } from './useViewerKeys.ts';
import styles from './viewer.module.css';

export type { BackLink } from './control.ts';

/** Room under the last page for the floating controls. */
const CONTROLS_ROOM = 88;

/**
 * The document itself: the download's progress, then the pages, with the page and zoom controls floating
 * over them. Mounted once per attempt (keyed by its parent), so "try again" starts from nothing.
 */
export function DocumentBody({
  document,
  back,
  onRetry,
  watermark = null,
  initialPage,
  onPageInView,
  controlRef,
  overlay,
}: ViewerHooks & {
  document: MeetingDocument;
  back: BackLink;
  onRetry: () => void;
  /** Drawn over every page of a restricted document: who is reading (one line per \n). */
  watermark?: string | null;
  /** Drawn over each page (annotations), in a box the page's size; `zoom` turns page units (zoom 1) into pixels. */
  overlay?: (page: { index: number; zoom: number; size: PageSize }) => ReactNode;
}) {
  const load = useDocumentLoad(document.sha256, document.bytes);
  const ready = load.phase === 'ready' ? load : null;
  const viewer = useViewer(ready?.pdf ?? null, ready?.firstSize ?? null, initialPage);
  const { t } = useTranslation('viewer');

  // Other features (following the chair) drive the reader by page number and hear the page in view.
  const latest = useRef({ viewer, onPageInView });
  useEffect(() => {
    latest.current = { viewer, onPageInView };
  });
  useImperativeHandle(
    controlRef,
    (): ViewerControl => ({
      goToPage: (page) => latest.current.viewer.goTo(Math.round(page) - 1),
      pageInView: () => (latest.current.viewer.count > 0 ? latest.current.viewer.page + 1 : 0),
    }),
    [],
  );
  const pageInView = viewer.count > 0 ? viewer.page + 1 : 0;
  useEffect(() => {
    if (pageInView > 0) latest.current.onPageInView?.(pageInView);
  }, [pageInView]);
  const format = useFormat();

  // The page in view is drawn first, then its neighbours; every page is fetched ahead once nothing is drawing.
  const [queue] = useState(() => new RenderQueue());
  useEffect(() => queue.setFocus(viewer.page), [queue, viewer.page]);
  usePrefetch(ready?.pdf ?? null, viewer.page, queue, viewer.onMeasuredMany);

  const [panel, setPanel] = useState<PanelKind | null>(null);
  const [query, setQuery] = useState('');
  const search = useDocumentSearch(ready?.pdf ?? null, query);
  /** The search result last chosen: its page scrolls its first match into view. */
  const [chosen, setChosen] = useState<number | null>(null);
  const choose = (index: number) => {
    setChosen(index);
    viewer.goTo(index);
  };
  // Ctrl+F opens the document's own search: the browser's would see only the few pages drawn.
  useEffect(() => {
    if (!ready) return;
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'f') {
        event.preventDefault();
        setPanel('search');
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [ready]);

  useViewerKeys({
    next: viewer.next,
    previous: viewer.previous,
    first: () => viewer.goTo(0),
    last: () => viewer.goTo(viewer.count - 1),
    zoomIn: () => viewer.canZoomIn && viewer.zoomIn(),
    zoomOut: () => viewer.canZoomOut && viewer.zoomOut(),
    scroll: viewer.scrollBy,
    scrollsNatively: viewer.contains,
  });

  // The page area takes the focus, so ↑ ↓ and Page Up / Page Down scroll it straight away.
  const attach = useScroller(viewer, true);

  if (load.phase !== 'ready') return <LoadState load={load} back={back} onRetry={onRetry} />;

  const { layout, range } = viewer;
  const pages = (
    <PagesInView
      pdf={load.pdf}
      viewer={viewer}
      watermark={watermark}
      queue={queue}
      search={search.searched}
      focusPage={chosen === viewer.page ? chosen : null}
      onLink={viewer.goTo}
      overlay={overlay}
    />
  );

  return (
    <>
      <div className={readerStyles.row}>
      {panel ? (
        <ReaderPanel
          kind={panel}
          onKind={setPanel}
          onClose={() => setPanel(null)}
          pdf={load.pdf}
          sizes={viewer.sizes}
          page={viewer.page}
          queue={queue}
          onGo={viewer.goTo}
          query={query}
          onQuery={setQuery}
          search={search}
          chosen={chosen}
          onChoose={choose}
        />
      ) : (
        <ReaderRail onOpen={setPanel} />
      )}
      {/* The page controls centre on the pages, not on the whole screen: a side panel open never covers them. */}
      <div className={readerStyles.pages}>
      <div ref={attach} className={styles.scroller} tabIndex={0} data-testid="viewer-pages" data-browse="scroll" aria-label={t('pages')} data-first={range.first} data-last={range.last} data-source={load.source}
        data-watermark={watermark ?? undefined}
      >
        <div className={styles.content} style={{ width: layout.width, height: layout.height + CONTROLS_ROOM }}>
          {pages}
        </div>
      </div>
      <div className={styles.controls} role="toolbar" aria-label={t('toolbar')}>
        <button
          type="button"
          className={styles.control}
          onClick={viewer.previous}
          disabled={viewer.page <= 0}
          title={t('previousPageTitle')}
          aria-label={t('previousPage')}
          data-testid="viewer-prev"
          data-browse="page"
        >
          <Chevron direction="left" />
        </button>
        <PageNumber page={viewer.page} count={viewer.count} onGo={viewer.goTo} />
        <button
          type="button"
          className={styles.control}
          onClick={viewer.next}
          disabled={viewer.page >= viewer.count - 1}
          title={t('nextPageTitle')}
          aria-label={t('nextPage')}
          data-testid="viewer-next"
          data-browse="page"
        >
          <Chevron direction="right" />
        </button>
        <span className={styles.divider} aria-hidden="true" />
        <button
          type="button"
          className={styles.control}
          onClick={viewer.zoomOut}
          disabled={!viewer.canZoomOut}
          title={t('zoomOutTitle')}
          aria-label={t('zoomOut')}
          data-testid="viewer-zoom-out"
          data-browse="zoom"
        >
          <span aria-hidden="true">−</span>
        </button>
        <span className={styles.zoom} data-testid="viewer-zoom" data-zoom={viewer.zoom.toFixed(3)} aria-label={t('zoomLevel', { percent: percent(viewer.zoom, format.locale) })}>
          {percent(viewer.zoom, format.locale)}
        </span>
        <button
          type="button"
          className={styles.control}
          onClick={viewer.zoomIn}
          disabled={!viewer.canZoomIn}
          title={t('zoomInTitle')}
          aria-label={t('zoomIn')}
          data-testid="viewer-zoom-in"
          data-browse="zoom"
        >
          <span aria-hidden="true">+</span>
        </button>
        <button
          type="button"
          className={`${styles.control} ${styles.fit}`}
          onClick={viewer.fitWidth}
          aria-pressed={viewer.mode.kind === 'fit-width'}
          title={t('fitWidthTitle')}
          data-testid="viewer-fit-width"
          data-browse="zoom"
        >
          <FitIcon />
          <span>{t('fitWidth')}</span>
        </button>
        <button
          type="button"
          className={`${styles.control} ${styles.fit}`}
          onClick={viewer.fitPage}
          aria-pressed={viewer.mode.kind === 'fit-page'}
          title={t('reader.fitPageTitle')}
          data-testid="viewer-fit-page"
          data-browse="zoom"
        >
          <FitPageIcon />
          <span>{t('reader.fitPage')}</span>
        </button>
      </div>
      </div>
      </div>
    </>
  );
}

function percent(zoom: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(zoom);
}
