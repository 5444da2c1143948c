import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { PNG } from 'pngjs';
import { afterAll, describe, expect, it } from 'vitest';
import type { Annotation } from '../../../shared/protocol/index.ts';
import { annotatedCopy } from './export.ts';

const font = new Uint8Array(readFileSync(new URL('../../../resources/fonts/NotoSans-Regular.ttf', import.meta.url)));
const dir = mkdtempSync(join(tmpdir(), 'annotated-copy-'));
afterAll(() => (process.env.KEEP_COPY ? undefined : rmSync(dir, { recursive: true, force: true })));

async function plainPdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const helvetica = await pdf.embedFont(StandardFonts.Helvetica);
  for (let i = 0; i < 2; i++) pdf.addPage([595, 842]).drawText(`Budget page ${i + 1}`, { x: 72, y: 770, size: 14, font: helvetica });
  return pdf.save();
}

/** Renders one page with poppler's pdftoppm (a reader the project did not write) and reads its pixels. */
function render(bytes: Uint8Array, name: string, page = 1): PNG {
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, bytes);
  execFileSync('pdftoppm', ['-r', '36', '-f', String(page), '-l', String(page), '-png', '-singlefile', file, join(dir, name)]);
  return PNG.sync.read(readFileSync(join(dir, `${name}.png`)));
}
const pixel = (png: PNG, fx: number, fy: number) => {
  const i = (Math.round(fy * (png.height - 1)) * png.width + Math.round(fx * (png.width - 1))) * 4;
  return [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
};

const stroke: Pick<Annotation, 'kind' | 'body' | 'deleted'> = {
  kind: 'ink',
  deleted: false,
  body: { page: 0, color: '#dc2626', width: 12, points: Array.from({ length: 30 }, (_, i) => [0.2 + i * 0.02, 0.5, 0.7]), line: null },
};
const highlight: Pick<Annotation, 'kind' | 'body' | 'deleted'> = {
  kind: 'highlight',
  deleted: false,
  body: { page: 0, color: '#15803d', text: { start: 0, end: 6, quote: { exact: 'Budget', prefix: '', suffix: '' } }, rects: [{ x: 0.1, y: 0.3, w: 0.5, h: 0.04 }] },
};
const note: Pick<Annotation, 'kind' | 'body' | 'deleted'> = {
  kind: 'note',
  deleted: false,
  body: { page: 1, note: 'Hỏi lại con số chi cho giáo dục', points: [[0.3, 0.7]], line: null },
};

describe('my annotated copy', () => {
  it('draws the strokes, highlights and notes into a PDF that poppler renders', async () => {
    const original = await plainPdf();
    const copy = await annotatedCopy({ pdf: original, annotations: [stroke, highlight, note, { ...stroke, deleted: true, body: { ...stroke.body, points: [[0.5, 0.9], [0.6, 0.9]] } }], watermark: null, font, noteLabel: 'Ghi chú' });
    const before = render(original, 'before');
    const after = render(copy, 'after');
    // On the stroke: red where the page was white.
    expect(pixel(before, 0.5, 0.5)).toEqual([255, 255, 255]);
    const [r, g, b] = pixel(after, 0.5, 0.5);
    expect(r).toBeGreaterThan(180);
    expect(g).toBeLessThan(90);
    expect(b).toBeLessThan(90);
    // Under the highlight: tinted green, still light (the text shows through).
    const [hr = 0, hg = 0] = pixel(after, 0.4, 0.32);
    expect(hg).toBeGreaterThan(hr + 30);
    // The removed stroke is not drawn.
    expect(pixel(after, 0.55, 0.9)).toEqual([255, 255, 255]);
    // The note's words are in the PDF's text, in Vietnamese.
    const text = execFileSync('pdftotext', [join(dir, 'after.pdf'), '-'], { encoding: 'utf8' });
    expect(text.normalize('NFC')).toContain('Hỏi lại con số chi cho giáo dục');
    expect(text).toContain('Ghi chú');
  });

  it('keeps the watermark of a restricted document on every page', async () => {
    const copy = await annotatedCopy({ pdf: await plainPdf(), annotations: [stroke], watermark: ['Nguyễn Văn An', 'Ghế A01'], font, noteLabel: 'Ghi chú' });
    // Faint red ink across the page where the open copy has none.
    const open = await annotatedCopy({ pdf: await plainPdf(), annotations: [], watermark: null, font, noteLabel: 'Ghi chú' });
    for (const page of [1, 2]) {
      const plain = render(open, `open-${page}`, page);
      const marked = render(copy, `marked-${page}`, page);
      let tinted = 0;
      for (let i = 0; i < marked.data.length; i += 4) if (marked.data[i]! > marked.data[i + 1]! + 10 && plain.data[i] === plain.data[i + 1]) tinted++;
      expect(tinted, `page ${page}`).toBeGreaterThan(marked.width * marked.height * 0.02);
    }
  });
});
