import { memo, useCallback, useEffect, useMemo, useRef, useState, type PointerEvent as ReactPointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { lineNear, offsetAt, quoteOf, rangeBoxes, type Box, type IndexedPage } from '../../../shared/domain/annotations/index.ts';
import type { AnnotationBody } from '../../../shared/protocol/index.ts';
import { inkPath, PAGE_UNITS } from './ink.ts';
import type { LocalAnnotation } from './local.ts';
import { pageTextOf } from './textLayer.ts';
import type { ToolState } from './tools.ts';
import styles from './annotations.module.css';

export interface PageEdits {
  add(kind: 'ink' | 'highlight' | 'note', page: number, body: AnnotationBody): void;
  erase(row: LocalAnnotation): void;
  openNote(row: LocalAnnotation | { page: number; point: [number, number]; line: AnnotationBody['line'] }): void;
  stylusSeen(): void;
}

const clamp = (v: number) => Math.min(1, Math.max(0, v));
const round = (v: number) => Math.round(v * 10000) / 10000;

/** The line of text beside a box, as a stroke or a note records it (null on a page without text). */
function lineAnchor(text: IndexedPage, box: Box) {
  const line = lineNear(text, box);
  return line ? { start: line.start, end: line.end, quote: quoteOf(text, line.start, line.end), box: line.box } : null;
}

function boundsOf(points: readonly number[][]): Box {
  const xs = points.map((p) => p[0] ?? 0);
  const ys = points.map((p) => p[1] ?? 0);
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, w: Math.max(...xs) - x, h: Math.max(...ys) - y };
}

/** Near enough to erase: within a finger's width of a stroke's point, inside a highlight, on a note's pin. */
function hits(row: LocalAnnotation, x: number, y: number, reach: number): boolean {
  if (row.kind === 'highlight') return (row.body.rects ?? []).some((r) => x >= r.x - reach && x <= r.x + r.w + reach && y >= r.y - reach && y <= r.y + r.h + reach);
  return (row.body.points ?? []).some(([px = 0, py = 0]) => Math.hypot(px - x, py - y) < reach * 1.5);
}

/** One stroke: its outline is computed when the stroke (or the page's shape) changes, not when another one does. */
const InkStroke = memo(function InkStroke({ row, aspect }: { row: LocalAnnotation; aspect: number }) {
  const d = useMemo(() => inkPath(row.body.points ?? [], row.body.width ?? 3, aspect), [row.body.points, row.body.width, aspect]);
  return <path data-testid="annotation-ink" d={d} fill={row.body.color} />;
});

const Highlight = memo(function Highlight({ row, aspect }: { row: LocalAnnotation; aspect: number }) {
  return (
    <g data-testid="annotation-highlight" fill={row.body.color} className={styles.highlight}>
      {(row.body.rects ?? []).map((r, i) => (
        <rect key={i} x={r.x * PAGE_UNITS} y={r.y * PAGE_UNITS * aspect} width={r.w * PAGE_UNITS} height={r.h * PAGE_UNITS * aspect} />
      ))}
    </g>
  );
});

/**
 * Every committed annotation of the page in one SVG: never redrawn while a stroke is drawn, and when one is added or
 * removed only that one is drawn (each row is its own memoized element: a page of 500 strokes does not outline 500).
 */
export const Committed = memo(function Committed({ rows, aspect, onNote }: { rows: readonly LocalAnnotation[]; aspect: number; onNote: (row: LocalAnnotation) => void }) {
  const { t } = useTranslation('annotations');
  return (
    <>
      <svg className={styles.committed} viewBox={`0 0 ${PAGE_UNITS} ${PAGE_UNITS * aspect}`} preserveAspectRatio="none" aria-hidden="true">
        {rows.map((row) =>
          row.kind === 'highlight' ? <Highlight key={row.id} row={row} aspect={aspect} /> : row.kind === 'ink' ? <InkStroke key={row.id} row={row} aspect={aspect} /> : null,
        )}
      </svg>
      {rows
        .filter((row) => row.kind === 'note')
        .map((row) => {
          const [x = 0, y = 0] = row.body.points?.[0] ?? [];
          return (
            <button
              key={row.id}
              type="button"
              className={styles.pin}
              style={{ left: `${x * 100}%`, top: `${y * 100}%`, background: row.body.color ?? '#facc15' }}
              title={row.body.note}
              aria-label={`${t('noteLabel')}: ${row.body.note ?? ''}`}
              data-testid="annotation-note"
              data-visibility={row.visibility}
              onClick={() => onNote(row)}
            >
              <span className={styles.pinText}>{row.body.note}</span>
            </button>
          );
        })}
    </>
  );
});

