import { useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import type { PlacedLayout } from '../../../shared/domain/hall.ts';
import { drawLabel, drawSeat } from './draw.ts';
import { stateCode, type SeatState } from './seatStates.ts';
import styles from './seatMap.module.css';

/** Cell sides the map may take, in CSS pixels: below the smallest it scrolls; above the largest a seat says no more. */
const MIN_CELL = 10;
const MAX_CELL = 44;

/**
 * The hall drawn on one canvas: the layout once (and again when its size changes), then only the seats whose state
 * changed since the last frame, in one requestAnimationFrame. A push that moves 300 seats redraws 300 cells, not
 * 1,500, and React renders nothing per seat. A tap, a click, or Enter on the seat under the keyboard's focus opens it.
 */
export function SeatCanvas({
  placed,
  states,
  label,
  nameOf,
  onOpen,
}: {
  placed: PlacedLayout;
  /** In the order of `placed.seats`. */
  states: readonly SeatState[];
  label: string;
  /** The words for a seat under the pointer (its label and who sits there). */
  nameOf: (index: number) => string;
  onOpen: (index: number) => void;
}) {
  const wrap = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const [box, setBox] = useState({ width: 0, height: 0 });
  const [focus, setFocus] = useState(-1);
  const drawn = useRef<{ codes: Int32Array; cell: number; frame: number; focus: number }>({ codes: new Int32Array(0), cell: 0, frame: 0, focus: -1 });
  const latest = useRef({ states, focus });
  // What the next frame draws: kept after each render, read by the frame (a ref, so a push does not re-run effects).
  useLayoutEffect(() => {
    latest.current = { states, focus };
  });

  useLayoutEffect(() => {
    const element = wrap.current;
    if (!element) return;
    const measure = () => setBox({ width: element.clientWidth, height: element.clientHeight });
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const cell = Math.max(MIN_CELL, Math.min(MAX_CELL, Math.floor(Math.min(box.width / Math.max(1, placed.columns), box.height / Math.max(1, placed.rows)))));
  const at = useMemo(() => new Map(placed.seats.map((s, i) => [s.y * 100_000 + s.x, i])), [placed]);

  // The whole map: when the layout or the cell size changes.
  useLayoutEffect(() => {
    const c = canvas.current;
    const ctx = c?.getContext('2d');
    if (!c || !ctx || box.width === 0) return;
    const ratio = window.devicePixelRatio || 1;
    c.width = Math.ceil(placed.columns * cell * ratio);
    c.height = Math.ceil(placed.rows * cell * ratio);
    c.style.width = `${placed.columns * cell}px`;
    c.style.height = `${placed.rows * cell}px`;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, placed.columns * cell, placed.rows * cell);
    for (const l of placed.rowLabels) drawLabel(ctx, l.text, l.x * cell, l.y * cell, cell);
    for (const l of placed.blockLabels) drawLabel(ctx, l.text, l.x * cell, l.y * cell, cell, 'left');
    const codes = new Int32Array(placed.seats.length).fill(-1);
    drawn.current = { ...drawn.current, codes, cell, focus: -1 };
    paintChanged(ctx, drawn.current, placed, latest.current.states, latest.current.focus);
  }, [placed, cell, box.width]);

  // A change of state: the changed seats, on the next frame (several pushes in one frame are drawn once).
  useEffect(() => {
    if (drawn.current.frame !== 0) return;
    drawn.current.frame = requestAnimationFrame(() => {
      drawn.current.frame = 0;
      const ctx = canvas.current?.getContext('2d');
      if (ctx) paintChanged(ctx, drawn.current, placed, latest.current.states, latest.current.focus);
    });
  }, [states, focus, placed]);
  useEffect(() => () => cancelAnimationFrame(drawn.current.frame), []);

  const seatAt = (event: MouseEvent<HTMLCanvasElement>): number => {
    const rect = event.currentTarget.getBoundingClientRect();
    const x = Math.floor((event.clientX - rect.left) / cell);
    const y = Math.floor((event.clientY - rect.top) / cell);
    return at.get(y * 100_000 + x) ?? -1;
  };

  const onKey = (event: KeyboardEvent<HTMLCanvasElement>) => {
    const seats = placed.seats;
    if (seats.length === 0) return;
    const from = focus < 0 ? 0 : focus;
    const here = seats[from]!;
    const step = (dx: number, dy: number) => {
      // The nearest seat that way: along the row first, then the nearest column in the next row that has seats.
      if (dy === 0) return Math.max(0, Math.min(seats.length - 1, from + dx));
      for (let y = here.y + dy; y >= 0 && y < placed.rows; y += dy) {
        let best = -1;
        for (let i = 0; i < seats.length; i++) if (seats[i]!.y === y && (best < 0 || Math.abs(seats[i]!.x - here.x) < Math.abs(seats[best]!.x - here.x))) best = i;
        if (best >= 0) return best;
      }
      return from;
    };
    const moves: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      setFocus(focus < 0 ? 0 : step(move[0], move[1]));
    } else if ((event.key === 'Enter' || event.key === ' ') && focus >= 0) {
      event.preventDefault();
      onOpen(focus);
    }
  };

  const focusLabel = focus >= 0 ? nameOf(focus) : '';
  return (
    <div ref={wrap} className={styles.canvasWrap}>
      <canvas
        ref={canvas}
        className={styles.canvas}
        role="img"
        tabIndex={0}
        aria-label={label}
        onClick={(event) => {
          const index = seatAt(event);
          if (index >= 0) {
            setFocus(index);
            onOpen(index);
          }
        }}
        onMouseMove={(event) => {
          const index = seatAt(event);
          event.currentTarget.title = index >= 0 ? nameOf(index) : '';
          event.currentTarget.style.cursor = index >= 0 ? 'pointer' : 'default';
        }}
        onKeyDown={onKey}
        onBlur={() => setFocus(-1)}
        data-testid="seat-canvas"
        data-seats={placed.seats.length}
        data-cell={cell}
      />
      <span className={styles.srOnly} aria-live="polite">
        {focusLabel}
      </span>
    </div>
  );
}

/** Draws the seats whose state (or focus) differs from what the canvas shows, and notes what it drew. */
function paintChanged(ctx: CanvasRenderingContext2D, d: { codes: Int32Array; cell: number }, placed: PlacedLayout, states: readonly SeatState[], focused: number) {
  if (d.cell === 0) return;
  const n = Math.min(states.length, placed.seats.length, d.codes.length);
  for (let i = 0; i < n; i++) {
    const code = stateCode(states[i]!) | (i === focused ? 1 << 10 : 0);
    if (code === d.codes[i]) continue;
    d.codes[i] = code;
    const seat = placed.seats[i]!;
    drawSeat(ctx, seat.x * d.cell, seat.y * d.cell, d.cell, states[i]!, i === focused);
  }
}
