// Follow the chair and the tablet's display settings (issue 16), at tablet size in Vietnamese and English, and the
// secretariat showing a page on the chair's behalf (its reader, the meeting page's "shown to the room now") at
// 1920x1080 and 1280x800: `node scripts/screenshots-follow.ts` after `npm run build:web`; writes
// docs/screenshots/tablet-follow-*.png (the chair-moved notice under the annotation toolbar in large text and upright too)
// and secretariat-show-*.png.
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
    // The notice hangs under the annotation toolbar, in large text and held upright too.
    await pad.getByTestId('display-settings').click();
    await pad.getByTestId('display-large-text').click();
    await pad.getByTestId('display-settings').click();
    await shot('tablet-follow-moved-large-text');
    await pad.setViewportSize({ width: 800, height: 1280 });
    await shot('tablet-follow-moved-portrait-large-text');
    await pad.getByTestId('display-settings').click();
    await pad.getByTestId('display-large-text').click();
    await pad.getByTestId('display-settings').click();
    await shot('tablet-follow-moved-portrait');
    await pad.setViewportSize({ width: 1280, height: 800 });

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
  // The secretariat shows a restricted document's page on the chair's behalf, from its own reader.
  const { sha256: secret } = await uploadPdf(t.hub.url, office.token, { name: 'staff.pdf', bytes: pagedPdf(9, 'Phuong an nhan su') });
  const staffTitle = 'Phương án nhân sự Ban Chấp hành nhiệm kỳ 2026-2031 (tài liệu chỉ dành cho lãnh đạo)';
  const restricted = (await ok(office.socket, 'document.add', { meetingId: 'demo', itemId: null, title: staffTitle, sha256: secret, access: { kind: 'staff' } })).data.documentId;
  for (const language of ['vi', 'en'] as const) {
    for (const viewport of [{ width: 1920, height: 1080 }, { width: 1280, height: 800 }]) {
      const { context, foreign } = await hubOnlyContext(browser, t.hub.url, { viewport, locale: language === 'vi' ? 'vi-VN' : 'en-GB' });
      const desk = await context.newPage();
      const shot = async (name: string) => {
        await settle(desk);
        await desk.screenshot({ path: join(OUT, `secretariat-show-${name}-${viewport.width}-${language}.png`) });
      };
      await desk.goto(`${t.hub.url}/secretariat/demo`);
      await desk.getByTestId(`language-${language}`).click();
      await desk.getByTestId('signin-passcode').fill(t.passcode);
      await desk.getByTestId('signin-submit').click();
      await desk.getByTestId('now-showing').waitFor({ timeout: 15_000 });
      // From the row's "open to show the room": the reader, page 3 shown to the room.
      await desk.locator(`[data-testid="document-item"][data-document-id="${restricted}"] [data-testid="document-show"]`).click();
      await desk.getByTestId('viewer-page').waitFor({ timeout: 15_000 });
      await desk.getByTestId('viewer-page').click();
      await desk.getByTestId('viewer-page-input').fill('3');
      await desk.getByTestId('viewer-page-input').press('Enter');
      await desk.locator('[data-testid="viewer-page-view"][data-page-number="3"][data-rendered="true"]').waitFor({ timeout: 15_000 });
      await desk.getByTestId('show-to-room-start').click();
      await desk.getByTestId('show-restricted').waitFor();
      await shot('reader');
      // Back on the meeting page: what the room is shown now, and stop.
      await desk.getByTestId('viewer-back').click();
      await desk.locator('[data-testid="now-showing"][data-showing="true"]').waitFor({ timeout: 15_000 });
      await shot('meeting');
      await desk.getByTestId('now-showing-stop').click();
      await desk.locator('[data-testid="now-showing"][data-showing="false"]').waitFor();
      if (foreign.length > 0) throw new Error(`requests to other hosts: ${foreign.join(', ')}`);
      await context.close();
    }
  }
  office.socket.disconnect();
  chair.socket.disconnect();
} finally {
  await browser.close();
  await t.stop();
}
