import { join } from 'node:path';
import { existsSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningHub } from '../../main/hub/api.ts';
import { startHub } from '../../main/hub/index.ts';
import { TABLET, chromiumPresent, hubOnlyContext, launchChromium } from '../support/browser.ts';
import { startTestHub, type TestHub } from '../support/hub.ts';
import { seedPublishedMeeting, type SeededMeeting } from '../support/preload.ts';
import { pairByRoomQr, roomQrLink, signInWithCode } from '../support/tablet.ts';

const WEB_ROOT = join(import.meta.dirname, '../../dist/renderer');

/** Opens the open document of the seeded meeting on a signed-in tablet and waits for page 1 and its layer. */
async function openDocument(page: Page, seeded: SeededMeeting): Promise<void> {
  await page.getByTestId('agenda-item-button').first().click();
  await page.locator(`[data-testid="document-item"][data-document-id="${seeded.documents.open}"] [data-testid="document-open"]`).click();
  await page.locator('[data-testid="viewer-page-view"][data-page-number="1"][data-rendered="true"]').waitFor({ timeout: 20_000 });
  await page.locator('[data-testid="annotation-layer"][data-page="0"]').waitFor({ timeout: 10_000 });
}

/** A stroke drawn with the mouse across page 1, from (fx0, fy) to (fx1, fy) in page fractions. */
async function draw(page: Page, fx0: number, fx1: number, fy: number): Promise<void> {
  await page.getByTestId('annotation-tool-pen').click();
  const box = (await page.locator('[data-testid="annotation-layer"][data-page="0"]').boundingBox())!;
  await page.mouse.move(box.x + box.width * fx0, box.y + box.height * fy);
  await page.mouse.down();
  for (let i = 1; i <= 12; i++) await page.mouse.move(box.x + box.width * (fx0 + ((fx1 - fx0) * i) / 12), box.y + box.height * (fy + 0.01 * Math.sin(i)));
  await page.mouse.up();
}

async function writeNote(page: Page, fx: number, fy: number, words: string, visibility: 'private' | 'everyone' = 'private'): Promise<void> {
  await page.getByTestId('annotation-tool-note').click();
  const box = (await page.locator('[data-testid="annotation-layer"][data-page="0"]').boundingBox())!;
  await page.mouse.click(box.x + box.width * fx, box.y + box.height * fy);
  await page.getByTestId('annotation-note-text').fill(words);
  await page.getByTestId('annotation-note-visibility').selectOption(visibility);
  await page.getByTestId('annotation-note-save').click();
  await page.getByTestId('annotation-note-dialog').waitFor({ state: 'detached' });
}

const count = (page: Page, testId: string) => page.locator(`[data-testid="annotation-layer"][data-page="0"] [data-testid="${testId}"]`).count();
const synced = (page: Page) => page.waitForFunction(() => !document.querySelector('[data-testid="annotation-pending"]'), undefined, { timeout: 15_000 });

describe.skipIf(!chromiumPresent)('annotations on tablets (Chromium)', () => {
  let t: TestHub;
  let restarted: RunningHub | null = null;
  let browser: Browser;
  let seeded: SeededMeeting;
  let page: Page;

  beforeAll(async () => {
    if (!existsSync(join(WEB_ROOT, 'index.html'))) throw new Error('Build the web client first: npm run build:web');
    t = await startTestHub({ webRoot: WEB_ROOT, requirePairing: true });
    seeded = await seedPublishedMeeting(t.hub.url, t.passcode);
    browser = await launchChromium();
    const tablet = await hubOnlyContext(browser, t.hub.url, { viewport: TABLET });
    page = await tablet.context.newPage();
    await pairByRoomQr(page, await roomQrLink(t.hub.url, t.passcode, seeded.meetingId));
    await signInWithCode(page, seeded.reader.shortCode);
    await openDocument(page, seeded);
  });
  afterAll(async () => {
    await browser?.close();
    await restarted?.close();
    if (!restarted) await t?.stop();
  });

  it('keeps a stroke and a note through a reload', async () => {
    await draw(page, 0.2, 0.6, 0.3);
    await writeNote(page, 0.7, 0.2, 'Hỏi lại số liệu ở trang này');
    await expect.poll(() => count(page, 'annotation-ink')).toBe(1);
    await synced(page);
    await page.reload();
    await page.locator('[data-testid="annotation-layer"][data-page="0"]').waitFor({ timeout: 20_000 });
    await expect.poll(() => count(page, 'annotation-ink')).toBe(1);
    expect(await count(page, 'annotation-note')).toBe(1);
    expect(await page.getByTestId('annotation-note').getAttribute('aria-label')).toContain('Hỏi lại số liệu ở trang này');
  });

  it('annotates with the hub stopped, keeps it on the device, and syncs it once when the hub is back', async () => {
    const port = Number(new URL(t.hub.url).port);
    await t.hub.close();
    await page.waitForFunction(() => document.querySelector('[data-testid="connection-badge"]')?.getAttribute('data-status') !== 'connected', undefined, { timeout: 10_000 });
    await draw(page, 0.2, 0.7, 0.35);
    await expect.poll(() => count(page, 'annotation-ink')).toBe(2);
    await page.getByTestId('annotation-pending').waitFor();
    // Kept on the device while the hub is away (IndexedDB), waiting in the outbox.
    expect(await page.evaluate(async () => {
      const open = indexedDB.open('roundtable-annotations');
      const db = await new Promise<IDBDatabase>((resolve) => (open.onsuccess = () => resolve(open.result)));
      const all = db.transaction('annotations').objectStore('annotations').getAll();
      return new Promise<number>((resolve) => (all.onsuccess = () => resolve((all.result as { pending: string | null }[]).filter((r) => r.pending === 'put').length)));
    })).toBe(1);
    restarted = await startHub({ dataDir: t.dataDir, port, host: '127.0.0.1', webRoot: WEB_ROOT, logToConsole: false, seedDemo: false, requirePairing: true, insecureHttp: true });
    await synced(page);
    await page.reload();
    await page.locator('[data-testid="annotation-layer"][data-page="0"]').waitFor({ timeout: 20_000 });
    await expect.poll(() => count(page, 'annotation-ink')).toBe(2);
    // On the device and at the hub: three annotations, each once (the stroke sent again was not made twice).
    const rows = await page.evaluate(async () => {
      const open = indexedDB.open('roundtable-annotations');
      const db = await new Promise<IDBDatabase>((resolve) => (open.onsuccess = () => resolve(open.result)));
      const all = db.transaction('annotations').objectStore('annotations').getAll();
      return new Promise<{ id: string; pending: string | null; seq: number }[]>((resolve) => (all.onsuccess = () => resolve(all.result as never)));
    });
    expect(rows).toHaveLength(3);
    expect(rows.every((r) => r.pending === null && r.seq > 0)).toBe(true);
    expect(new Set(rows.map((r) => r.seq)).size).toBe(3);
  });
});
