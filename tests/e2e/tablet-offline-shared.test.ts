import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TABLET, chromiumPresent, fakeCameraArgs, hubOnlyContext, launchChromium, trustRoomCaArgs } from '../support/browser.ts';
import { ok, signIn, startTestHub, tempDir, type TestHub } from '../support/hub.ts';
import { seedPublishedMeeting, uploadFixture, type SeededMeeting } from '../support/preload.ts';
import { issueBadge, pairByRoomQr, qrCameraFile, roomQrLink, signInWithCode } from '../support/tablet.ts';
import { canvasPixels } from '../support/viewer.ts';

const WEB_ROOT = join(import.meta.dirname, '../../dist/renderer');

/** What this page keeps on the device: the device library's files and partial downloads, kept meetings, Cache API entries. */
interface DeviceStorage {
  files: string[];
  chunks: string[];
  partials: string[];
  meetings: string[];
  snapshots: string[];
  cached: string[];
}

function deviceStorage(page: Page): Promise<DeviceStorage> {
  return page.evaluate(async (): Promise<DeviceStorage> => {
    // Never creates a database the app has not (an empty one would keep the app from making its stores).
    const existing = new Set((await indexedDB.databases()).map((d) => d.name));
    const storeKeys = (name: string, stores: string[]) =>
      new Promise<Record<string, string[]>>((resolve, reject) => {
        if (!existing.has(name)) return resolve(Object.fromEntries(stores.map((s) => [s, []])));
        const open = indexedDB.open(name);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const present = stores.filter((s) => db.objectStoreNames.contains(s));
          const out: Record<string, string[]> = Object.fromEntries(stores.map((s) => [s, []]));
          if (present.length === 0) return resolve(out);
          const tx = db.transaction(present, 'readonly');
          for (const s of present) {
            const req = tx.objectStore(s).getAllKeys();
            req.onsuccess = () => (out[s] = req.result.map((k) => (Array.isArray(k) ? String(k[0]) : String(k))));
          }
          tx.oncomplete = () => (db.close(), resolve(out));
          tx.onerror = () => reject(tx.error);
        };
      });
    const library = await storeKeys('roundtable-cache', ['files', 'chunks', 'partials', 'meetings']);
    const kept = await storeKeys('roundtable-meetings', ['snapshots']);
    const cached: string[] = [];
    for (const name of await caches.keys()) for (const request of await (await caches.open(name)).keys()) cached.push(request.url);
    const keys = (found: Record<string, string[]>, name: string) => found[name] ?? [];
    return { files: keys(library, 'files'), chunks: keys(library, 'chunks'), partials: keys(library, 'partials'), meetings: keys(library, 'meetings'), snapshots: keys(kept, 'snapshots'), cached };
  });
}

