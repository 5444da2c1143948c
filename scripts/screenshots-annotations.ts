// `node scripts/screenshots-annotations.ts` (after `npm run build:web`): a delegate's page with ink, a highlight on
// the text and a note, on a landscape tablet 1280×800, in Vietnamese and English.
// Writes docs/screenshots/annotations-page-<vi|en>.png. The "moved after a new version" screen is not taken here yet.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { hubOnlyContext, launchChromium } from '../tests/support/browser.ts';
import { startTestHub } from '../tests/support/hub.ts';
import { seedPublishedMeeting } from '../tests/support/preload.ts';
import { pairByRoomQr, roomQrLink, signInWithCode } from '../tests/support/tablet.ts';

const OUT = join(import.meta.dirname, '../docs/screenshots');
const WEB_ROOT = join(import.meta.dirname, '../dist/renderer');
const VIEWPORT = { width: 1280, height: 800 };

const t = await startTestHub({ webRoot: WEB_ROOT, requirePairing: true });
const browser = await launchChromium();
try {
  const seeded = await seedPublishedMeeting(t.hub.url, t.passcode);
  const { context } = await hubOnlyContext(browser, t.hub.url, { viewport: VIEWPORT, locale: 'vi-VN' });
  const page = await context.newPage();
  await pairByRoomQr(page, await roomQrLink(t.hub.url, t.passcode, seeded.meetingId));
  await signInWithCode(page, seeded.reader.shortCode);
  await page.getByTestId('agenda-item-button').first().click();
  await page.locator(`[data-testid="document-item"][data-document-id="${seeded.documents.open}"] [data-testid="document-open"]`).click();
  await page.locator('[data-testid="viewer-page-view"][data-page-number="1"][data-rendered="true"]').waitFor({ timeout: 20_000 });
  await page.locator('[data-testid="annotation-layer"][data-page="0"]').waitFor({ timeout: 10_000 });
  await stroke(page, 'annotation-tool-highlighter', 0.1, 0.9, 0.12);
  await stroke(page, 'annotation-tool-pen', 0.2, 0.6, 0.3);
  await page.getByTestId('annotation-tool-note').click();
  await page.mouse.click(...(await spot(page, 0.75, 0.22)));
  await page.getByTestId('annotation-note-text').fill('Hỏi lại số liệu ở trang này');
  await page.getByTestId('annotation-note-save').click();
  await page.getByTestId('annotation-note-dialog').waitFor({ state: 'detached' });
  await page.waitForFunction(() => !document.querySelector('[data-testid="annotation-pending"]'), undefined, { timeout: 15_000 });
  for (const kind of ['annotation-ink', 'annotation-highlight', 'annotation-note']) {
    if ((await layerCount(page, kind)) === 0) throw new Error(`no ${kind} on page 1`);
  }
  await page.getByTestId('annotation-tool-read').click();
  // The same page in both languages: the switch in the viewer's header.
  for (const language of ['vi', 'en'] as const) {
    await page.getByTestId(`language-${language}`).click();
    await page.evaluate(async () => {
      await document.fonts.ready;
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    });
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(OUT, `annotations-page-${language}.png`) });
  }
  await context.close();
} finally {
  await browser.close();
  await t.stop();
}

function layerCount(page: Page, testId: string): Promise<number> {
  return page.locator(`[data-testid="annotation-layer"][data-page="0"] [data-testid="${testId}"]`).count();
}

/** The screen point of a spot on page 1 (page fractions); it must reach page 1's layer, not a floating bar. */
async function spot(page: Page, fx: number, fy: number): Promise<[number, number]> {
  const box = (await page.locator('[data-testid="annotation-layer"][data-page="0"]').boundingBox())!;
  const [x, y] = [box.x + box.width * fx, box.y + box.height * fy];
  const reaches = await page.evaluate(([px, py]) => !!document.elementFromPoint(px!, py!)?.closest('[data-testid="annotation-layer"][data-page="0"]'), [x, y]);
  if (!reaches) throw new Error(`the spot (${fx}, ${fy}) of page 1 is off the screen or under a bar`);
  return [x, y];
}

/** A drag across page 1 with a tool (pen or highlighter), from fx0 to fx1 at height fy, in page fractions. */
async function stroke(page: Page, tool: string, fx0: number, fx1: number, fy: number): Promise<void> {
  await page.getByTestId(tool).click();
  const points: [number, number][] = [];
  for (let i = 0; i <= 12; i++) points.push(await spot(page, fx0 + ((fx1 - fx0) * i) / 12, fy + 0.005 * Math.sin(i)));
  await page.mouse.move(...points[0]!);
  await page.mouse.down();
  for (const point of points.slice(1)) await page.mouse.move(...point);
  await page.mouse.up();
}
