/**
 * The hall's seat layout: blocks side by side, each a list of rows from the front, each row its seats from the left,
 * `null` for a gap (an aisle, a pillar). A seat is known by its label, the same string as a delegate's `seat`, so the
 * map finds who sits where without a table of its own. Pure: parsing seat labels into a layout, building a grid,
 * checking a layout, and placing it on a grid of cells for a screen to draw.
 */

export interface HallRow {
  name: string;
  seats: (string | null)[];
}
export interface HallBlock {
  name: string;
  rows: HallRow[];
}
export interface HallLayout {
  blocks: HallBlock[];
}

// The bounds are the protocol's (its schemas check them); the rules here apply them too.
import { HALL_LIMITS } from '../protocol/hall-limits.ts';

export { HALL_LIMITS };

/** A seat label read as block, row and number ("T1-A12": T1, A, 12; "B-03": '', B, 3; "12": '', '', 12). */
export interface SeatPlace {
  block: string;
  row: string;
  number: number;
}

const SEP = String.raw`\s*[-–/.:\s]\s*`;
const ONLY_NUMBER = /^(\d{1,4})$/;
const LETTER_ROW = new RegExp(String.raw`^(?:([^\s\-–/.:]{1,${HALL_LIMITS.blockName}})${SEP})?(\p{L}{1,3})(?:${SEP})?(\d{1,4})$`, 'u');
const NUMBER_ROW = new RegExp(String.raw`^(?:([^\s\-–/.:]{1,${HALL_LIMITS.blockName}})${SEP})?(\d{1,3})${SEP}(\d{1,4})$`, 'u');

/** Reads a seat label; null when it follows none of the forms ("12", "A12", "A-12", "T1-A12", "3-12", "T1-3-12"). */
export function parseSeatLabel(label: string): SeatPlace | null {
  const s = label.normalize('NFC').trim();
  if (s === '') return null;
  const only = ONLY_NUMBER.exec(s);
  if (only) return positive({ block: '', row: '', number: Number(only[1]) });
  const m = LETTER_ROW.exec(s) ?? NUMBER_ROW.exec(s);
  if (!m) return null;
  return positive({ block: (m[1] ?? '').toLocaleUpperCase('vi'), row: m[2]!.toLocaleUpperCase('vi'), number: Number(m[3]) });
}

const positive = (p: SeatPlace): SeatPlace | null => (p.number >= 1 ? p : null);

/** Row names in hall order: A, B, … Z, AA (shorter first), numbers by value. */
export function compareRows(a: string, b: string): number {
  const na = /^\d+$/.test(a);
  const nb = /^\d+$/.test(b);
  if (na && nb) return Number(a) - Number(b);
  if (na !== nb) return na ? 1 : -1;
  return a.length - b.length || a.localeCompare(b, 'vi');
}

export interface LayoutFromSeats {
  layout: HallLayout;
  /** Labels that say no row and number (or repeat one): placed at the back in a block of their own, named "?". */
  unreadable: string[];
}

/**
 * A layout from the seats a delegate list gives. Labels with a row ("A12", "T1-B-03") go to their block and row, seat
 * N in column N (counted from the row's lowest number in the block, so "A101" does not start at column 101; a block
 * whose numbers span more than a row holds is closed up, in order). Bare numbers ("12") have no row to go by: they
 * fill rows of `seatsPerRow` (by default as many as make the hall about twice as wide as deep), seat N at row ⌈N / seatsPerRow⌉. Blocks keep the order they first appear in, sorted.
 */
