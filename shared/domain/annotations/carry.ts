// Carrying an annotation to a new version of its document: where it lands and whether it stayed, moved or was lost.
// Highlights follow their quoted text; strokes and notes follow the line of text they were drawn beside, moved with it
// and scaled by the ratio of its line heights; without text (a scanned page) they keep their place on the same page.
import { findQuote, quoteOf, type Quote } from './quote.ts';
import { rangeBox, rangeBoxes, type Box, type IndexedPage } from './text.ts';

/** A highlight's text: its offsets in the page's indexed text, and the quote with its context. */
export interface TextAnchor {
  start: number;
  end: number;
  quote: Quote;
}

/** The line a stroke or note was drawn beside: its offsets, quote and box at the time. */
export interface LineAnchor extends TextAnchor {
  box: Box;
}

/** Where an annotation sits: a page, and the text that holds it there (none on a page without text). */
export interface Placement {
  page: number;
  /** A highlight's text. */
  text?: TextAnchor | null;
  /** A stroke's or note's line. */
  line?: LineAnchor | null;
  /** A highlight's boxes over its text. */
  rects?: Box[];
  /** A stroke's points or a note's spot: [x, y, pressure?] in page fractions. */
  points?: number[][];
}

/**
 * kept: the same text, with its context on one side at least, on the same page; moved: found on another page or with its text changed;
 * orphan ("not found"): left at its place on the same page (the last page when that page is gone).
 */
export type CarryStatus = 'kept' | 'moved' | 'orphan';

export interface Carried {
  status: CarryStatus;
  placement: Placement;
  /** no_text: the page has no text to check against, so the place is kept unchecked. */
  reason?: 'no_text';
}

/** Points moved with their line from one box to another: the offset from the line's corner scaled by the height ratio. */
export function moveWithLine(points: readonly number[][], from: Box, to: Box): number[][] {
  const scale = from.h > 0 && to.h > 0 ? to.h / from.h : 1;
  return points.map(([x = 0, y = 0, ...rest]) => [to.x + (x - from.x) * scale, to.y + (y - from.y) * scale, ...rest]);
}

function lastPage(pages: readonly IndexedPage[], page: number): number {
  return Math.max(0, Math.min(page, pages.length - 1));
}

function orphan(pages: readonly IndexedPage[], placement: Placement): Carried {
  return { status: 'orphan', placement: { ...placement, page: lastPage(pages, placement.page) } };
}

export function carry(pages: readonly IndexedPage[], placement: Placement): Carried {
  const anchor = placement.text ?? placement.line ?? null;
  if (anchor === null) {
    // Drawn where there was no text: the same page still without text is taken as the same scan.
    const page = pages[placement.page];
    return page !== undefined && page.text.length === 0 ? { status: 'kept', placement, reason: 'no_text' } : orphan(pages, placement);
  }
  const found = findQuote(pages, anchor.quote, { page: placement.page, start: anchor.start });
  if (found === null) return orphan(pages, placement);
  const page = pages[found.page] as IndexedPage;
  const moved = { start: found.start, end: found.end, quote: quoteOf(page, found.start, found.end) };
  const status: CarryStatus = found.exact && found.page === placement.page ? 'kept' : 'moved';
  const next: Placement = { ...placement, page: found.page };
  if (placement.text) {
    next.text = moved;
    next.rects = rangeBoxes(page, found.start, found.end);
  }
  if (placement.line) {
    const box = rangeBox(page, found.start, found.end) ?? placement.line.box;
    next.line = { ...moved, box };
    if (placement.points) next.points = moveWithLine(placement.points, placement.line.box, box);
  }
  return { status, placement: next };
}
