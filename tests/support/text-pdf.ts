import { PDFDocument, StandardFonts } from 'pdf-lib';

/**
 * A PDF whose pages hold these lines of text (Helvetica, ASCII), one line every 24 points from the top, each line one
 * text item: for tests of what is anchored to a page's text.
 */
export async function textPdf(pages: readonly (readonly string[])[]): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (const lines of pages) {
    const page = pdf.addPage([595, 842]);
    lines.forEach((line, i) => page.drawText(line, { x: 72, y: 770 - 24 * i, size: 14, font }));
  }
  return Buffer.from(await pdf.save({ useObjectStreams: false }));
}
