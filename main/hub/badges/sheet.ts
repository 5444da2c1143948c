import fontkit from '@pdf-lib/fontkit';
import { PDFDocument } from 'pdf-lib';
import { badgePlan } from './badge-layout.ts';
import type { BadgeCard } from './card.ts';
import { badgeMetrics, fontBytes } from './fonts.ts';
import { paintPdf } from './pdf-painter.ts';
import { A4, DEFAULT_PER_PAGE, cutGuides, sheetGrid } from './sheet-grid.ts';

export { renderBadgePng } from './png.ts';

/**
 * The badges as an A4 PDF, `perPage` to a page (1, 2, 4, 6, 8 or 10; 8 by default), in the order given, with
 * cut lines. Names are set in the embedded Noto Sans, so every Vietnamese letter prints and copies out right.
 */
export async function renderBadgeSheet(cards: readonly BadgeCard[], options: { perPage?: number } = {}): Promise<Uint8Array> {
  const grid = sheetGrid(options.perPage ?? DEFAULT_PER_PAGE);
  if (cards.length === 0) throw new Error('There are no badges to print: the list of delegates is empty.');
  const metrics = badgeMetrics();

  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  // Subset: only the letters the names use, not the whole font in every sheet.
  const fonts = {
    regular: await pdf.embedFont(fontBytes('regular'), { subset: true }),
    bold: await pdf.embedFont(fontBytes('bold'), { subset: true }),
  };
  const meetingTitle = cards[0]?.meetingTitle ?? '';
  pdf.setTitle(`Thẻ đại biểu – ${meetingTitle}`);
  pdf.setLanguage('vi-VN');
  pdf.setCreator('Roundtable');
  pdf.setProducer('Roundtable');

  for (let start = 0; start < cards.length; start += grid.perPage) {
    const page = pdf.addPage([A4.width, A4.height]);
    const onPage = cards.slice(start, start + grid.perPage);
    paintPdf(page, cutGuides(grid, onPage.length), 0, 0, fonts);
    onPage.forEach((card, index) => {
      const origin = grid.cellOrigin(index);
      paintPdf(page, badgePlan(card, grid.cell, metrics).paints, origin.x, origin.y, fonts);
    });
    // A congress's 1,500 badges take seconds: let the hub answer its tablets between pages.
    await new Promise((resolve) => setImmediate(resolve));
  }
  return pdf.save();
}