export function layoutFromSeats(labels: readonly string[], seatsPerRow?: number): LayoutFromSeats {
  const distinct = [...new Set(labels.map((l) => l.trim()).filter((l) => l !== ''))];
  const perRow = Math.max(1, Math.min(HALL_LIMITS.seatsPerRow, Math.floor(seatsPerRow ?? widescreenRow(distinct.length))));
  const blocks = new Map<string, Map<string, Map<number, string>>>();
  const numbers = new Map<number, string>();
  const unreadable: string[] = [];
  for (const label of distinct) {
    const place = parseSeatLabel(label);
    if (!place) {
      unreadable.push(label);
      continue;
    }
    if (place.row === '') {
      if (numbers.has(place.number)) unreadable.push(label);
      else numbers.set(place.number, label);
      continue;
    }
    const rows = blocks.get(place.block) ?? new Map<string, Map<number, string>>();
    blocks.set(place.block, rows);
    const seats = rows.get(place.row) ?? new Map<number, string>();
    rows.set(place.row, seats);
    if (seats.has(place.number)) unreadable.push(label);
    else seats.set(place.number, label);
  }

  const out: HallBlock[] = [];
  for (const name of [...blocks.keys()].sort((a, b) => a.localeCompare(b, 'vi', { numeric: true }))) {
    const rows = blocks.get(name)!;
    const all = [...rows.values()].flatMap((seats) => [...seats.keys()]);
    const low = Math.min(...all);
    const span = Math.max(...all) - low + 1;
    const closeUp = span > HALL_LIMITS.seatsPerRow;
    const names = [...rows.keys()].sort(compareRows).slice(0, HALL_LIMITS.rowsPerBlock);
    for (const dropped of [...rows.keys()].sort(compareRows).slice(HALL_LIMITS.rowsPerBlock)) unreadable.push(...rows.get(dropped)!.values());
    out.push({
      name,
      rows: names.map((row) => {
        const seats = rows.get(row)!;
        const order = [...seats.keys()].sort((a, b) => a - b);
        if (closeUp) return { name: row, seats: order.slice(0, HALL_LIMITS.seatsPerRow).map((n) => seats.get(n)!) };
        const line: (string | null)[] = Array.from({ length: order.at(-1)! - low + 1 }, () => null);
        for (const n of order) line[n - low] = seats.get(n)!;
        return { name: row, seats: line };
      }),
    });
  }
  if (numbers.size > 0) out.push(numberedBlock(numbers, perRow));
  if (unreadable.length > 0) {
    const rows: HallRow[] = [];
    for (let i = 0; i < unreadable.length; i += perRow) rows.push({ name: '?', seats: unreadable.slice(i, i + perRow) });
    out.push({ name: '?', rows });
  }
  return { layout: { blocks: out }, unreadable };
}

/**
 * Seats per row for bare numbers when none is given: a hall about twice as wide as deep, as a console's screen is, in
 * fives (1,500 seats: rows of 50; 100: rows of 15), so the map's seats are as large as the screen allows.
 */
export function widescreenRow(seats: number): number {
  return Math.max(10, Math.min(60, Math.round(Math.sqrt(seats * 1.8) / 5) * 5));
}

/** Bare seat numbers in rows of `perRow`, numbered from the front: seat N in row ⌈N / perRow⌉. */
function numberedBlock(numbers: Map<number, string>, perRow: number): HallBlock {
  const rows = new Map<number, (string | null)[]>();
  for (const [n, label] of numbers) {
    const row = Math.floor((n - 1) / perRow);
    const line = rows.get(row) ?? [];
    rows.set(row, line);
    line[(n - 1) % perRow] = label;
  }
  return {
    name: '',
    rows: [...rows.keys()]
      .sort((a, b) => a - b)
      .map((row) => ({ name: String(row + 1), seats: Array.from(rows.get(row)!, (s) => s ?? null) })),
  };
}

export interface GridSpec {
  /** Blocks side by side (aisles between them). */
  blocks: number;
  rows: number;
  /** Seats in each row of each block. */
  seatsPerRow: number;
  /** An aisle (a gap) after every this many seats of a row; 0 or none: no aisle. */
  aisleEvery?: number;
}

