// Follow the chair and the tablet's display settings (issue 16), at tablet size in Vietnamese and English:
// `node scripts/screenshots-follow.ts` after `npm run build:web`; writes docs/screenshots/tablet-follow-*.png.
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { hubOnlyContext, launchChromium } from '../tests/support/browser.ts';
import { ok, staffSession, startTestHub } from '../tests/support/hub.ts';
import { pagedPdf } from '../tests/support/paged-pdf.ts';
import { uploadPdf } from '../tests/support/preload.ts';
import { delegatesOf, issueBadge, pairByRoomQr, roomQrLink, signInWithCode } from '../tests/support/tablet.ts';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = process.env.SCREENSHOTS_OUT ? resolve(process.env.SCREENSHOTS_OUT) : join(ROOT, 'docs/screenshots');

const t = await startTestHub({ seedDemo: true, webRoot: join(ROOT, 'dist/renderer') });
const browser = await launchChromium();
try {
  const office = await staffSession(t.hub.url, t.passcode, 'secretariat');
  const chair = await staffSession(t.hub.url, t.passcode, 'chair');
  const { sha256 } = await uploadPdf(t.hub.url, office.token, { name: 'budget.pdf', bytes: pagedPdf(24, 'Du toan ngan sach nha nuoc nam 2027') });
  const title = 'Báo cáo dự toán ngân sách nhà nước năm 2027 và phương án phân bổ ngân sách trung ương';
  const { documentId } = (await ok(office.socket, 'document.add', { meetingId: 'demo', itemId: null, title, sha256 })).data;
  const show = (page: number) => ok(chair.socket, 'presentation.show', { meetingId: 'demo', documentId, page });
  const link = await roomQrLink(t.hub.url, t.passcode, 'demo');
  const delegates = await delegatesOf(t.hub.url, t.passcode, 'demo');
  const settle = async (page: Page) => {
    await page.evaluate(() => document.fonts.ready);
    await page.waitForTimeout(600);
  };

  for (const [i, language] of (['vi', 'en'] as const).entries()) {
    const { context, foreign } = await hubOnlyContext(browser, t.hub.url, { viewport: { width: 1280, height: 800 }, locale: language === 'vi' ? 'vi-VN' : 'en-GB' });
    const pad = await context.newPage();
    const shot = async (name: string) => {
      await settle(pad);
      await pad.screenshot({ path: join(OUT, `${name}-${language}.png`) });
    };
    await pairByRoomQr(pad, link);
    await pad.getByTestId(`language-${language}`).click();
    await signInWithCode(pad, (await issueBadge(t.hub.url, t.passcode, 'demo', delegates[i]!.id)).shortCode);
    await pad.getByTestId('follow-toggle').waitFor({ timeout: 15_000 });

    // Following: the chair shows page 7, the tablet opens it.
    await show(7 + i);
    await pad.waitForFunction((p) => document.querySelector('[data-testid="viewer-page"]')?.getAttribute('data-page') === String(p), 7 + i, { timeout: 15_000 });
    await pad.locator(`[data-testid="viewer-page-view"][data-page-number="${7 + i}"][data-rendered="true"]`).waitFor({ timeout: 15_000 });
    await shot('tablet-follow-viewer');

    // The reader browses on (follow off); the chair moves: the notice, with one tap back.
    await pad.getByTestId('follow-toggle').click();
    await show(12);
    await pad.getByTestId('chair-moved').waitFor();
    await shot('tablet-follow-moved');

    // Back on the agenda, in large text, then high contrast as well.
    await pad.getByTestId('viewer-back').click();
    await pad.getByTestId('agenda-item').first().waitFor();
    await pad.getByTestId('display-settings').click();
    await pad.getByTestId('display-large-text').click();
    await shot('tablet-follow-large-text');
    await pad.getByTestId('display-high-contrast').click();
    await pad.getByTestId('display-settings').click();
    await shot('tablet-follow-high-contrast');
    await pad.getByTestId('display-settings').click();
    await pad.getByTestId('display-large-text').click();
    await pad.getByTestId('display-high-contrast').click();
    await pad.getByTestId('display-settings').click();

    // A 10-inch tablet held upright.
    await pad.setViewportSize({ width: 800, height: 1280 });
    await shot('tablet-follow-portrait');
    await pad.getByTestId('chair-follow-again').click();
    await pad.locator('[data-testid="viewer-page-view"][data-page-number="12"][data-rendered="true"]').waitFor({ timeout: 15_000 });
    await shot('tablet-follow-portrait-viewer');
    if (foreign.length > 0) throw new Error(`requests to other hosts: ${foreign.join(', ')}`);
    await context.close();
  }
  office.socket.disconnect();
  chair.socket.disconnect();
} finally {
  await browser.close();
  await t.stop();
}
