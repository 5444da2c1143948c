import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { renderBadgeSheetOffThread } from './sheet-thread.ts';
import { testCards } from './test-cards.ts';

describe('renderBadgeSheetOffThread', () => {
  it('renders the same sheet as on the hub thread, in a worker', async () => {
    const pdf = await renderBadgeSheetOffThread(testCards(17), { perPage: 8 });
    const doc = await PDFDocument.load(pdf);
    expect(doc.getPageCount()).toBe(3);
    expect(doc.getTitle()).toContain('Thẻ đại biểu');
  });

  it("rejects with the renderer's own message", async () => {
    await expect(renderBadgeSheetOffThread(testCards(3), { perPage: 7 })).rejects.toThrow('Badges per page must be 1, 2, 4, 6, 8 or 10 (got 7).');
    await expect(renderBadgeSheetOffThread([])).rejects.toThrow('the list of delegates is empty');
  });
});