/** Row names A…Z, then AA, AB… (as halls letter them). */
export function rowName(index: number): string {
  let n = index;
  let name = '';
  do {
    name = String.fromCharCode(65 + (n % 26)) + name;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return name;
}

/**
 * A grid drawn by the secretariat: rows lettered from the front, seats numbered left to right across the whole row
 * (block 2's first seat follows block 1's last), so "A12" is one seat in the whole hall.
 */
export function gridLayout({ blocks, rows, seatsPerRow, aisleEvery = 0 }: GridSpec): HallLayout {
  const withAisles = (seats: string[]) =>
    aisleEvery > 0 ? seats.flatMap((seat, s) => ((s + 1) % aisleEvery === 0 && s + 1 < seats.length ? [seat, null] : [seat])) : seats;
  return {
    blocks: Array.from({ length: blocks }, (_, b) => ({
      name: blocks > 1 ? String(b + 1) : '',
      rows: Array.from({ length: rows }, (_, r) => ({
        name: rowName(r),
        seats: withAisles(Array.from({ length: seatsPerRow }, (_, s) => `${rowName(r)}${b * seatsPerRow + s + 1}`)),
      })),
    })),
  };
}

export type HallProblem =
  | { code: 'empty' }
  | { code: 'too_many_seats'; max: number; seats: number }
  | { code: 'too_many_blocks'; max: number }
  | { code: 'too_many_rows'; max: number; block: number }
  | { code: 'row_too_long'; max: number; block: number; row: number }
  | { code: 'blank_seat'; block: number; row: number; seat: number }
  | { code: 'label_too_long'; label: string; max: number }
  | { code: 'seat_twice'; label: string };

/** What is wrong with a layout, first problem first (an empty list: it may be saved). */
export function checkLayout(layout: HallLayout): HallProblem[] {
  const problems: HallProblem[] = [];
  if (layout.blocks.length > HALL_LIMITS.blocks) problems.push({ code: 'too_many_blocks', max: HALL_LIMITS.blocks });
  const seen = new Set<string>();
  const twice = new Set<string>();
  let seats = 0;
  layout.blocks.forEach((block, b) => {
    if (block.rows.length > HALL_LIMITS.rowsPerBlock) problems.push({ code: 'too_many_rows', max: HALL_LIMITS.rowsPerBlock, block: b });
    block.rows.forEach((row, r) => {
      if (row.seats.length > HALL_LIMITS.seatsPerRow) problems.push({ code: 'row_too_long', max: HALL_LIMITS.seatsPerRow, block: b, row: r });
      row.seats.forEach((label, s) => {
        if (label === null) return;
        const trimmed = label.trim();
        if (trimmed === '') return void problems.push({ code: 'blank_seat', block: b, row: r, seat: s });
        if (trimmed.length > HALL_LIMITS.label) problems.push({ code: 'label_too_long', label: trimmed, max: HALL_LIMITS.label });
        seats++;
        if (seen.has(trimmed) && !twice.has(trimmed)) {
          twice.add(trimmed);
          problems.push({ code: 'seat_twice', label: trimmed });
        }
        seen.add(trimmed);
      });
    });
  });
  if (seats === 0) problems.unshift({ code: 'empty' });
  if (seats > HALL_LIMITS.seats) problems.unshift({ code: 'too_many_seats', max: HALL_LIMITS.seats, seats });
  return problems;
}

export interface PlacedSeat {
  label: string;
  /** Cell column and row on the hall's grid (0, 0 top left, the front). */
  x: number;
  y: number;
}
export interface PlacedLayout {
  /** The grid's size in cells. */
  columns: number;
  rows: number;
  seats: PlacedSeat[];
  /** Row names, in the cell left of each block's row. */
  rowLabels: { text: string; x: number; y: number }[];
  /** Block names, above each block (none for unnamed blocks). */
  blockLabels: { text: string; x: number; y: number }[];
}

/**
 * Places a layout on a grid of cells: blocks side by side, one empty column between them and one for each block's
 * row names; a row above for block names when any block has one. Rows line up across blocks (row 3 of every block on
 * the same line), as in a hall.
 */
export function placeLayout(layout: HallLayout): PlacedLayout {
  const named = layout.blocks.some((b) => b.name !== '');
  const top = named ? 1 : 0;
  const seats: PlacedSeat[] = [];
  const rowLabels: PlacedLayout['rowLabels'] = [];
  const blockLabels: PlacedLayout['blockLabels'] = [];
  let x = 0;
  let height = 0;
  layout.blocks.forEach((block, b) => {
    const left = x + 1;
    const width = Math.max(0, ...block.rows.map((r) => r.seats.length));
    if (block.name !== '') blockLabels.push({ text: block.name, x: left, y: 0 });
    block.rows.forEach((row, r) => {
      rowLabels.push({ text: row.name, x: left - 1, y: top + r });
      row.seats.forEach((label, s) => {
        if (label !== null) seats.push({ label, x: left + s, y: top + r });
      });
    });
    height = Math.max(height, top + block.rows.length);
    x = left + width + (b < layout.blocks.length - 1 ? 1 : 0);
  });
  return { columns: x, rows: height, seats, rowLabels, blockLabels };
}

/** Every seat label of a layout, front to back. */
export const seatLabels = (layout: HallLayout): string[] => layout.blocks.flatMap((b) => b.rows.flatMap((r) => r.seats.filter((s): s is string => s !== null)));
