// pdf.js's text items as text runs in page fractions, worked out the same way on the tablet (its text layer) and at
// the hub (the carry-over), so offsets and line boxes agree on both sides.
import { type Box, type TextRun } from './text.ts';

/** What pdf.js's getTextContent gives per item (marked-content items have no `str` and are skipped). */
export interface PdfTextItem {
  str?: string;
  transform?: readonly number[];
  width?: number;
  height?: number;
}

/** The page's viewport at scale 1: its size and pdf.js's transform from PDF space to it. */
export interface PdfViewport {
  width: number;
  height: number;
  transform: readonly number[];
}

type Matrix = readonly number[];
const multiply = (m1: Matrix, m2: Matrix): number[] => {
  const [a1 = 0, b1 = 0, c1 = 0, d1 = 0, e1 = 0, f1 = 0] = m1;
  const [a2 = 0, b2 = 0, c2 = 0, d2 = 0, e2 = 0, f2 = 0] = m2;
  return [a1 * a2 + c1 * b2, b1 * a2 + d1 * b2, a1 * c2 + c1 * d2, b1 * c2 + d1 * d2, a1 * e2 + c1 * f2 + e1, b1 * e2 + d1 * f2 + f1];
};

const clamp = (value: number) => Math.min(1, Math.max(0, value));

function boxOf(item: Required<Pick<PdfTextItem, 'transform' | 'width'>>, viewport: PdfViewport): Box | null {
  if (viewport.width <= 0 || viewport.height <= 0) return null;
  // As pdf.js's text layer: the item's matrix into the viewport; its font height is the length of the y axis.
  const [, , c = 0, d = 0, e = 0, f = 0] = multiply(viewport.transform, item.transform);
  const height = Math.hypot(c, d);
  const scale = Math.hypot(viewport.transform[0] ?? 0, viewport.transform[1] ?? 0) || 1;
  const x = clamp(e / viewport.width);
  const y = clamp((f - height) / viewport.height);
  return { x, y, w: clamp((e + item.width * scale) / viewport.width) - x, h: clamp(f / viewport.height) - y };
}

/** The page's text runs, in pdf.js's order (reading order for most PDFs), empty ones dropped. */
export function textRuns(items: readonly PdfTextItem[], viewport: PdfViewport): TextRun[] {
  const runs: TextRun[] = [];
  for (const item of items) {
    if (typeof item.str !== 'string' || item.str.trim() === '' || !item.transform || typeof item.width !== 'number') continue;
    const box = boxOf({ transform: item.transform, width: item.width }, viewport);
    if (box && box.h > 0) runs.push({ text: item.str, box });
  }
  return runs;
}
