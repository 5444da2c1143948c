// Full-text search of the open document. Each page's text is asked of pdf.js (its worker reads the page, off the
// main thread) once, kept for the next search, and matched with the shared folding rule: "ngan sach" finds
// "ngân sách". Pages are read in order and results reported as they come, so the first pages answer at once.
import { findFolded } from '../../../shared/domain/text-fold.ts';
import type { PdfDocument } from '../pdf/types.ts';

/** A page with matches: how many, and the first one with some words around it. */
export interface SearchHit {
  /** 0-based. */
  page: number;
  count: number;
  before: string;
  match: string;
  after: string;
}

export interface SearchProgress {
  hits: SearchHit[];
  /** Pages read so far, of `pages`. */
  read: number;
  pages: number;
  done: boolean;
}

const texts = new WeakMap<PdfDocument, Map<number, Promise<string>>>();

/** A page's text, read once per open document. */
function pageText(pdf: PdfDocument, index: number): Promise<string> {
  let known = texts.get(pdf);
  if (!known) texts.set(pdf, (known = new Map()));
  let text = known.get(index);
  if (!text) {
    // A page whose text cannot be read has no matches; the search goes on.
    text = pdf.getText ? pdf.getText(index + 1).catch(() => '') : Promise.resolve('');
    known.set(index, text);
  }
  return text;
}

const CONTEXT = 40;

/** Words around a match, cut at a space so no word is cut in half. */
export function snippet(text: string, start: number, end: number): Pick<SearchHit, 'before' | 'match' | 'after'> {
  let from = Math.max(0, start - CONTEXT);
  let to = Math.min(text.length, end + CONTEXT);
  if (from > 0) from = text.indexOf(' ', from) + 1 || from;
  if (to < text.length) to = text.lastIndexOf(' ', to) > end ? text.lastIndexOf(' ', to) : to;
  const squash = (part: string) => part.replace(/\s+/g, ' ');
  return {
    before: (from > 0 ? '…' : '') + squash(text.slice(from, start)).trimStart(),
    match: squash(text.slice(start, end)),
    after: squash(text.slice(end, to)).trimEnd() + (to < text.length ? '…' : ''),
  };
}

/** Searches every page in order, reporting after each batch; stops when `signal` aborts. */
export async function searchDocument(pdf: PdfDocument, query: string, report: (progress: SearchProgress) => void, signal: AbortSignal): Promise<void> {
  const pages = pdf.numPages;
  const hits: SearchHit[] = [];
  const BATCH = 8;
  for (let first = 0; first < pages; first += BATCH) {
    const indexes = Array.from({ length: Math.min(BATCH, pages - first) }, (_, i) => first + i);
    const batch = await Promise.all(indexes.map((index) => pageText(pdf, index)));
    if (signal.aborted) return;
    for (const [i, text] of batch.entries()) {
      const matches = findFolded(text, query);
      const [firstMatch] = matches;
      if (firstMatch) hits.push({ page: indexes[i]!, count: matches.length, ...snippet(text, firstMatch.start, firstMatch.end) });
    }
    const read = first + indexes.length;
    report({ hits: [...hits], read, pages, done: read === pages });
  }
  if (pages === 0) report({ hits: [], read: 0, pages: 0, done: true });
}
