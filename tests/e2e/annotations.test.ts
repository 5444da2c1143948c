import { join } from 'node:path';
import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningHub } from '../../main/hub/api.ts';
import { startHub } from '../../main/hub/index.ts';
import { TABLET, chromiumPresent, hubOnlyContext, launchChromium } from '../support/browser.ts';
import { ok, signIn, startTestHub, type TestHub } from '../support/hub.ts';
import { seedPublishedMeeting, type SeededMeeting } from '../support/preload.ts';
import { delegatesOf, issueBadge, pairByRoomQr, roomQrLink, signInWithCode } from '../support/tablet.ts';

const WEB_ROOT = join(import.meta.dirname, '../../dist/renderer');

/** Opens the open document of the seeded meeting on a signed-in tablet and waits for page 1 and its layer. */
async function openDocument(page: Page, seeded: SeededMeeting): Promise<void> {
  await page.getByTestId('agenda-item-button').first().click();
  await page.locator(`[data-testid="document-item"][data-document-id="${seeded.documents.open}"] [data-testid="document-open"]`).click();
  await page.locator('[data-testid="viewer-page-view"][data-page-number="1"][data-rendered="true"]').waitFor({ timeout: 20_000 });
  await page.locator('[data-testid="annotation-layer"][data-page="0"]').waitFor({ timeout: 10_000 });
}

/**
 * The screen point of a spot on page 1 (in page fractions), which must reach page 1's layer: a page is taller than a
 * tablet's screen and the viewer's bars float over it, so a spot below the fold or under a bar would reach nothing.
 */
async function spot(page: Page, fx: number, fy: number): Promise<[number, number]> {
  const box = (await page.locator('[data-testid="annotation-layer"][data-page="0"]').boundingBox())!;
  const [x, y] = [box.x + box.width * fx, box.y + box.height * fy];
  const reaches = await page.evaluate(([px, py]) => !!document.elementFromPoint(px!, py!)?.closest('[data-testid="annotation-layer"][data-page="0"]'), [x, y]);
  if (!reaches) throw new Error(`the spot (${fx}, ${fy}) of page 1 is off the screen or under a bar (at ${Math.round(x)}, ${Math.round(y)} px)`);
  return [x, y];
}

/** A stroke drawn with the mouse across page 1, from (fx0, fy) to (fx1, fy) in page fractions. */
async function draw(page: Page, fx0: number, fx1: number, fy: number): Promise<void> {
  await page.getByTestId('annotation-tool-pen').click();
  const points = [];
  for (let i = 0; i <= 12; i++) points.push(await spot(page, fx0 + ((fx1 - fx0) * i) / 12, fy + 0.01 * Math.sin(i)));
  await page.mouse.move(...points[0]!);
  await page.mouse.down();
  for (const point of points.slice(1)) await page.mouse.move(...point);
  await page.mouse.up();
}

async function writeNote(page: Page, fx: number, fy: number, words: string, visibility: 'private' | 'everyone' = 'private'): Promise<void> {
  await page.getByTestId('annotation-tool-note').click();
  await page.mouse.click(...(await spot(page, fx, fy)));
  await page.getByTestId('annotation-note-text').fill(words);
  await page.getByTestId('annotation-note-visibility').selectOption(visibility);
  await page.getByTestId('annotation-note-save').click();
  await page.getByTestId('annotation-note-dialog').waitFor({ state: 'detached' });
}

/** A second delegate's tablet (a context of its own: its own device, storage and session) with the same document open. */
async function secondTablet(hubUrl: string, passcode: string, seeded: SeededMeeting): Promise<Page> {
  const binh = (await delegatesOf(hubUrl, passcode, seeded.meetingId)).find((d) => d.fullName === 'Trần Văn Bình')!;
  const { shortCode } = await issueBadge(hubUrl, passcode, seeded.meetingId, binh.id);
  const tablet = await hubOnlyContext(browser, hubUrl, { viewport: TABLET });
  const other = await tablet.context.newPage();
  await pairByRoomQr(other, await roomQrLink(hubUrl, passcode, seeded.meetingId));
  await signInWithCode(other, shortCode);
  await openDocument(other, seeded);
  return other;
}

let browser: Browser;

const notesOn = (page: Page) =>
  page.locator('[data-testid="annotation-layer"][data-page="0"] [data-testid="annotation-note"]').evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? ''));

/** After a reload: page 1 drawn again and its layer there (a stroke before then would land on nothing). */
async function reopened(page: Page): Promise<void> {
  await page.locator('[data-testid="viewer-page-view"][data-page-number="1"][data-rendered="true"]').waitFor({ timeout: 20_000 });
  await page.locator('[data-testid="annotation-layer"][data-page="0"]').waitFor({ timeout: 10_000 });
}

const count = (page: Page, testId: string) => page.locator(`[data-testid="annotation-layer"][data-page="0"] [data-testid="${testId}"]`).count();
const synced = (page: Page) => page.waitForFunction(() => !document.querySelector('[data-testid="annotation-pending"]'), undefined, { timeout: 15_000 });

