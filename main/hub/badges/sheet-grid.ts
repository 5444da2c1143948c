import { GUIDE, mm, type Paint, type Size } from './paint.ts';

/** A4 portrait, in points. */
export const A4: Size = { width: mm(210), height: mm(297) };

/** Office printers cannot print the last few millimetres; the crop marks live in this margin. */
const PAGE_MARGIN = mm(10);

/**
 * The layouts offered. Each fills the page inside the margin, so fewer badges per page means bigger badges:
 * 10 → 95 × 55 mm (a business card), 8 → 95 × 69 mm (about A7, the usual lanyard pouch), 6 → 95 × 92 mm,
 * 4 → 95 × 138 mm (portrait, about A6), 2 → 190 × 138 mm (a table card), 1 → the whole page.
 */
const GRIDS: ReadonlyMap<number, { columns: number; rows: number }> = new Map([
  [1, { columns: 1, rows: 1 }],
  [2, { columns: 1, rows: 2 }],
  [4, { columns: 2, rows: 2 }],
  [6, { columns: 2, rows: 3 }],
  [8, { columns: 2, rows: 4 }],
  [10, { columns: 2, rows: 5 }],
]);

export const PER_PAGE_CHOICES: readonly number[] = [...GRIDS.keys()];
export const DEFAULT_PER_PAGE = 8;

export interface SheetGrid {
  perPage: number;
  columns: number;
  rows: number;
  /** Every badge's size on this sheet. */
  cell: Size;
  /** Top-left corner of the index-th badge of a page (row by row), from the page's top-left corner. */
  cellOrigin(index: number): { x: number; y: number };
}

export function sheetGrid(perPage: number): SheetGrid {
  const grid = GRIDS.get(perPage);
  if (!grid) {
    const choices = `${PER_PAGE_CHOICES.slice(0, -1).join(', ')} or ${PER_PAGE_CHOICES.at(-1)}`;
    throw new Error(`Badges per page must be ${choices} (got ${String(perPage)}).`);
  }
  const cell = { width: (A4.width - 2 * PAGE_MARGIN) / grid.columns, height: (A4.height - 2 * PAGE_MARGIN) / grid.rows };
  return {
    perPage,
    ...grid,
    cell,
    cellOrigin(index) {
      const column = index % grid.columns;
      const row = Math.floor(index / grid.columns);
      return { x: PAGE_MARGIN + column * cell.width, y: PAGE_MARGIN + row * cell.height };
    },
  };
}

/** The size of a badge printed alone (the PNG): the default sheet's, so a reissued badge fits the same pouch. */
export const SINGLE_BADGE: Size = sheetGrid(DEFAULT_PER_PAGE).cell;

const CUT_DASH = [mm(1.5), mm(1.5)];
const LINE = 0.5;
/** Crop marks: from this far outside the badges, ending 5 mm from the paper's edge (inside what printers print). */
const MARK_GAP = mm(1.5);
const MARK_LENGTH = mm(3.5);

/**
 * Dashed cut lines around the first `count` cells (each shared edge once, so the dashes line up), and solid
 * crop marks in the margin where each cut line meets the edge of the block, for a guillotine that cuts
 * the dashes away.
 */
export function cutGuides(grid: SheetGrid, count: number): Paint[] {
  const paints: Paint[] = [];
  const seen = new Set<string>();
  const line = (x1: number, y1: number, x2: number, y2: number, dash: readonly number[] | null) => {
    const key = [x1, y1, x2, y2].map((v) => v.toFixed(2)).join(',');
    if (seen.has(key)) return;
    seen.add(key);
    paints.push({ kind: 'line', x1, y1, x2, y2, width: LINE, color: GUIDE, dash });
  };
  const { width, height } = grid.cell;
  const used = Math.min(count, grid.perPage);
  for (let i = 0; i < used; i++) {
    const { x, y } = grid.cellOrigin(i);
    line(x, y, x + width, y, CUT_DASH);
    line(x, y + height, x + width, y + height, CUT_DASH);
    line(x, y, x, y + height, CUT_DASH);
    line(x + width, y, x + width, y + height, CUT_DASH);
  }
  const rows = Math.ceil(used / grid.columns);
  const columns = Math.min(used, grid.columns);
  const top = grid.cellOrigin(0).y;
  const left = grid.cellOrigin(0).x;
  const bottom = top + rows * height;
  const right = left + columns * width;
  for (let c = 0; c <= columns; c++) {
    const x = left + c * width;
    line(x, top - MARK_GAP, x, top - MARK_GAP - MARK_LENGTH, null);
    line(x, bottom + MARK_GAP, x, bottom + MARK_GAP + MARK_LENGTH, null);
  }
  for (let r = 0; r <= rows; r++) {
    const y = top + r * height;
    line(left - MARK_GAP, y, left - MARK_GAP - MARK_LENGTH, y, null);
    line(right + MARK_GAP, y, right + MARK_GAP + MARK_LENGTH, y, null);
  }
  return paints;
}

/** A thin solid outline just inside a badge printed alone, to cut along. */
export function badgeOutline(size: Size): Paint[] {
  const inset = LINE / 2;
  const [l, t, r, b] = [inset, inset, size.width - inset, size.height - inset];
  return [
    { kind: 'line', x1: l, y1: t, x2: r, y2: t, width: LINE, color: GUIDE, dash: null },
    { kind: 'line', x1: r, y1: t, x2: r, y2: b, width: LINE, color: GUIDE, dash: null },
    { kind: 'line', x1: r, y1: b, x2: l, y2: b, width: LINE, color: GUIDE, dash: null },
    { kind: 'line', x1: l, y1: b, x2: l, y2: t, width: LINE, color: GUIDE, dash: null },
  ];
}
