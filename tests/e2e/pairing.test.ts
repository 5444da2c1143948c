import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Delegate } from '../../shared/protocol/index.ts';
import { CONSOLE, TABLET, chromiumPresent, fakeCameraArgs, hubOnlyContext, launchChromium } from '../support/browser.ts';
import { ok, signIn, staffCredential, startTestHub, tempDir, type TestHub } from '../support/hub.ts';
import { delegatesOf, issueBadge, qrCameraFile, roomQrLink, signInWithCode } from '../support/tablet.ts';

const WEB_ROOT = join(import.meta.dirname, '../../dist/renderer');

describe.skipIf(!chromiumPresent)('tablets pair with the room, then delegates sign in with their badge (Chromium)', () => {
  let t: TestHub;
  let browser: Browser;
  const foreignRequests: string[][] = [];
  let roomLink = '';
  let delegate: Delegate;
  /** Another delegate, whose badge the forgery test starts from: reissuing the signed-in delegate's would sign her out. */
  let other: Delegate;
  let shortCode = '';
  let first: Page;
  let second: Page;

  async function tabletPage(): Promise<Page> {
    const tablet = await hubOnlyContext(browser, t.hub.url, { viewport: TABLET });
    foreignRequests.push(tablet.foreign);
    return tablet.context.newPage();
  }

  beforeAll(async () => {
    if (!existsSync(join(WEB_ROOT, 'index.html'))) throw new Error('Build the web client first: npm run build:web');
    t = await startTestHub({ seedDemo: true, webRoot: WEB_ROOT });
    browser = await launchChromium();
    [delegate, other] = (await delegatesOf(t.hub.url, t.passcode, 'demo')) as [Delegate, Delegate];
    shortCode = (await issueBadge(t.hub.url, t.passcode, 'demo', delegate.id)).shortCode;
  });
  afterAll(async () => {
    await browser?.close();
    await t?.stop();
  });

  it('the chair console shows the room QR: this hub, the pairing code, this meeting', async () => {
    const chair = await hubOnlyContext(browser, t.hub.url, { viewport: CONSOLE });
    foreignRequests.push(chair.foreign);
    const console = await chair.context.newPage();
    await console.goto(`${t.hub.url}/console/demo`);
    // The chair signs in with the chair's own credential, which the secretariat issued.
    await console.getByTestId('signin-passcode').fill(await staffCredential(t.hub.url, t.passcode, 'chair', 'Chủ tọa'));
    await console.getByTestId('signin-submit').click();
    const qr = console.getByTestId('room-qr').first();
    await qr.waitFor({ timeout: 10_000 });
    roomLink = (await qr.getAttribute('data-url')) ?? '';
    const staff = await signIn(t.hub.url, t.passcode, 'secretariat');
    const { code } = (await ok(staff, 'pairing.get', {})).data;
    staff.disconnect();
    expect(roomLink).toBe(`${t.hub.url}/pair?code=${code}&meeting=demo`);
    expect((await console.getByTestId('pairing-code').textContent())?.replace(/\s/g, '')).toBe(code);
    expect(await qr.locator('svg path').count()).toBe(1);
    await chair.context.close();
  });

  it('a fresh tablet reads nothing until it pairs by opening the room QR, then its delegate signs in with the short code', async () => {
    first = await tabletPage();
    await first.goto(`${t.hub.url}/tablet/demo`);
    await first.getByTestId('pairing-form').waitFor({ timeout: 10_000 });
    expect(await first.getByTestId('pairing-form').textContent()).toContain('Ghép nối máy tính bảng');
    expect(await first.getByTestId('agenda-item').count()).toBe(0);
    expect(await first.getByTestId('meeting-title').count()).toBe(0);

    await first.goto(roomLink);
    await first.waitForURL(/\/tablet\/demo$/);
    await first.getByTestId('badge-code-input').waitFor({ timeout: 10_000 });
    expect(await first.evaluate(() => localStorage.getItem('roundtable.deviceToken'))).toBeTruthy();
    await signInWithCode(first, shortCode.toLowerCase());
    const badge = first.getByTestId('delegate-badge');
    await expect.poll(() => badge.getAttribute('data-delegate-id'), { timeout: 10_000 }).toBe(delegate.id);
    expect(await badge.textContent()).toContain(delegate.fullName);
    await expect.poll(() => first.getByTestId('agenda-item').count()).toBeGreaterThan(3);

    // A reload resumes the delegate's session: no badge asked for again.
    await first.reload();
    await expect.poll(() => first.getByTestId('delegate-badge').getAttribute('data-delegate-id'), { timeout: 10_000 }).toBe(delegate.id);
  });

  it('a second tablet signing in with the same badge asks to move the session; the first is signed out and says why', async () => {
    second = await tabletPage();
    await second.goto(roomLink);
    await second.getByTestId('badge-code-input').waitFor({ timeout: 10_000 });
    await signInWithCode(second, shortCode);
    const takeover = second.getByTestId('takeover');
    await takeover.waitFor({ timeout: 10_000 });
    expect(await takeover.textContent()).toMatch(/Bạn đang đăng nhập trên một thiết bị khác \(.+\)\. Chuyển phiên đăng nhập sang máy này\?/);
    await second.getByTestId('takeover-confirm').click();
    await expect.poll(() => second.getByTestId('delegate-badge').getAttribute('data-delegate-id'), { timeout: 10_000 }).toBe(delegate.id);

    const ended = first.getByTestId('signin-ended');
    await ended.waitFor({ timeout: 5_000 });
    expect(await ended.getAttribute('data-kind')).toBe('moved');
    expect(await ended.textContent()).toBe('Bạn đã đăng nhập trên một thiết bị khác, nên máy này đã được đăng xuất.');
    expect(await first.getByTestId('delegate-badge').count()).toBe(0);
    expect(await first.getByTestId('badge-code-input').count()).toBe(1);
  });

  it('a forged code gets a clear refusal', async () => {
    await signInWithCode(first, 'ZZZZ-ZZZZ');
    const error = first.getByTestId('badge-signin-error');
    await expect.poll(() => error.getAttribute('data-code'), { timeout: 5_000 }).toBe('not_found');
    expect(await error.textContent()).toContain('Không có thẻ nào của cuộc họp này mang mã này');

    // A badge token with a signature this hub never made.
    const { token } = await issueBadge(t.hub.url, t.passcode, 'demo', other.id);
    const forged = `${token.slice(0, token.lastIndexOf('.') + 1)}${'A'.repeat(22)}`;
    await signInWithCode(first, forged);
    await expect.poll(() => error.getAttribute('data-code'), { timeout: 5_000 }).toBe('badge_forged');
    expect(await error.textContent()).toContain('Thẻ này không do phòng họp cấp');
  });

  it('a device the secretariat unpairs goes back to the pairing screen, with the reason', async () => {
    const deviceId = await second.evaluate(() => localStorage.getItem('roundtable.deviceId'));
    const secretariat = await signIn(t.hub.url, t.passcode, 'secretariat');
    await ok(secretariat, 'device.revoke', { deviceId: deviceId! });
    secretariat.disconnect();

    const reason = second.getByTestId('pair-reason');
    await reason.waitFor({ timeout: 5_000 });
    expect(await reason.textContent()).toContain('Ban thư ký đã hủy ghép nối máy này');
    expect(await second.getByTestId('delegate-badge').count()).toBe(0);
    expect(await second.getByTestId('agenda-item').count()).toBe(0);
    expect(await second.evaluate(() => localStorage.getItem('roundtable.deviceToken'))).toBeNull();
    await second.reload();
    await second.getByTestId('pair-code-input').waitFor({ timeout: 10_000 });
  });

  it('loaded nothing from any host but the hub', () => {
    expect(foreignRequests.flat()).toEqual([]);
  });
});