describe.skipIf(!chromiumPresent)('annotations on tablets (Chromium)', () => {
  let t: TestHub;
  let restarted: RunningHub | null = null;
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
    await reopened(page);
    await expect.poll(() => count(page, 'annotation-ink')).toBe(1);
    expect(await count(page, 'annotation-note')).toBe(1);
    expect(await page.getByTestId('annotation-note').getAttribute('aria-label')).toContain('Hỏi lại số liệu ở trang này');
  });

  it('shows a note shared with everyone on another delegate\'s tablet within a second, and a private one never (there nor at the hub)', async () => {
    const other = await secondTablet(t.hub.url, t.passcode, seeded);
    await writeNote(page, 0.4, 0.12, 'Chỉ mình tôi xem', 'private');
    await synced(page);
    await writeNote(page, 0.3, 0.24, 'Đề nghị cả hội trường xem bảng 2', 'everyone');
    const t0 = Date.now();
    await other.locator('[data-testid="annotation-note"][data-visibility="everyone"]').waitFor({ timeout: 1_000 });
    expect(Date.now() - t0).toBeLessThan(1_000);
    await synced(page);
    await new Promise((r) => setTimeout(r, 300));
    // The other tablet holds the shared note only, not the private ones (this one nor the first test's).
    expect(await notesOn(other)).toEqual([expect.stringContaining('Đề nghị cả hội trường xem bảng 2')]);
    expect(await notesOn(page)).toHaveLength(3);
    // At the hub: the chair's sync holds the shared note and none of the reader's private ones.
    const chair = await signIn(t.hub.url, t.passcode, 'chair');
    try {
      await ok(chair, 'meeting.open', { meetingId: seeded.meetingId });
      const rows = (await ok(chair, 'annotations.sync', { meetingId: seeded.meetingId, since: 0 })).data.annotations;
      const notes = rows.flatMap((r) => ('gone' in r || r.kind !== 'note' ? [] : [[r.visibility, r.body.note]]));
      expect(notes).toEqual([['everyone', 'Đề nghị cả hội trường xem bảng 2']]);
    } finally {
      chair.disconnect();
    }
    await other.context().close();
  });

  it('annotates with the hub stopped, keeps it on the device, and syncs it once when the hub is back', async () => {
    const port = Number(new URL(t.hub.url).port);
    // The app shell's service worker serves the page once the hub is gone: it must be installed and in control.
    // On a first visit it installs while the page runs (it does not claim open pages): the next load is its.
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) {
      await page.reload();
      await reopened(page);
    }
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await t.hub.close();
    await page.waitForFunction(() => document.querySelector('[data-testid="connection-badge"]')?.getAttribute('data-status') !== 'connected', undefined, { timeout: 10_000 });
    await draw(page, 0.2, 0.7, 0.27);
    await expect.poll(() => count(page, 'annotation-ink')).toBe(2);
    await page.getByTestId('annotation-pending').waitFor();
    // Kept on the device while the hub is away (IndexedDB), waiting in the outbox.
    expect(await page.evaluate(async () => {
      const open = indexedDB.open('roundtable-annotations');
      const db = await new Promise<IDBDatabase>((resolve) => (open.onsuccess = () => resolve(open.result)));
      const all = db.transaction('annotations').objectStore('annotations').getAll();
      return new Promise<number>((resolve) => (all.onsuccess = () => resolve((all.result as { pending: string | null }[]).filter((r) => r.pending === 'put').length)));
    })).toBe(1);
    // A reload with the hub still stopped: the page from the app shell, the document and the stroke from the device.
    await page.reload();
    await reopened(page);
    expect(await page.getByTestId('connection-badge').getAttribute('data-status')).not.toBe('connected');
    await expect.poll(() => count(page, 'annotation-ink')).toBe(2);
    await page.getByTestId('annotation-pending').waitFor();
    restarted = await startHub({ dataDir: t.dataDir, port, host: '127.0.0.1', webRoot: WEB_ROOT, logToConsole: false, seedDemo: false, requirePairing: true, insecureHttp: true });
    await synced(page);
    await page.reload();
    await reopened(page);
    await expect.poll(() => count(page, 'annotation-ink')).toBe(2);
    // On the device and at the hub: five annotations (two strokes, three notes), each once (the stroke sent again was not made twice).
    const rows = await page.evaluate(async () => {
      const open = indexedDB.open('roundtable-annotations');
      const db = await new Promise<IDBDatabase>((resolve) => (open.onsuccess = () => resolve(open.result)));
      const all = db.transaction('annotations').objectStore('annotations').getAll();
      return new Promise<{ id: string; pending: string | null; seq: number }[]>((resolve) => (all.onsuccess = () => resolve(all.result as never)));
    });
    expect(rows).toHaveLength(5);
    expect(rows.every((r) => r.pending === null && r.seq > 0)).toBe(true);
    expect(new Set(rows.map((r) => r.seq)).size).toBe(5);
    // At the hub: the same five, each made once (rev 1: the stroke sent again after the restart was no edit).
    const db = new Database(join(t.dataDir, 'roundtable.db'), { readonly: true });
    try {
      const atHub = db.prepare('SELECT id, rev FROM annotations WHERE meeting_id = ? AND delegate_id = ?').all(seeded.meetingId, seeded.reader.delegateId) as { id: string; rev: number }[];
      expect(atHub.map((r) => r.id).sort()).toEqual(rows.map((r) => r.id).sort());
      expect(atHub.every((r) => r.rev === 1)).toBe(true);
    } finally {
      db.close();
    }
  });
});
