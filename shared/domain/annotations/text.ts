// A page's text as annotations see it: the PDF's text runs with their boxes, joined in reading order, in Unicode NFC
// and without whitespace (as Hypothesis compares text), so an offset means the same on the tablet and at the hub
// whatever the PDF's spacing or normal form (a Vietnamese PDF may carry its tone marks precomposed or combining).

/** A box in page fractions: 0..1 from the page's top-left corner. */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** One piece of text as the PDF lays it out (a pdf.js text item), its box in page fractions. */
export interface TextRun {
  text: string;
  box: Box;
}

/** Where one character of a page's indexed text sits: its run and its share of the run's width. */
interface CharPlace {
  run: number;
  from: number;
  to: number;
}

/** A line of text: its offsets in the page's indexed text and the union of its runs' boxes. */
export interface TextLine {
  start: number;
  end: number;
  box: Box;
}

/** A page ready for anchoring: its indexed text, where each character sits, and its lines. */
export interface IndexedPage {
  /** NFC, no whitespace. Empty for a scanned page. */
  text: string;
  runs: readonly TextRun[];
  places: readonly CharPlace[];
  lines: readonly TextLine[];
}

const SPACE = /\s/u;

/** Indexes a page's runs once; every anchoring question about the page is asked of the result. */
export function indexPage(runs: readonly TextRun[]): IndexedPage {
  let text = '';
  const places: CharPlace[] = [];
  const runSpans: { start: number; end: number }[] = [];
  runs.forEach((run, index) => {
    const chars = run.text.normalize('NFC');
    const start = text.length;
    for (let i = 0; i < chars.length; i += 1) {
      const char = chars[i] as string;
      if (SPACE.test(char)) continue;
      text += char;
      places.push({ run: index, from: i / chars.length, to: (i + 1) / chars.length });
    }
    runSpans.push({ start, end: text.length });
  });
  return { text, runs, places, lines: linesOf(runs, runSpans) };
}

/** Runs that overlap vertically and go on rightwards are one line. */
function linesOf(runs: readonly TextRun[], spans: readonly { start: number; end: number }[]): TextLine[] {
  const lines: TextLine[] = [];
  let current: TextLine | null = null;
  let lastRight = 0;
  runs.forEach((run, index) => {
    const span = spans[index] as { start: number; end: number };
    if (span.end === span.start) return;
    const middle = run.box.y + run.box.h / 2;
    const sameLine = current !== null && middle >= current.box.y && middle <= current.box.y + current.box.h && run.box.x >= lastRight - run.box.h;
    if (current !== null && sameLine) {
      current.end = span.end;
      current.box = union(current.box, run.box);
    } else {
      current = { start: span.start, end: span.end, box: { ...run.box } };
      lines.push(current);
    }
    lastRight = run.box.x + run.box.w;
  });
  return lines;
}

export function union(a: Box, b: Box): Box {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return { x, y, w: Math.max(a.x + a.w, b.x + b.w) - x, h: Math.max(a.y + a.h, b.y + b.h) - y };
}

/** The boxes covering characters [start, end): one per run they cross, cut to the characters' share of it. */
export function rangeBoxes(page: IndexedPage, start: number, end: number): Box[] {
  const boxes: Box[] = [];
  let run = -1;
  let from = 0;
  let to = 0;
  const flush = (): void => {
    if (run < 0) return;
    const box = (page.runs[run] as TextRun).box;
    boxes.push({ x: box.x + from * box.w, y: box.y, w: (to - from) * box.w, h: box.h });
  };
  for (let i = Math.max(0, start); i < Math.min(end, page.places.length); i += 1) {
    const place = page.places[i] as CharPlace;
    if (place.run !== run) {
      flush();
      run = place.run;
      from = place.from;
    }
    to = place.to;
  }
  flush();
  return boxes;
}

/** The box of characters [start, end) as one: a line's box when they are one line. */
export function rangeBox(page: IndexedPage, start: number, end: number): Box | null {
  const boxes = rangeBoxes(page, start, end);
  return boxes.length === 0 ? null : boxes.reduce(union);
}

const distance = (value: number, low: number, high: number): number => (value < low ? low - value : value > high ? value - high : 0);

/** The line nearest a box (a stroke's bounds, a note's spot): vertically first, then across. Null on a page without text. */
export function lineNear(page: IndexedPage, box: Box): TextLine | null {
  const middleY = box.y + box.h / 2;
  const middleX = box.x + box.w / 2;
  let best: TextLine | null = null;
  let bestScore = Infinity;
  for (const line of page.lines) {
    const score = distance(middleY, line.box.y, line.box.y + line.box.h) * 4 + distance(middleX, line.box.x, line.box.x + line.box.w);
    if (score < bestScore) {
      best = line;
      bestScore = score;
    }
  }
  return best;
}

/**
 * Where a highlighter's start or end snaps to in the text: the character under the point, else the nearest one of the
 * nearest line; `end` gives the offset after it. Null on a page without text.
 */
export function offsetAt(page: IndexedPage, x: number, y: number, side: 'start' | 'end'): number | null {
  const line = lineNear(page, { x, y, w: 0, h: 0 });
  if (line === null) return null;
  let best = line.start;
  let bestDistance = Infinity;
  for (let i = line.start; i < line.end; i += 1) {
    const place = page.places[i] as CharPlace;
    const box = (page.runs[place.run] as TextRun).box;
    const left = box.x + place.from * box.w;
    const right = box.x + place.to * box.w;
    const d = distance(x, left, right);
    if (d < bestDistance) {
      bestDistance = d;
      best = i;
    }
  }
  return side === 'start' ? best : best + 1;
}
