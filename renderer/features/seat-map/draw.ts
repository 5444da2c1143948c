import type { SeatState } from './seatStates.ts';

/**
 * How a seat is drawn: every state by a shape as well as a colour (Okabe–Ito colours, told apart with any colour
 * vision; the shapes alone say the same in grey). Checked in: the seat filled. Voted: a tick (paper: and a folded
 * corner). Tablet online: a dot in the top right corner. Documents on the tablet: a bar along the bottom (hollow while
 * still loading). Asking to speak: a thick frame around the seat. A seat nobody holds: a dashed outline.
 */
export const SEAT_COLOURS = {
  present: '#0072B2',
  absentFill: '#ffffff',
  absentLine: '#5f6670',
  empty: '#9aa1ab',
  online: '#009E73',
  asking: '#D55E00',
  focus: '#111111',
  label: '#3b4250',
} as const;

/** Draws one seat in the cell at (x, y) of side `cell` (CSS pixels), clearing the cell first. */
export function drawSeat(ctx: CanvasRenderingContext2D, x: number, y: number, cell: number, s: SeatState, focused = false): void {
  ctx.clearRect(x, y, cell, cell);
  const pad = Math.max(1.5, cell * 0.12);
  const bx = x + pad;
  const by = y + pad;
  const side = cell - 2 * pad;
  if (s.delegateId === null) {
    ctx.setLineDash([2, 2]);
    ctx.strokeStyle = SEAT_COLOURS.empty;
    ctx.lineWidth = 1;
    ctx.strokeRect(bx + 0.5, by + 0.5, side - 1, side - 1);
    ctx.setLineDash([]);
    if (focused) focusRing(ctx, x, y, cell);
    return;
  }
  // The seat: filled when checked in, an outline when not.
  ctx.fillStyle = s.present ? SEAT_COLOURS.present : SEAT_COLOURS.absentFill;
  ctx.fillRect(bx, by, side, side);
  if (!s.present) {
    ctx.strokeStyle = SEAT_COLOURS.absentLine;
    ctx.lineWidth = 1.5;
    ctx.strokeRect(bx + 0.75, by + 0.75, side - 1.5, side - 1.5);
  }
  const ink = s.present ? '#ffffff' : '#1f2430';
  if (s.voted !== 'no') {
    ctx.strokeStyle = ink;
    ctx.lineWidth = Math.max(1.5, side * 0.13);
    ctx.lineCap = 'round';
    ctx.beginPath();
    ctx.moveTo(bx + side * 0.22, by + side * 0.5);
    ctx.lineTo(bx + side * 0.42, by + side * 0.7);
    ctx.lineTo(bx + side * 0.78, by + side * 0.28);
    ctx.stroke();
    ctx.lineCap = 'butt';
    if (s.voted === 'paper') {
      // A folded corner, top left: a sheet of paper.
      ctx.fillStyle = ink;
      ctx.beginPath();
      ctx.moveTo(bx, by);
      ctx.lineTo(bx + side * 0.38, by);
      ctx.lineTo(bx, by + side * 0.38);
      ctx.closePath();
      ctx.fill();
    }
  }
  if (s.preload !== 'none') {
    const h = Math.max(2, side * 0.14);
    const top = by + side - h - Math.max(1, side * 0.06);
    const left = bx + side * 0.15;
    const width = side * 0.7;
    if (s.preload === 'done') {
      ctx.fillStyle = ink;
      ctx.fillRect(left, top, width, h);
    } else {
      ctx.strokeStyle = ink;
      ctx.lineWidth = 1;
      ctx.strokeRect(left + 0.5, top + 0.5, width - 1, h - 1);
    }
  }
  if (s.online) {
    const r = Math.max(2.5, cell * 0.17);
    ctx.beginPath();
    ctx.arc(x + cell - r - 0.5, y + r + 0.5, r, 0, Math.PI * 2);
    ctx.fillStyle = SEAT_COLOURS.online;
    ctx.fill();
    ctx.lineWidth = 1.25;
    ctx.strokeStyle = '#ffffff';
    ctx.stroke();
  }
  if (s.asking) {
    ctx.strokeStyle = SEAT_COLOURS.asking;
    ctx.lineWidth = Math.max(2, pad * 0.9);
    const inset = ctx.lineWidth / 2;
    ctx.strokeRect(x + inset, y + inset, cell - 2 * inset, cell - 2 * inset);
  }
  if (focused) focusRing(ctx, x, y, cell);
}

function focusRing(ctx: CanvasRenderingContext2D, x: number, y: number, cell: number) {
  ctx.setLineDash([3, 2]);
  ctx.strokeStyle = SEAT_COLOURS.focus;
  ctx.lineWidth = 2;
  ctx.strokeRect(x + 1, y + 1, cell - 2, cell - 2);
  ctx.setLineDash([]);
}

/** A row or block name in its cell. */
export function drawLabel(ctx: CanvasRenderingContext2D, text: string, x: number, y: number, cell: number, align: 'center' | 'left' = 'center'): void {
  ctx.fillStyle = SEAT_COLOURS.label;
  ctx.font = `600 ${Math.max(8, Math.min(14, cell * 0.5))}px system-ui, sans-serif`;
  ctx.textAlign = align;
  ctx.textBaseline = 'middle';
  ctx.fillText(text, align === 'center' ? x + cell / 2 : x + 2, y + cell / 2, align === 'center' ? cell : cell * 6);
}
