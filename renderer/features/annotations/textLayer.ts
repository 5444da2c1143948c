// The page's text as the text layer lays it out (one span per pdf.js text item, in order), as runs in page fractions:
// what a highlighter snaps to and what a stroke is anchored beside. The hub reads the same items from the PDF.
import { indexPage, type IndexedPage, type TextRun } from '../../../shared/domain/annotations/index.ts';

export function pageTextOf(page: HTMLElement | null): IndexedPage {
  const layer = page?.querySelector('.rt-text-layer');
  if (!page || !layer) return indexPage([]);
  const frame = page.getBoundingClientRect();
  const runs: TextRun[] = [];
  if (frame.width <= 0 || frame.height <= 0) return indexPage([]);
  for (const span of layer.querySelectorAll('span')) {
    if (span.children.length > 0 || !span.textContent) continue;
    const r = span.getBoundingClientRect();
    if (r.width <= 0 || r.height <= 0) continue;
    runs.push({ text: span.textContent, box: { x: (r.left - frame.left) / frame.width, y: (r.top - frame.top) / frame.height, w: r.width / frame.width, h: r.height / frame.height } });
  }
  return indexPage(runs);
}
