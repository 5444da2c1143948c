import { memo, useEffect, useRef, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { PdfDocument, PdfPage, PdfTask } from '../pdf/engine.ts';
import { highlightMatches } from './highlight.ts';
import { outputScale, type PageSize } from './layout.ts';
import type { RenderQueue } from './renderQueue.ts';
import { mark } from './useDocumentLoad.ts';
import { drawWatermark } from './watermark.ts';
import styles from './viewer.module.css';

/** One page's canvas at most this many pixels (about 40 MB): tablets run out of canvas memory well before desktops. */
export const MAX_CANVAS_PIXELS = 10_000_000;

/** Drop a canvas's pixels now rather than when the garbage collector gets to it (Safari keeps them otherwise). */
function releaseCanvas(canvas: HTMLCanvasElement | null): void {
  if (!canvas) return;
  canvas.width = 0;
  canvas.height = 0;
  canvas.remove();
}

/**
 * One page, mounted only while it is near the viewport. It fetches its page from pdf.js, reports its real
 * size (rotated, odd-sized pages differ from page 1), draws into a fresh canvas at the device pixel ratio and
 * swaps it in when complete (so zooming shows the old drawing, scaled, until the sharp one is ready), then
 * lays the selectable text over it. Unmounting cancels the work and frees the canvas.
 */
export const PageView = memo(function PageView({
  pdf,
  index,
  zoom,
  top,
  left,
  width,
  height,
  onMeasured,
  watermark = null,
  queue,
  search = '',
  focusHit = false,
  onLink,
  overlay,
}: {
  pdf: PdfDocument;
  /** 0-based. */
  index: number;
  zoom: number;
  top: number;
  left: number;
  width: number;
  height: number;
  onMeasured: (index: number, size: PageSize) => void;
  /** Restricted documents: the reader's name and seat, one line each (\n), drawn into the page's canvas. */
  watermark?: string | null;
  /** Orders this page's work among the others (the page in view first). */
  queue: RenderQueue;
  /** The search to highlight in the page's text. */
  search?: string;
  /** Scroll the first highlighted match into view once it is there (a search result was chosen). */
  focusHit?: boolean;
  /** A link inside the document was followed: to this 0-based page. */
  onLink?: (index: number) => void;
  /** Drawn over the page (annotations), in a box the page's size; `zoom` turns page units (zoom 1) into pixels. */
  overlay?: (page: { index: number; zoom: number; size: PageSize }) => ReactNode;
}) {
  const { t } = useTranslation('viewer');
  const drawing = useRef<HTMLDivElement>(null);
  const text = useRef<HTMLDivElement>(null);
  const links = useRef<HTMLDivElement>(null);
  /** Counts the text layer's layouts: each new one is highlighted again. */
  const [textRound, setTextRound] = useState(0);
  const follow = useRef(onLink);
  useEffect(() => {
    follow.current = onLink;
  });
  const [page, setPage] = useState<PdfPage | null>(null);
  const [drawnAt, setDrawnAt] = useState<number | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let live = true;
    let loaded: PdfPage | null = null;
    const holder = drawing.current;
    pdf.getPage(index + 1).then(
      (result) => {
        if (!live) return;
        loaded = result;
        setPage(result);
        onMeasured(index, result.size);
      },
      () => live && setFailed(true),
    );
    return () => {
      live = false;
      loaded?.release();
      releaseCanvas(holder?.querySelector('canvas') ?? null);
    };
  }, [pdf, index, onMeasured]);

  useEffect(() => {
    if (!page) return;
    let live = true;
    let textTask: PdfTask | null = null;
    const canvas = document.createElement('canvas');
    canvas.className = styles.canvas ?? '';
    canvas.setAttribute('aria-hidden', 'true');
    const natural = page.size;
    const scale = outputScale(natural.width * zoom, natural.height * zoom, window.devicePixelRatio || 1, MAX_CANVAS_PIXELS);
    const task = queue.enqueue(index, 'draw', () => page.render(canvas, zoom, scale));
    task.promise.then(
      () => {
        if (!live) return releaseCanvas(canvas);
        if (watermark) drawWatermark(canvas, watermark.split('\n'));
        const holder = drawing.current;
        releaseCanvas(holder?.querySelector('canvas') ?? null);
        holder?.append(canvas);
        mark('drawn', `${index + 1}`);
        // The page's number gives way to its drawing, and the page says it is drawn, in the frame the canvas appears.
        flushSync(() => {
          setDrawnAt(zoom);
          setFailed(false);
        });
        const textLayer = text.current;
        const linkLayer = links.current;
        if (!textLayer) return;
        // The text (selection, search) and the links after the drawing, and after the drawings nearer the reader.
        textTask = queue.enqueue(index, 'text', () => {
          const jobs = [page.renderText(textLayer, zoom), ...(linkLayer && page.renderLinks ? [page.renderLinks(linkLayer, zoom, (to) => follow.current?.(to))] : [])];
          return { promise: Promise.all(jobs.map((job) => job.promise)).then(() => undefined), cancel: () => jobs.forEach((job) => job.cancel()) };
        });
        // Text that cannot be laid out leaves the drawing readable; nothing to tell the reader.
        textTask.promise.then(() => live && setTextRound((n) => n + 1), () => undefined);
      },
      () => {
        releaseCanvas(canvas);
        if (live) setFailed(true);
      },
    );
    return () => {
      live = false;
      task.cancel();
      textTask?.cancel();
    };
  }, [page, zoom, watermark, queue, index]);

  // The search's matches highlighted in the text layer, again whenever the text is laid out anew.
  useEffect(() => {
    const layer = text.current;
    if (textRound === 0 || !layer) return;
    const marks = highlightMatches(layer, search);
    if (focusHit) marks[0]?.scrollIntoView({ block: 'center', inline: 'nearest' });
  }, [textRound, search, focusHit]);

  return (
    <div
      className={styles.page}
      style={{ top, left, width, height }}
      data-testid="viewer-page-view"
      data-page-number={index + 1}
      data-rendered={drawnAt === zoom ? 'true' : 'false'}
      data-watermarked={watermark ? 'true' : undefined}
      aria-label={t('page', { page: index + 1 })}
      role="group"
    >
      <div ref={drawing} className={styles.drawing} />
      <div ref={text} className={`rt-text-layer ${styles.text}`} />
      <div ref={links} className="rt-link-layer" data-testid="viewer-links" />
      {overlay && page ? overlay({ index, zoom, size: page.size }) : null}
      {drawnAt === null && !failed ? (
        <span className={styles.pageNumber} aria-hidden="true">
          {index + 1}
        </span>
      ) : null}
      {failed ? (
        <p className={styles.pageFailed} role="alert">
          {t('pageFailed', { page: index + 1 })}
        </p>
      ) : null}
    </div>
  );
});
