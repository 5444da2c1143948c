import { useEffect, useImperativeHandle, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MeetingDocument } from '../../../shared/protocol/index.ts';
import { useFormat } from '../../i18n/format.ts';
import type { ViewerControl, ViewerHooks } from './control.ts';
import { clampPage, type PageSize } from './layout.ts';
import { ReaderPanel, ReaderRail, type PanelKind } from './ReaderPanel.tsx';
import { RenderQueue } from './renderQueue.ts';
import { useDocumentSearch } from './SearchPanel.tsx';
import { useScroller } from './useScroller.ts';
import { usePrefetch } from './usePrefetch.ts';
import readerStyles from './reader.module.css';
import { PagesInView } from './PagesInView.tsx';
import { useDocumentLoad, type DocumentLoad } from './useDocumentLoad.ts';
import { useViewer } from './useViewer.ts';
import { useViewerKeys } from './useViewerKeys.ts';
import styles from './viewer.module.css';

/** Where "back" goes: the agenda (tablet) or the console, with the words for the button. */
export interface BackLink {
  to: string;
  state?: unknown;
  label: string;
  title: string;
}

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

/** "12 / 169"; tapped, a field to type the page to go to (Enter goes, Escape or leaving it cancels). */
function PageNumber({ page, count, onGo }: { page: number; count: number; onGo: (index: number) => void }) {
  const { t } = useTranslation('viewer');
  const format = useFormat();
  const [typing, setTyping] = useState<string | null>(null);
  if (typing !== null) {
    const go = () => {
      const wanted = Number.parseInt(typing, 10);
      setTyping(null);
      if (Number.isFinite(wanted)) onGo(clampPage(wanted, count) - 1);
    };
    return (
      <form
        className={styles.pageForm}
        onSubmit={(event) => {
          event.preventDefault();
          go();
        }}
      >
        <input
          className={styles.pageInput}
          type="text"
          inputMode="numeric"
          pattern="[0-9]*"
          autoFocus
          value={typing}
          onChange={(event) => setTyping(event.target.value.replace(/\D/g, '').slice(0, 6))}
          onBlur={() => setTyping(null)}
          onKeyDown={(event) => event.key === 'Escape' && setTyping(null)}
          aria-label={t('goToPage', { count })}
          data-testid="viewer-page-input"
          data-browse="page"
        />
        <span aria-hidden="true">/ {format.number(count)}</span>
      </form>
    );
  }
  return (
    <button
      type="button"
      className={styles.pageCount}
      onClick={() => setTyping(String(page + 1))}
      title={t('goToPageTitle')}
      aria-label={t('pageOf', { page: page + 1, count })}
      aria-live="polite"
      data-testid="viewer-page"
      data-page={page + 1}
      data-pages={count}
    >
      {format.number(page + 1)} / {format.number(count)}
    </button>
  );
}

function percent(zoom: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(zoom);
}

/** Download progress, pdf.js opening the file, or why the document cannot be shown. */
function LoadState({ load, back, onRetry }: { load: Exclude<DocumentLoad, { phase: 'ready' }>; back: BackLink; onRetry: () => void }) {
  const { t } = useTranslation(['viewer', 'common']);
  const format = useFormat();
  if (load.phase === 'failed') {
    const code = load.reason === 'open' ? 'damaged' : load.code;
    const known = ['not_signed_in', 'session_expired', 'forbidden', 'not_found', 'not_paired', 'network', 'damaged'] as const;
    const message = (known as readonly string[]).includes(code) ? t(`failed.${code as (typeof known)[number]}`) : t('failed.other');
    return (
      <div className={styles.state}>
        <div className={`card ${styles.problem}`} role="alert" data-testid="viewer-error" data-code={code} title={load.message}>
          <h2>{t('failedTitle')}</h2>
          <p>{message}</p>
          <div className={styles.problemActions}>
            <button type="button" className="btn btn-primary" onClick={onRetry} data-testid="viewer-retry">
              {t('retry')}
            </button>
            <Link to={back.to} state={back.state} className="btn" title={back.title} data-testid="viewer-error-back">
              {back.label}
            </Link>
          </div>
        </div>
      </div>
    );
  }
  const downloading = load.phase === 'downloading';
  const fraction = downloading && load.total ? Math.min(1, load.loaded / load.total) : null;
  return (
    <div className={styles.state}>
      <div className={`card ${styles.progressCard}`} data-testid="viewer-progress" data-phase={load.phase}>
        <p className={styles.progressLabel}>{downloading ? t('downloading') : t('opening')}</p>
        <div
          className={`${styles.progress} ${fraction === null ? styles.progressBusy : ''}`}
          role="progressbar"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={fraction === null ? undefined : Math.round(fraction * 100)}
          aria-label={downloading ? t('downloading') : t('opening')}
        >
          <div className={styles.progressFill} style={fraction === null ? undefined : { width: `${fraction * 100}%` }} />
        </div>
        <p className={styles.progressDetail}>
          {downloading
            ? load.total
              ? t('downloaded', { loaded: format.bytes(load.loaded), total: format.bytes(load.total) })
              : t('downloadedSoFar', { loaded: format.bytes(load.loaded) })
            : '\u00a0'}
        </p>
      </div>
    </div>
  );
}

function Chevron({ direction }: { direction: 'left' | 'right' }) {
  return (
    <svg width="22" height="22" viewBox="0 0 24 24" aria-hidden="true">
      <path
        d={direction === 'left' ? 'M15 5l-7 7 7 7' : 'M9 5l7 7-7 7'}
        fill="none"
        stroke="currentColor"
        strokeWidth="2.4"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

function FitIcon() {
  return (
    <svg width="22" height="22" viewBox="0 0 24 24" aria-hidden="true">
      <path d="M3 12h18M3 12l4-4M3 12l4 4M21 12l-4-4M21 12l-4 4" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

function FitPageIcon() {
  return (
    <svg width="22" height="22" viewBox="0 0 24 24" aria-hidden="true">
      <rect x="6" y="3" width="12" height="18" rx="1.5" fill="none" stroke="currentColor" strokeWidth="2" />
      <path d="M9 8h6M9 12h6M9 16h4" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
    </svg>
  );
}
