import fontkit from '@pdf-lib/fontkit';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument, rgb, type PDFFont } from 'pdf-lib';

/** Wraps text to a width in points, word by word. */
function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (font.widthOfTextAtSize(next, size) > width && line) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * An A4 document with Vietnamese text, set in the Noto Sans the project ships: the demo meeting's documents
 * are made here, so a newcomer sees real PDFs without the project shipping anyone else's files.
 */
export async function makeTextPdf(fontsDir: string, title: string, pages: string[][], footer: string): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  pdf.setTitle(title);
  pdf.setCreator('Roundtable');
  const regular = await pdf.embedFont(readFileSync(join(fontsDir, 'NotoSans-Regular.ttf')), { subset: true });
  const bold = await pdf.embedFont(readFileSync(join(fontsDir, 'NotoSans-Bold.ttf')), { subset: true });
  const [w, h] = [595.28, 841.89];
  const margin = 64;
  pages.forEach((paragraphs, index) => {
    const page = pdf.addPage([w, h]);
    let y = h - margin;
    page.drawText('ĐẢNG CỘNG SẢN VIỆT NAM', { x: w - margin - bold.widthOfTextAtSize('ĐẢNG CỘNG SẢN VIỆT NAM', 10), y, size: 10, font: bold, color: rgb(0.6, 0.05, 0.05) });
    y -= 48;
    if (index === 0) {
      for (const line of wrap(title.toUpperCase(), bold, 16, w - 2 * margin)) {
        page.drawText(line, { x: (w - bold.widthOfTextAtSize(line, 16)) / 2, y, size: 16, font: bold });
        y -= 24;
      }
      y -= 16;
    }
    for (const paragraph of paragraphs) {
      for (const line of wrap(paragraph, regular, 12, w - 2 * margin)) {
        page.drawText(line, { x: margin, y, size: 12, font: regular, lineHeight: 18 });
        y -= 18;
      }
      y -= 10;
    }
    const folio = `${footer} — ${index + 1}/${pages.length}`;
    page.drawText(folio, { x: (w - regular.widthOfTextAtSize(folio, 9)) / 2, y: 32, size: 9, font: regular, color: rgb(0.4, 0.4, 0.4) });
  });
  return pdf.save();
}