describe.skipIf(!chromiumPresent)('a tablet of the room over TLS: camera, offline reload, and a shared tablet that forgets (Chromium)', () => {
  let t: TestHub;
  let browser: Browser;
  let seeded: SeededMeeting;
  const data = tempDir('roundtable-shell-');
  const camera = join(data.path, 'camera.y4m');
  let hubStopped = false;
  /** The second delegate's own restricted document, and each restricted document's bytes. */
  let theirs: string;
  const sha: Record<string, string> = {};
  let badges: { mai: { token: string; shortCode: string }; binh: { token: string; shortCode: string } };

  beforeAll(async () => {
    if (!existsSync(join(WEB_ROOT, 'sw.js'))) throw new Error('Build the web client first: npm run build:web');
    // The meeting is prepared over plain HTTP (the test's own uploads), then the room opens over TLS on the same data.
    const prep = await startTestHub({ webRoot: null, dataDir: join(data.path, 'hub') });
    seeded = await seedPublishedMeeting(prep.hub.url, prep.passcode);
    const staff = await signIn(prep.hub.url, prep.passcode, 'secretariat');
    const { token } = (await ok(staff, 'session.signIn', { passcode: prep.passcode })).data;
    const { data: snapshot } = await ok(staff, 'meeting.open', { meetingId: seeded.meetingId });
    if (snapshot.mode !== 'snapshot') throw new Error('expected a snapshot');
    const binh = snapshot.snapshot.delegates.find((d) => d.fullName === 'Trần Văn Bình')!;
    const sha256 = await uploadFixture(prep.hub.url, token, 'cardinal.pdf');
    theirs = (await ok(staff, 'document.add', { meetingId: seeded.meetingId, itemId: seeded.itemId, title: 'Danh sách đại biểu', sha256, access: { kind: 'groups', groups: ['Đại biểu'] } })).data.documentId;
    const { data: after } = await ok(staff, 'meeting.open', { meetingId: seeded.meetingId });
    if (after.mode !== 'snapshot') throw new Error('expected a snapshot');
    for (const d of after.snapshot.documents) sha[d.id] = d.sha256;
    staff.disconnect();
    badges = {
      mai: await issueBadge(prep.hub.url, prep.passcode, seeded.meetingId, seeded.reader.delegateId),
      binh: await issueBadge(prep.hub.url, prep.passcode, seeded.meetingId, binh.id),
    };
    const passcode = prep.passcode;
    await prep.stop();
    t = await startTestHub({ webRoot: WEB_ROOT, dataDir: join(data.path, 'hub'), tls: true });
    t.passcode = passcode;
    qrCameraFile(camera, await roomQrLink(t.hub.url, passcode, seeded.meetingId));
    browser = await launchChromium([...fakeCameraArgs(camera), ...trustRoomCaArgs(t.hub.tls!.caPem)]);
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    if (!hubStopped) await t?.hub.close();
    rmSync(data.path, { recursive: true, force: true });
  });

  it("a shared tablet: delegate A signs out and her group's documents leave the device; B signs in and sees only hers", async () => {
    const tablet = await hubOnlyContext(browser, t.hub.url, { viewport: TABLET });
    const pad = await tablet.context.newPage();
    await pairByRoomQr(pad, await roomQrLink(t.hub.url, t.passcode, seeded.meetingId));
    const preloaded = (total: number) =>
      pad.waitForFunction(
        (n) => {
          const strip = document.querySelector('[data-testid="preload-strip"]');
          return strip?.getAttribute('data-total') === String(n) && strip.getAttribute('data-done') === String(n);
        },
        total,
        { timeout: 30_000 },
      );
    await signInWithCode(pad, badges.mai.shortCode);
    await preloaded(3);
    const restricted = sha[seeded.documents.restricted]!;
    await expect.poll(async () => (await deviceStorage(pad)).snapshots, { timeout: 5_000 }).toEqual([seeded.meetingId]);
    expect((await deviceStorage(pad)).files).toContain(restricted);

    await pad.getByTestId('signout').click();
    await pad.getByTestId('badge-signin').waitFor({ timeout: 10_000 });
    await expect.poll(async () => (await deviceStorage(pad)).files.includes(restricted), { timeout: 10_000 }).toBe(false);
    const left = await deviceStorage(pad);
    expect(left.files.sort()).toEqual([sha[seeded.documents.open], sha[seeded.documents.second]].sort());
    expect([...left.chunks, ...left.partials]).not.toContain(restricted);
    expect(left.snapshots).toEqual([]);
    expect(left.cached.filter((url) => url.includes('/api/'))).toEqual([]);
    // The secretariat sees that this tablet deleted them.
    const staff = await signIn(t.hub.url, t.passcode, 'secretariat');
    await expect
      .poll(async () => (await ok(staff, 'preload.list', { meetingId: seeded.meetingId })).data.devices.map((d) => d.forgottenAt !== null), { timeout: 10_000 })
      .toEqual([true]);
    staff.disconnect();

    await signInWithCode(pad, badges.binh.shortCode);
    await expect.poll(() => pad.getByTestId('delegate-name').textContent(), { timeout: 10_000 }).toContain('Trần Văn Bình');
    await preloaded(3);
    await pad.getByTestId('agenda-item-button').first().click();
    await expect
      .poll(async () => (await pad.getByTestId('document-item').evaluateAll((items) => items.map((i) => i.getAttribute('data-document-id')))).sort(), { timeout: 10_000 })
      .toEqual([seeded.documents.open, seeded.documents.second, theirs].sort());
    const now = await deviceStorage(pad);
    expect(now.files).toContain(sha[theirs]);
    expect(now.files).not.toContain(restricted);
    expect(tablet.foreign).toEqual([]);
    await tablet.context.close();
  });

  it('pairs and signs in with the camera, preloads, and after the hub stops a reload still opens the meeting and a document', async () => {
    const tablet = await hubOnlyContext(browser, t.hub.url, { viewport: TABLET });
    const pad = await tablet.context.newPage();
    await pad.goto(`${t.hub.url}/tablet/${seeded.meetingId}`);
    expect(new URL(pad.url()).protocol).toBe('https:');
    // The room QR, seen by the tablet's camera.
    await pad.getByTestId('pair-scan').click();
    await pad.getByTestId('badge-signin').waitFor({ timeout: 15_000 });
    // Then the delegate's badge, held up to the same camera.
    qrCameraFile(camera, badges.mai.token);
    await pad.getByTestId('badge-scan').click();
    await expect.poll(() => pad.getByTestId('delegate-badge').getAttribute('data-delegate-id'), { timeout: 15_000 }).toBe(seeded.reader.delegateId);
    await pad.waitForFunction(
      () => {
        const strip = document.querySelector('[data-testid="preload-strip"]');
        return strip?.getAttribute('data-total') === '3' && strip.getAttribute('data-done') === '3';
      },
      undefined,
      { timeout: 30_000 },
    );
    // The app shell is installed (every file of the build precached) and the meeting is kept on the device.
    await pad.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await expect.poll(async () => (await deviceStorage(pad)).snapshots, { timeout: 5_000 }).toEqual([seeded.meetingId]);
    const precached = (await deviceStorage(pad)).cached;
    expect(precached.some((url) => /\/assets\/pdf\.worker\.min-[^/]+\.mjs/.test(url))).toBe(true);
    expect(precached.some((url) => url.includes('/api/'))).toBe(false);

    await t.hub.close();
    hubStopped = true;
    // The page comes from the app shell, the meeting and the delegate from the device.
    await pad.reload();
    await pad.getByTestId('meeting-title').waitFor({ timeout: 15_000 });
    expect(await pad.getByTestId('connection-badge').getAttribute('data-status')).not.toBe('connected');
    expect(await pad.getByTestId('delegate-badge').getAttribute('data-delegate-id')).toBe(seeded.reader.delegateId);
    await pad.getByTestId('agenda-item-button').first().click();
    await pad.locator(`[data-testid="document-item"][data-document-id="${seeded.documents.restricted}"] [data-testid="document-open"]`).click();
    await pad.locator('[data-testid="viewer-page-view"][data-page-number="1"][data-rendered="true"]').waitFor({ timeout: 20_000 });
    expect(await pad.getByTestId('viewer-pages').getAttribute('data-source')).toBe('device');
    expect(await pad.getByTestId('viewer-pages').getAttribute('data-watermark')).toContain(seeded.reader.fullName);
    expect((await canvasPixels(pad, 1)).drawn).toBeGreaterThan(0);
    expect(tablet.foreign).toEqual([]);
    await tablet.context.close();
  });
});
