import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TABLET, chromiumPresent, hubOnlyContext, launchChromium } from '../support/browser.ts';
import { connect, ok, startTestHub, type TestHub } from '../support/hub.ts';
import { seedPublishedMeeting, type SeededMeeting } from '../support/preload.ts';
import { pairByRoomQr, roomQrLink, signInWithCode } from '../support/tablet.ts';
import { canvasPixels } from '../support/viewer.ts';

const WEB_ROOT = join(import.meta.dirname, '../../dist/renderer');

describe.skipIf(!chromiumPresent)('a tablet preloads the published meeting and reads it with the hub stopped (Chromium)', () => {
  let t: TestHub;
  let browser: Browser;
  let seeded: SeededMeeting;
  let page: Page;
  let foreign: string[] = [];
  let hubStopped = false;

  beforeAll(async () => {
    if (!existsSync(join(WEB_ROOT, 'index.html'))) throw new Error('Build the web client first: npm run build:web');
    t = await startTestHub({ webRoot: WEB_ROOT, requirePairing: true });
    seeded = await seedPublishedMeeting(t.hub.url, t.passcode);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    // Stopped mid-test: only its temporary folder is left to remove.
    if (hubStopped) rmSync(t.dataDir, { recursive: true, force: true });
    else await t?.stop();
  });

  it('pairs, signs the delegate in by badge code, and shows the preload complete with every document on the device', async () => {
    const tablet = await hubOnlyContext(browser, t.hub.url, { viewport: TABLET });
    foreign = tablet.foreign;
    page = await tablet.context.newPage();
    await pairByRoomQr(page, await roomQrLink(t.hub.url, t.passcode, seeded.meetingId));
    await signInWithCode(page, seeded.reader.shortCode);
    const strip = page.getByTestId('preload-strip');
    await strip.waitFor({ timeout: 15_000 });
    await page.waitForFunction(
      () => {
        const el = document.querySelector('[data-testid="preload-strip"]');
        return el?.getAttribute('data-total') === '3' && el.getAttribute('data-done') === '3';
      },
      undefined,
      { timeout: 30_000 },
    );
    expect(await strip.getAttribute('data-failed')).toBe('0');
    const bar = page.getByTestId('preload-progress');
    expect(await bar.getAttribute('data-value')).toBe(await bar.getAttribute('data-max'));
    // The hub heard it: the secretariat's list shows this tablet done.
    const staff = await connect(t.hub.url);
    await ok(staff, 'session.signIn', { role: 'secretariat', passcode: t.passcode });
    await expect
      .poll(async () => (await ok(staff, 'preload.list', { meetingId: seeded.meetingId })).data.devices.map((d) => [d.documentsDone, d.documentsTotal, d.delegateName]), { timeout: 10_000 })
      .toEqual([[3, 3, seeded.reader.fullName]]);
    staff.disconnect();
    // Each document of the item is marked as kept on this device.
    await page.getByTestId('agenda-item-button').first().click();
    const items = page.getByTestId('document-item');
    await expect.poll(() => items.count()).toBe(3);
    for (const item of await items.all()) expect(await item.getAttribute('data-offline')).toBe('true');
  });

  it('with the hub stopped, opens a document from the device: the first page is drawn and the tablet says it is offline', async () => {
    await t.hub.close();
    hubStopped = true;
    await page.waitForFunction(() => document.querySelector('[data-testid="connection-badge"]')?.getAttribute('data-status') !== 'connected', undefined, { timeout: 10_000 });
    await page.locator(`[data-testid="document-item"][data-document-id="${seeded.documents.open}"] [data-testid="document-open"]`).click();
    const first = page.locator('[data-testid="viewer-page-view"][data-page-number="1"][data-rendered="true"]');
    await first.waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('viewer-pages').getAttribute('data-source')).toBe('device');
    await page.getByTestId('viewer-offline').waitFor({ timeout: 5_000 });
    const pixels = await canvasPixels(page, 1);
    expect(pixels.total).toBeGreaterThan(10_000);
    expect(pixels.drawn).toBeGreaterThan(pixels.total * 0.005);
    // Open to all delegates: no watermark.
    expect(pixels.tinted).toBe(0);
    expect(await page.getByTestId('viewer-pages').getAttribute('data-watermark')).toBeNull();
  });

  it("a restricted document shows the delegate's name and seat drawn over the page", async () => {
    await page.getByTestId('viewer-back').click();
    await page.locator(`[data-testid="document-item"][data-document-id="${seeded.documents.restricted}"] [data-testid="document-open"]`).click();
    const first = page.locator('[data-testid="viewer-page-view"][data-page-number="1"][data-rendered="true"]');
    await first.waitFor({ timeout: 20_000 });
    expect(await first.getAttribute('data-watermarked')).toBe('true');
    const watermark = await page.getByTestId('viewer-pages').getAttribute('data-watermark');
    expect(watermark).toContain(seeded.reader.fullName);
    expect(watermark).toContain(seeded.reader.seat);
    const pixels = await canvasPixels(page, 1);
    expect(pixels.tinted).toBeGreaterThan(pixels.total * 0.002);
    expect(foreign).toEqual([]);
  });
});
