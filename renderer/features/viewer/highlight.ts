// Search matches marked in a page's text layer. The layer's text is read as the search read it (its pieces in
// order, a space for each line break), matched with the shared folding rule, and each match wrapped in <mark>
// pieces inside pdf.js's spans, which keeps their placement (the text stays transparent; the mark is coloured).
import { findFolded } from '../../../shared/domain/text-fold.ts';

export const HIT_CLASS = 'rt-hit';

/** Takes away earlier marks, leaving the spans' text as pdf.js laid it. */
export function clearHighlights(layer: HTMLElement): void {
  const marks = layer.querySelectorAll(`mark.${HIT_CLASS}`);
  if (marks.length === 0) return;
  const parents = new Set<Node>();
  for (const mark of marks) {
    const parent = mark.parentNode;
    if (!parent) continue;
    parent.replaceChild(document.createTextNode(mark.textContent ?? ''), mark);
    parents.add(parent);
  }
  for (const parent of parents) parent.normalize();
}

interface Piece {
  node: Text;
  start: number;
}

/** Marks every match of `query` in the layer; returns the marks in reading order (none for an empty query). */
export function highlightMatches(layer: HTMLElement, query: string): HTMLElement[] {
  clearHighlights(layer);
  if (query.trim() === '') return [];
  const pieces: Piece[] = [];
  let text = '';
  const walker = document.createTreeWalker(layer, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) {
      pieces.push({ node: node as Text, start: text.length });
      text += (node as Text).data;
    } else if ((node as Element).tagName === 'BR') {
      text += ' ';
    }
  }
  const marks: HTMLElement[] = [];
  // From the last match back, so the text nodes before a split keep their offsets.
  for (const match of findFolded(text, query).reverse()) {
    for (let i = pieces.length - 1; i >= 0; i--) {
      const piece = pieces[i]!;
      const from = Math.max(match.start, piece.start) - piece.start;
      const to = Math.min(match.end, piece.start + piece.node.data.length) - piece.start;
      if (to <= from) continue;
      const range = document.createRange();
      range.setStart(piece.node, from);
      range.setEnd(piece.node, to);
      const mark = document.createElement('mark');
      mark.className = HIT_CLASS;
      range.surroundContents(mark);
      marks.push(mark);
    }
  }
  return marks.reverse();
}
