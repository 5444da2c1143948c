// Finding a quote again in a document's pages, in the order and with the weights Hypothesis uses for web annotations
// (src/annotator/anchoring/match-quote.ts): the old position first, then the pages nearest the old one, exactly and then
// approximately (Myers' algorithm, approx-string-match), each match scored on the quote, its context and its distance.
import search from 'approx-string-match';
import { shownText } from './shown.ts';
import type { IndexedPage } from './text.ts';

/** The quoted text and 32 characters of context either side, in indexed text (NFC, no whitespace). */
export interface Quote {
  exact: string;
  prefix: string;
  suffix: string;
  /** The quote as the page shows it, spaces kept (shown.ts), for lists; never compared. Absent on older annotations. */
  shown?: string;
}

export const CONTEXT = 32;

/** Characters [start, end) of a page with their context, as an annotation records them. */
export function quoteOf(page: IndexedPage, start: number, end: number): Quote {
  return {
    exact: page.text.slice(start, end),
    prefix: page.text.slice(Math.max(0, start - CONTEXT), start),
    suffix: page.text.slice(end, end + CONTEXT),
    shown: shownText(page, start, end).slice(0, SHOWN_MAX),
  };
}

/** The longest `shown` kept: the longest quote (2,000 characters) with as many spaces. */
export const SHOWN_MAX = 4000;

export interface Found {
  page: number;
  start: number;
  end: number;
  /** 0..1: (50·quote + 20·prefix + 20·suffix + 2·position) / 92. */
  score: number;
  /** The quote matched character for character, and its context on one side at least (the other may have been edited). */
  exact: boolean;
}

/** Below this a match is not the annotation's text (Hypothesis's research threshold for "changed"). */
export const MIN_SCORE = 0.75;
/** A quote at least this long found letter for letter stands even when both contexts changed around it. */
const LONG_QUOTE = 12;
/** Approximate search looks this many pages either side of the old page (exact search looks everywhere). */
export const APPROX_PAGES = 3;

/** 1 for equal strings, falling with the edits between them (as Hypothesis's textMatchScore). */
function similarity(expected: string, actual: string): number {
  if (expected.length === 0) return 1;
  if (actual.length === 0) return 0;
  const matches = search(actual, expected, expected.length);
  const errors = matches.length === 0 ? expected.length : Math.min(...matches.map((m) => m.errors));
  return Math.max(0, 1 - errors / expected.length);
}

interface Hint {
  page: number;
  start: number;
}

function score(pages: readonly IndexedPage[], quote: Quote, hint: Hint, page: number, start: number, end: number, errors: number): Found {
  const text = (pages[page] as IndexedPage).text;
  const prefix = text.slice(Math.max(0, start - quote.prefix.length), start);
  const suffix = text.slice(end, end + quote.suffix.length);
  const quoteScore = quote.exact.length === 0 ? 0 : Math.max(0, 1 - errors / quote.exact.length);
  const prefixScore = similarity(quote.prefix, prefix);
  const suffixScore = similarity(quote.suffix, suffix);
  const pageDistance = Math.abs(page - hint.page);
  const position = pageDistance === 0 ? 1 - Math.min(1, Math.abs(start - hint.start) / Math.max(1, text.length)) : 1 / (1 + pageDistance) / 2;
  return {
    page,
    start,
    end,
    score: (50 * quoteScore + 20 * prefixScore + 20 * suffixScore + 2 * position) / 92,
    exact: errors === 0 && (prefix === quote.prefix || suffix === quote.suffix),
  };
}

/** Page indexes by distance from the hint, the nearer earlier page first on a tie. */
export function pagesByDistance(count: number, hint: number): number[] {
  const order = Array.from({ length: count }, (_, page) => page);
  return order.sort((a, b) => Math.abs(a - hint) - Math.abs(b - hint) || a - b);
}

const better = (a: Found | null, b: Found): Found => (a === null || b.score > a.score ? b : a);

/** The best place of a quote in the pages, or null when nothing is close enough to be it. */
export function findQuote(pages: readonly IndexedPage[], quote: Quote, hint: Hint): Found | null {
  const length = quote.exact.length;
  if (length === 0 || pages.length === 0) return null;
  // 1. The old position, when the same characters are still there.
  const hinted = pages[hint.page];
  if (hinted !== undefined && hinted.text.slice(hint.start, hint.start + length) === quote.exact) {
    const there = score(pages, quote, hint, hint.page, hint.start, hint.start + length, 0);
    if (there.exact) return there;
  }
  let best: Found | null = null;
  const order = pagesByDistance(pages.length, hint.page);
  // 2. Exact occurrences, nearest page first; an exact quote with exact context ends the search.
  for (const page of order) {
    const text = (pages[page] as IndexedPage).text;
    for (let at = text.indexOf(quote.exact); at >= 0; at = text.indexOf(quote.exact, at + 1)) {
      const found = score(pages, quote, hint, page, at, at + length, 0);
      if (found.exact) return found;
      best = better(best, found);
    }
  }
  // 3. Approximate occurrences on the nearest pages.
  const maxErrors = Math.min(256, Math.floor(length / 2));
  for (const page of order) {
    if (Math.abs(page - hint.page) > APPROX_PAGES) continue;
    for (const match of search((pages[page] as IndexedPage).text, quote.exact, maxErrors)) {
      best = better(best, score(pages, quote, hint, page, match.start, match.end, match.errors));
    }
  }
  if (best === null) return null;
  const exactQuote = (pages[best.page] as IndexedPage).text.slice(best.start, best.end) === quote.exact;
  return best.score >= MIN_SCORE || (exactQuote && length >= LONG_QUOTE) ? best : null;
}