/**
 * One page's annotations over the reader's page: the committed ones in one layer, the stroke being drawn on a canvas of
 * its own (only it redraws while the pen moves). Pen and highlighter take the pointer; once a stylus has been seen, a
 * finger scrolls the document instead of drawing.
 */
export function PageAnnotations({
  index,
  zoom,
  size,
  rows,
  tools,
  edits,
  mine,
}: {
  index: number;
  zoom: number;
  size: { width: number; height: number };
  rows: readonly LocalAnnotation[];
  tools: ToolState;
  edits: PageEdits;
  mine: string;
}) {
  const aspect = size.height / size.width;
  const box = useRef<HTMLDivElement>(null);
  const live = useRef<HTMLCanvasElement>(null);
  const drawing = useRef<{ id: number; points: number[][]; text: IndexedPage | null; start: [number, number]; scroll: { x: number; y: number } | null } | null>(null);
  const [preview, setPreview] = useState<Box[]>([]);
  const active = tools.tool !== 'read';

  const at = (e: ReactPointerEvent): [number, number] => {
    const r = box.current!.getBoundingClientRect();
    return [clamp((e.clientX - r.left) / r.width), clamp((e.clientY - r.top) / r.height)];
  };

  const paintLive = () => {
    const canvas = live.current;
    const stroke = drawing.current;
    if (!canvas || !stroke) return;
    const ratio = window.devicePixelRatio || 1;
    const w = Math.round(size.width * zoom * ratio);
    const h = Math.round(size.height * zoom * ratio);
    if (canvas.width !== w || canvas.height !== h) Object.assign(canvas, { width: w, height: h });
    const context = canvas.getContext('2d');
    if (!context) return;
    context.setTransform(1, 0, 0, 1, 0, 0);
    context.clearRect(0, 0, w, h);
    context.setTransform(w / PAGE_UNITS, 0, 0, w / PAGE_UNITS, 0, 0);
    context.fillStyle = tools.color;
    context.fill(new Path2D(inkPath(stroke.points, tools.width, aspect, false)));
  };

  const clearLive = () => {
    const canvas = live.current;
    canvas?.getContext('2d')?.clearRect(0, 0, canvas.width, canvas.height);
  };

  const onPointerDown = (e: ReactPointerEvent) => {
    if (!active || drawing.current) return;
    if (e.pointerType === 'pen') edits.stylusSeen();
    const [x, y] = at(e);
    // A finger once a stylus was seen: it scrolls (the layer takes the gesture, so the page is moved by hand).
    if (e.pointerType === 'touch' && tools.stylus) {
      drawing.current = { id: e.pointerId, points: [], text: null, start: [e.clientX, e.clientY], scroll: { x: e.clientX, y: e.clientY } };
      box.current?.setPointerCapture(e.pointerId);
      return;
    }
    if (tools.tool === 'eraser') {
      const target = rows.find((row) => row.delegateId === mine && hits(row, x, y, 0.015));
      if (target) edits.erase(target);
      return;
    }
    if (tools.tool === 'note') {
      const pinned = rows.find((row) => row.kind === 'note' && hits(row, x, y, 0.01));
      edits.openNote(pinned ?? { page: index, point: [round(x), round(y)], line: lineAnchor(pageTextOf(box.current?.parentElement ?? null), { x, y, w: 0, h: 0 }) });
      return;
    }
    e.preventDefault();
    box.current?.setPointerCapture(e.pointerId);
    const pressure = e.pointerType === 'pen' ? e.pressure || 0.5 : 0.5;
    drawing.current = { id: e.pointerId, points: [[round(x), round(y), round(pressure)]], text: tools.tool === 'highlighter' ? pageTextOf(box.current?.parentElement ?? null) : null, start: [x, y], scroll: null };
    if (tools.tool === 'pen') paintLive();
  };

  const onPointerMove = (e: ReactPointerEvent) => {
    const stroke = drawing.current;
    if (!stroke || stroke.id !== e.pointerId) return;
    if (stroke.scroll) {
      const scroller = box.current?.closest('[data-testid="viewer-pages"]') ?? null;
      scroller?.scrollBy(stroke.scroll.x - e.clientX, stroke.scroll.y - e.clientY);
      stroke.scroll = { x: e.clientX, y: e.clientY };
      return;
    }
    const [x, y] = at(e);
    if (tools.tool === 'pen') {
      // Coalesced events: every sample the pen gave since the last frame, for a smooth stroke at speed.
      const samples = typeof e.nativeEvent.getCoalescedEvents === 'function' ? e.nativeEvent.getCoalescedEvents() : [];
      const r = box.current!.getBoundingClientRect();
      const more = samples.length > 0 ? samples.map((s) => [clamp((s.clientX - r.left) / r.width), clamp((s.clientY - r.top) / r.height), e.pointerType === 'pen' ? s.pressure || 0.5 : 0.5]) : [[x, y, e.pointerType === 'pen' ? e.pressure || 0.5 : 0.5]];
      for (const p of more) stroke.points.push(p.map(round));
      paintLive();
    } else if (stroke.text) {
      const from = offsetAt(stroke.text, stroke.start[0], stroke.start[1], 'start');
      const to = offsetAt(stroke.text, x, y, 'end');
      setPreview(from !== null && to !== null && to > from ? rangeBoxes(stroke.text, from, to) : []);
    }
  };

  const onPointerUp = (e: ReactPointerEvent) => {
    const stroke = drawing.current;
    if (!stroke || stroke.id !== e.pointerId) return;
    drawing.current = null;
    if (stroke.scroll) return;
    if (tools.tool === 'pen') {
      clearLive();
      const points = stroke.points.length === 1 ? [...stroke.points, [stroke.points[0]![0]! + 0.001, stroke.points[0]![1]!, stroke.points[0]![2]!]] : stroke.points.slice(0, 4000);
      const text = pageTextOf(box.current?.parentElement ?? null);
      edits.add('ink', index, { page: index, color: tools.color as AnnotationBody['color'], width: tools.width, points, line: lineAnchor(text, boundsOf(points)) });
    } else if (stroke.text) {
      setPreview([]);
      const [x, y] = at(e);
      const from = offsetAt(stroke.text, stroke.start[0], stroke.start[1], 'start');
      const to = offsetAt(stroke.text, x, y, 'end');
      if (from === null || to === null || to <= from) return;
      edits.add('highlight', index, { page: index, color: tools.highlight as AnnotationBody['color'], text: { start: from, end: to, quote: quoteOf(stroke.text, from, to) }, rects: rangeBoxes(stroke.text, from, to).slice(0, 200) });
    }
  };

  // The edits change with every render of the screen; the committed layer should not.
  const latestEdits = useRef(edits);
  useEffect(() => {
    latestEdits.current = edits;
  });
  const onNote = useCallback((row: LocalAnnotation) => latestEdits.current.openNote(row), []);
  return (
    <div
      ref={box}
      className={`${styles.layer} ${active ? styles.active : ''} ${active && tools.stylus ? styles.stylus : ''}`}
      data-testid="annotation-layer"
      data-page={index}
      data-tool={tools.tool}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
    >
      <Committed rows={rows} aspect={aspect} onNote={onNote} />
      {preview.length > 0 ? (
        <svg className={styles.committed} viewBox={`0 0 ${PAGE_UNITS} ${PAGE_UNITS * aspect}`} preserveAspectRatio="none" aria-hidden="true">
          {preview.map((r, i) => (
            <rect key={i} className={styles.highlight} fill={tools.highlight} x={r.x * PAGE_UNITS} y={r.y * PAGE_UNITS * aspect} width={r.w * PAGE_UNITS} height={r.h * PAGE_UNITS * aspect} />
          ))}
        </svg>
      ) : null}
      <canvas ref={live} className={styles.live} aria-hidden="true" data-testid="annotation-live" />
    </div>
  );
}