describe.skipIf(!chromiumPresent)('the tablet’s camera reads the room QR, then the badge (Chromium’s fake camera)', () => {
  let t: TestHub;
  let browser: Browser;
  const foreign: string[][] = [];
  const dir = tempDir('roundtable-camera-');
  const camera = join(dir.path, 'camera.y4m');

  beforeAll(async () => {
    if (!existsSync(join(WEB_ROOT, 'index.html'))) throw new Error('Build the web client first: npm run build:web');
    t = await startTestHub({ seedDemo: true, webRoot: WEB_ROOT });
    // What the camera will see first: the room QR on the chair console.
    qrCameraFile(camera, await roomQrLink(t.hub.url, t.passcode, 'demo'));
    browser = await launchChromium(fakeCameraArgs(camera));
  });
  afterAll(async () => {
    await browser?.close();
    await t?.stop();
    dir.remove();
  });

  it('pairs by scanning the room QR and signs the delegate in by scanning the badge, turning the camera off each time', async () => {
    const tablet = await hubOnlyContext(browser, t.hub.url, { viewport: TABLET });
    foreign.push(tablet.foreign);
    // Keep every camera stream the page opens, to check that each one is stopped once its code was read.
    await tablet.context.addInitScript(() => {
      const devices = navigator.mediaDevices;
      const open = devices.getUserMedia.bind(devices);
      const streams: MediaStream[] = [];
      (window as unknown as { cameraStreams: MediaStream[] }).cameraStreams = streams;
      devices.getUserMedia = async (constraints) => {
        const stream = await open(constraints);
        streams.push(stream);
        return stream;
      };
    });
    const pad = await tablet.context.newPage();
    const cameraState = () =>
      pad.evaluate(() => {
        const streams = (window as unknown as { cameraStreams: MediaStream[] }).cameraStreams;
        return { opened: streams.length, live: streams.flatMap((s) => s.getTracks()).filter((track) => track.readyState === 'live').length };
      });

    await pad.goto(`${t.hub.url}/tablet/demo`);
    await pad.getByTestId('pair-scan').click();
    await pad.getByTestId('badge-signin').waitFor({ timeout: 15_000 });
    expect(await pad.evaluate(() => localStorage.getItem('roundtable.deviceToken'))).toBeTruthy();
    expect(await cameraState()).toEqual({ opened: 1, live: 0 });

    const [delegate] = (await delegatesOf(t.hub.url, t.passcode, 'demo')) as [Delegate];
    const { token } = await issueBadge(t.hub.url, t.passcode, 'demo', delegate.id);
    qrCameraFile(camera, token);
    await pad.getByTestId('badge-scan').click();
    await expect.poll(() => pad.getByTestId('delegate-badge').getAttribute('data-delegate-id'), { timeout: 15_000 }).toBe(delegate.id);
    expect(await cameraState()).toEqual({ opened: 2, live: 0 });
  });

  it('loaded nothing from any host but the hub', () => {
    expect(foreign.flat()).toEqual([]);
  });
});
