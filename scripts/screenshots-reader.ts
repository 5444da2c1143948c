// `node scripts/screenshots-reader.ts` (after `npm run build:web`): the reader on a tablet, landscape 1280×800 and
// portrait 800×1280, in Vietnamese and English: continuous reading, the thumbnails, search results, the outline.
// Writes docs/screenshots/reader-<what>-<orientation>-<vi|en>.png. The documents come from the device library.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { fixture } from '../tests/support/fixtures.ts';
import { documentsOnDevice, openReaderRoom, pageDrawn } from '../tests/support/reader.ts';

const OUT = join(import.meta.dirname, '../docs/screenshots');
const SIZES = { landscape: { width: 1280, height: 800 }, portrait: { width: 800, height: 1280 } } as const;

const room = await openReaderRoom();
try {
  const id = await room.attach(new Uint8Array(fixture('lshort-vi.pdf')), 'Hướng dẫn soạn thảo văn bản (169 trang)');
  let delegate = 0;
  for (const language of ['vi', 'en'] as const) {
    for (const [orientation, viewport] of Object.entries(SIZES)) {
      const { pad, context } = await room.tablet(delegate++, viewport, language === 'vi' ? 'vi-VN' : 'en-GB');
      await documentsOnDevice(pad, 120_000);
      await pad.getByTestId(`language-${language}`).click();
      const shot = async (what: string) => {
        await settle(pad);
        await pad.screenshot({ path: join(OUT, `reader-${what}-${orientation}-${language}.png`) });
      };
      await pad.goto(`${room.t.hub.url}/tablet/demo/documents/${id}?page=13`);
      await pageDrawn(pad, 13);
      await shot('reading');

      await pad.getByTestId('viewer-open-thumbnails').click();
      await pad.locator('[data-testid="viewer-thumbnail"][data-page="13"][data-drawn="true"]').waitFor({ timeout: 15_000 });
      await shot('thumbnails');

      await pad.getByTestId('viewer-tab-outline').click();
      await pad.getByTestId('viewer-outline').waitFor({ timeout: 15_000 });
      await shot('outline');

      await pad.getByTestId('viewer-tab-search').click();
      await pad.getByTestId('viewer-search-input').fill('van ban');
      await pad.locator('[data-testid="viewer-search-status"][data-done="true"]').waitFor({ timeout: 60_000 });
      const second = pad.getByTestId('viewer-search-result').nth(1);
      const target = Number(await second.getAttribute('data-page'));
      await second.click();
      await pageDrawn(pad, target);
      await pad.locator(`[data-testid="viewer-page-view"][data-page-number="${target}"] mark.rt-hit`).first().waitFor({ timeout: 10_000 });
      await shot('search');
      await context.close();
    }
  }
  if (room.problems.length > 0) throw new Error(`errors in the page: ${room.problems.join('; ')}`);
  if (room.foreign.flat().length > 0) throw new Error(`requests to other hosts: ${room.foreign.flat().join(', ')}`);
} finally {
  await room.close();
}

/** Fonts loaded, two frames drawn: what the reader would see. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await document.fonts.ready;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });
  await page.waitForTimeout(300);
}
