// "My annotated copy": the document's PDF with the delegate's annotations drawn on its pages (strokes as filled
// outlines, highlights, notes with their words) and, for a restricted document, the reader's watermark on every page.
// Made on the tablet from its own copy of the document, so it works with the hub out of reach.
import fontkit from '@pdf-lib/fontkit';
import { degrees, PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import type { Annotation } from '../../../shared/protocol/index.ts';
import { inkPath, PAGE_UNITS } from './ink.ts';

export interface CopyInput {
  pdf: Uint8Array;
  /** The annotations of this version (tombstones are skipped). */
  annotations: readonly Pick<Annotation, 'kind' | 'body' | 'deleted'>[];
  /** The reader's name and seat for a restricted document; null for an open one. */
  watermark: readonly string[] | null;
  /** A font with every Vietnamese letter (Noto Sans), for notes and the watermark. */
  font: Uint8Array;
  /** The words a note's mark is labelled with ("Ghi chú"). */
  noteLabel: string;
}

const colour = (hex: string) => rgb(parseInt(hex.slice(1, 3), 16) / 255, parseInt(hex.slice(3, 5), 16) / 255, parseInt(hex.slice(5, 7), 16) / 255);

function drawInk(page: PDFPage, body: Annotation['body']): void {
  const { width, height } = page.getSize();
  const d = inkPath(body.points ?? [], body.width ?? 3, height / width);
  if (!d) return;
  // The path is in a page PAGE_UNITS wide with y downwards; pdf-lib's SVG paths are too, from (x, y) at the top left.
  page.drawSvgPath(d, { x: 0, y: height, scale: width / PAGE_UNITS, color: colour(body.color ?? '#111827'), borderWidth: 0 });
}

function drawHighlight(page: PDFPage, body: Annotation['body']): void {
  const { width, height } = page.getSize();
  for (const r of body.rects ?? []) {
    page.drawRectangle({ x: r.x * width, y: height - (r.y + r.h) * height, width: r.w * width, height: r.h * height, color: colour(body.color ?? '#facc15'), opacity: 0.38 });
  }
}

/** Words broken into lines no wider than `max` points. */
function wrap(text: string, font: PDFFont, size: number, max: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/)) {
      const next = line ? `${line} ${word}` : word;
      if (line && font.widthOfTextAtSize(next, size) > max) {
        lines.push(line);
        line = word;
      } else line = next;
    }
    lines.push(line);
  }
  return lines;
}

function drawNote(page: PDFPage, body: Annotation['body'], font: PDFFont, label: string): void {
  const { width, height } = page.getSize();
  const [x = 0, y = 0] = body.points?.[0] ?? [];
  const size = Math.max(7, width / 70);
  const boxWidth = Math.min(width * 0.4, 220);
  const lines = [label, ...wrap(body.note ?? '', font, size, boxWidth - size)];
  const boxHeight = lines.length * size * 1.3 + size * 0.6;
  // The box opens beside the spot, kept on the page.
  const left = Math.min(Math.max(0, x * width), width - boxWidth);
  const top = Math.min(Math.max(boxHeight, height - y * height), height);
  const tone = colour(body.color ?? '#facc15');
  page.drawCircle({ x: x * width, y: height - y * height, size: size * 0.5, color: tone, borderColor: rgb(0.2, 0.2, 0.2), borderWidth: 0.5 });
  page.drawRectangle({ x: left, y: top - boxHeight, width: boxWidth, height: boxHeight, color: rgb(1, 0.98, 0.85), borderColor: tone, borderWidth: 1, opacity: 0.95 });
  lines.forEach((line, i) => page.drawText(line, { x: left + size * 0.5, y: top - size * 1.2 - i * size * 1.3, size, font, color: rgb(0.1, 0.1, 0.1) }));
}

/** Diagonal, faint, repeated: as the viewer draws it over a restricted page (viewer/watermark.ts). */
function drawWatermark(page: PDFPage, lines: readonly string[], font: PDFFont): void {
  const { width, height } = page.getSize();
  const size = Math.max(10, Math.min(width, height) / 26);
  const angle = Math.atan2(height, width);
  const text = lines.join('  ·  ');
  const step = font.widthOfTextAtSize(text, size) + size * 4;
  for (let row = -3; row * size * 5 < height + width; row++) {
    for (let col = -1; col * step < width * 1.5; col++) {
      const x = col * step + (row % 2 ? step / 2 : 0);
      const y = row * size * 5;
      page.drawText(text, { x, y: y - x * Math.tan(angle) + height / 2, size, font, color: rgb(0.7, 0.14, 0.09), opacity: 0.16, rotate: degrees((angle * 180) / Math.PI) });
    }
  }
}

export async function annotatedCopy(input: CopyInput): Promise<Uint8Array> {
  const doc = await PDFDocument.load(input.pdf, { ignoreEncryption: false, updateMetadata: false });
  doc.registerFontkit(fontkit);
  const font = await doc.embedFont(input.font, { subset: true });
  const pages = doc.getPages();
  for (const a of input.annotations) {
    if (a.deleted || a.kind === 'item_note') continue;
    const page = pages[a.body.page ?? 0];
    if (!page) continue;
    if (a.kind === 'highlight') drawHighlight(page, a.body);
    if (a.kind === 'ink') drawInk(page, a.body);
  }
  // Notes over strokes and highlights, so their words stay readable.
  for (const a of input.annotations) {
    const page = pages[a.body.page ?? 0];
    if (!a.deleted && a.kind === 'note' && page) drawNote(page, a.body, font, input.noteLabel);
  }
  if (input.watermark && input.watermark.length > 0) for (const page of pages) drawWatermark(page, input.watermark, font);
  return doc.save();
}
