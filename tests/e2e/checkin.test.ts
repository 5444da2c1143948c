import { createHmac } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import QRCode from 'qrcode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signBadge } from '../../shared/domain/badge-token.ts';
import type { Delegate } from '../../shared/protocol/index.ts';
import { CHROMIUM, CONSOLE, TABLET, chromiumPresent, hubOnlyContext, launchChromium } from '../support/browser.ts';
import { ok, signIn, staffCredential, startTestHub, tempDir, type TestHub, type TestSocket } from '../support/hub.ts';

const WEB_ROOT = join(import.meta.dirname, '../../dist/renderer');

async function signInAs(page: Page, passcode: string) {
  await page.getByTestId('signin-passcode').fill(passcode);
  await page.getByTestId('signin-submit').click();
}

/** The result panel's outcome, code, sequence number and text, once a result newer than `after` is shown. */
async function nextResult(desk: Page, after: number) {
  const handle = await desk.waitForFunction(
    (seq) => {
      const panel = document.querySelector<HTMLElement>('[data-testid="checkin-result"]');
      return panel && Number(panel.dataset.seq) > seq
        ? { outcome: panel.dataset.outcome, code: panel.dataset.code ?? null, seq: Number(panel.dataset.seq), text: panel.textContent ?? '' }
        : null;
    },
    after,
    { timeout: 10_000 },
  );
  return (await handle.jsonValue())!;
}

/** What a USB or Bluetooth scanner does: types the badge's text into the focused field, then Enter. */
async function scanLikeAScanner(desk: Page, text: string): Promise<number> {
  await desk.keyboard.type(text);
  const at = Date.now();
  await desk.keyboard.press('Enter');
  return at;
}

/**
 * A video file Chromium plays as its camera (Y4M, grey levels only): the QR code of `text`, black on
 * white, in the middle of a 640x480 frame. Chromium loops it, so the camera "sees" the badge all along.
 */
function qrVideo(path: string, text: string): void {
  const [width, height, scale] = [640, 480, 8];
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const size = qr.modules.size;
  const left = Math.floor((width - size * scale) / 2);
  const top = Math.floor((height - size * scale) / 2);
  const luma = Buffer.alloc(width * height, 235);
  for (let y = 0; y < size * scale; y++) {
    for (let x = 0; x < size * scale; x++) {
      if (qr.modules.get(Math.floor(y / scale), Math.floor(x / scale))) luma[(top + y) * width + left + x] = 16;
    }
  }
  const chroma = Buffer.alloc((width / 2) * (height / 2) * 2, 128);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma]);
  writeFileSync(path, Buffer.concat([Buffer.from(`YUV4MPEG2 W${width} H${height} F8:1 Ip A1:1 C420jpeg\n`), frame, frame]));
}

const presentOnConsole = async (chair: Page) => Number(await chair.getByTestId('attendance-card').getAttribute('data-present'));

describe.skipIf(!chromiumPresent)('check-in with QR badges; the chair sees attendance live (Chromium)', () => {
  let t: TestHub;
  let browser: Browser;
  let secretariat: TestSocket;
  let delegates: Delegate[];
  /** The chair's and the desk's own credentials, issued by the secretariat through the hub. */
  let chairSecret: string;
  let deskSecret: string;
  const foreignRequests: string[][] = [];

  beforeAll(async () => {
    if (!existsSync(join(WEB_ROOT, 'index.html'))) throw new Error('Build the web client first: npm run build:web');
    t = await startTestHub({ seedDemo: true, webRoot: WEB_ROOT, requirePairing: false });
    browser = await launchChromium();
    secretariat = await signIn(t.hub.url, t.passcode, 'secretariat');
    chairSecret = await staffCredential(t.hub.url, t.passcode, 'chair', 'Chủ tọa');
    deskSecret = await staffCredential(t.hub.url, t.passcode, 'checkin', 'Bàn điểm danh 1');
    const opened = (await ok(secretariat, 'meeting.open', { meetingId: 'demo' })).data;
    if (opened.mode !== 'snapshot') throw new Error('expected a snapshot');
    delegates = opened.snapshot.delegates;
    expect(delegates.length).toBeGreaterThan(3);
  });
  afterAll(async () => {
    secretariat?.disconnect();
    await browser?.close();
    await t?.stop();
  });

  it('a scanned badge checks in (green), again (amber), forged and altered ones are refused (red); the console counts within a second', async () => {
    const chairSide = await hubOnlyContext(browser, t.hub.url, { viewport: CONSOLE });
    const deskSide = await hubOnlyContext(browser, t.hub.url, { viewport: TABLET });
    foreignRequests.push(chairSide.foreign, deskSide.foreign);

    const chair = await chairSide.context.newPage();
    await chair.goto(`${t.hub.url}/console/demo`);
    await signInAs(chair, chairSecret);
    await chair.getByTestId('attendance-card').waitFor();
    expect(await chair.getByTestId('attendance-card').getAttribute('data-members')).toBe(String(delegates.length));

    const desk = await deskSide.context.newPage();
    await desk.goto(`${t.hub.url}/checkin/demo`);
    await signInAs(desk, deskSecret);
    const field = desk.getByTestId('checkin-scan-input');
    await field.waitFor();
    await expect.poll(() => field.evaluate((el) => el === document.activeElement)).toBe(true);
    await expect.poll(() => desk.getByTestId('connection-badge').getAttribute('data-status')).toBe('connected');

    const [first, second] = delegates as [Delegate, Delegate];
    const badge = (await ok(secretariat, 'badge.issue', { meetingId: 'demo', delegateId: first.id })).data;
    const before = await presentOnConsole(chair);

    // Green: checked in, with the right name; the chair's console counts one more within a second.
    const scannedAt = await scanLikeAScanner(desk, badge.token);
    await chair.waitForFunction((n) => document.querySelector('[data-testid="attendance-card"]')?.getAttribute('data-present') === String(n), before + 1, {
      timeout: 1000,
    });
    expect(Date.now() - scannedAt).toBeLessThan(1000);
    const green = await nextResult(desk, 0);
    expect(green.outcome).toBe('checked_in');
    expect(green.text).toContain(first.fullName);
    expect(green.text).toContain(first.seat);
    expect(await field.inputValue()).toBe('');

    // Amber: the same badge again says since when.
    await scanLikeAScanner(desk, badge.token);
    const amber = await nextResult(desk, green.seq);
    expect(amber.outcome).toBe('already_present');
    expect(amber.text).toMatch(/Đã điểm danh lúc \d{2}:\d{2}/);
    expect(amber.text).toContain(first.fullName);

    // Red: the valid token with its last characters changed (a signature this hub never made) …
    const forged = `${badge.token.slice(0, -4)}${badge.token.endsWith('AAAA') ? 'BBBB' : 'AAAA'}`;
    await scanLikeAScanner(desk, forged);
    const red = await nextResult(desk, amber.seq);
    expect(red).toMatchObject({ outcome: 'refused', code: 'badge_forged' });
    expect(red.text).toContain('Thẻ giả');

    // … one signed with another key for someone else …
    const otherKey = signBadge(
      { meetingId: 'demo', delegateId: second.id, serial: 1, expiresDay: 99_999 },
      (message) => createHmac('sha256', 'not the hub key').update(message).digest().subarray(0, 16).toString('base64url'),
    );
    await scanLikeAScanner(desk, otherKey);
    const red2 = await nextResult(desk, red.seq);
    expect(red2).toMatchObject({ outcome: 'refused', code: 'badge_forged' });

    // … and a genuine signature on changed contents (another delegate's id).
    const altered = badge.token.replace(`.${first.id}.`, `.${second.id}.`);
    await scanLikeAScanner(desk, altered);
    const red3 = await nextResult(desk, red2.seq);
    expect(red3).toMatchObject({ outcome: 'refused', code: 'badge_altered' });
    expect(red3.text).toContain('Thẻ đã bị sửa đổi');

    // A replaced badge no longer opens anything.
    await ok(secretariat, 'badge.issue', { meetingId: 'demo', delegateId: first.id });
    await scanLikeAScanner(desk, badge.token);
    const revoked = await nextResult(desk, red3.seq);
    expect(revoked).toMatchObject({ outcome: 'refused', code: 'badge_revoked' });

    // None of the refusals counted anyone.
    await chair.waitForTimeout(300);
    expect(await presentOnConsole(chair)).toBe(before + 1);

    // The short code printed under the QR, typed by hand (lower case, without the dash), works too.
    const secondBadge = (await ok(secretariat, 'badge.issue', { meetingId: 'demo', delegateId: second.id })).data;
    await desk.keyboard.type(secondBadge.shortCode.replace('-', '').toLowerCase(), { delay: 40 });
    await desk.keyboard.press('Enter');
    const byCode = await nextResult(desk, revoked.seq);
    expect(byCode.outcome).toBe('checked_in');
    expect(byCode.text).toContain(second.fullName);
    await chair.waitForFunction((n) => document.querySelector('[data-testid="attendance-card"]')?.getAttribute('data-present') === String(n), before + 2, {
      timeout: 1000,
    });

    // A code no badge has: not found.
    await scanLikeAScanner(desk, 'ZZZZ-ZZZZ');
    const unknown = await nextResult(desk, byCode.seq);
    expect(unknown).toMatchObject({ outcome: 'refused', code: 'not_found' });

    // The desk's own counters agree with the console.
    expect(await desk.getByTestId('checkin-counters').getAttribute('data-present')).toBe(String(before + 2));
  });


  it('the camera reads a badge held up to it and checks the delegate in once, however long it stays in view', async () => {
    const third = delegates[2]!;
    const badge = (await ok(secretariat, 'badge.issue', { meetingId: 'demo', delegateId: third.id })).data;
    const dir = tempDir('roundtable-camera-');
    const video = join(dir.path, 'badge.y4m');
    qrVideo(video, badge.token);
    // A browser whose camera is that video, with the permission already given.
    const cameraBrowser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${video}`],
    });
    try {
      const deskSide = await hubOnlyContext(cameraBrowser, t.hub.url, { viewport: TABLET });
      foreignRequests.push(deskSide.foreign);
      await deskSide.context.grantPermissions(['camera'], { origin: t.hub.url });
      const desk = await deskSide.context.newPage();
      const scans: string[] = [];
      desk.on('websocket', (ws) => ws.on('framesent', (frame) => String(frame.payload).includes('"checkin.scan"') && scans.push(String(frame.payload))));
      await desk.goto(`${t.hub.url}/checkin/demo`);
      await signInAs(desk, deskSecret);
      await desk.getByTestId('checkin-scan-input').waitFor();

      await desk.getByTestId('checkin-camera-toggle').click();
      await desk.getByTestId('checkin-camera').waitFor();
      const green = await nextResult(desk, 0);
      expect(green.outcome).toBe('checked_in');
      expect(green.text).toContain(third.fullName);

      // The badge stays in front of the camera: eight frames a second, and still one scan.
      await desk.waitForTimeout(2500);
      expect(scans).toHaveLength(1);
      expect(await desk.getByTestId('checkin-result').getAttribute('data-seq')).toBe(String(green.seq));

      // Turned off, the camera is released: its tracks end.
      await desk.evaluate(() => {
        const video = document.querySelector<HTMLVideoElement>('[data-testid="checkin-camera"]');
        (window as unknown as { cameraTracks: MediaStreamTrack[] }).cameraTracks = (video?.srcObject as MediaStream).getTracks();
      });
      await desk.getByTestId('checkin-camera-toggle').click();
      await expect.poll(() => desk.getByTestId('checkin-camera').count()).toBe(0);
      const tracks = await desk.evaluate(() => (window as unknown as { cameraTracks: MediaStreamTrack[] }).cameraTracks.map((track) => track.readyState));
      expect(tracks.length).toBeGreaterThan(0);
      expect(tracks.every((state) => state === 'ended')).toBe(true);
      expect(await desk.getByTestId('checkin-camera-toggle').getAttribute('aria-pressed')).toBe('false');
      await deskSide.context.close();
    } finally {
      await cameraBrowser.close();
      dir.remove();
    }
  });

  it('a lost badge is reissued at the desk: the old one is refused, the new code works, its PNG prints; the secretariat prints the PDF', async () => {
    const lost = delegates[3]!;
    const old = (await ok(secretariat, 'badge.issue', { meetingId: 'demo', delegateId: lost.id })).data;
    const deskSide = await hubOnlyContext(browser, t.hub.url, { viewport: TABLET });
    foreignRequests.push(deskSide.foreign);
    const desk = await deskSide.context.newPage();
    await desk.goto(`${t.hub.url}/checkin/demo`);
    await signInAs(desk, deskSecret);
    await desk.getByTestId('checkin-search').fill(lost.fullName);
    const row = desk.locator(`[data-testid="delegate-row"][data-delegate-id="${lost.id}"]`);
    await row.getByTestId('delegate-open').click();
    await row.getByTestId('reissue-badge').click();
    await row.getByTestId('reissue-badge-confirm').click();
    const shortCode = (await row.getByTestId('reissued-code').textContent())!.trim();
    expect(shortCode).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);

    // The PNG to print opens in a new tab through a one-time link asked for on the click: no token in any URL.
    const [pngAnswer] = await Promise.all([
      deskSide.context.waitForEvent('response', (response) => response.url().includes('/badge.png')),
      row.getByTestId('reissued-png').click(),
    ]);
    expect(pngAnswer.url()).toMatch(/\/badge\.png\?ticket=[\w-]+$/);
    expect(pngAnswer.status()).toBe(200);
    expect(pngAnswer.headers()['content-type']).toBe('image/png');
    expect((await pngAnswer.body()).subarray(1, 4).toString()).toBe('PNG');

    // The lost badge no longer works; the new short code does.
    await desk.getByTestId('checkin-scan-input').focus();
    await scanLikeAScanner(desk, old.token);
    const refused = await nextResult(desk, 0);
    expect(refused).toMatchObject({ outcome: 'refused', code: 'badge_revoked' });
    await scanLikeAScanner(desk, shortCode);
    const green = await nextResult(desk, refused.seq);
    expect(green.outcome).toBe('checked_in');
    expect(green.text).toContain(lost.fullName);
    await deskSide.context.close();

    // The secretariat's Print badges button issues the missing badges, then downloads the A4 sheet by a one-time link.
    const office = await hubOnlyContext(browser, t.hub.url, { viewport: CONSOLE });
    foreignRequests.push(office.foreign);
    const page = await office.context.newPage();
    await page.goto(`${t.hub.url}/secretariat/demo?tab=delegates`);
    await signInAs(page, t.passcode);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('print-badges').click()]);
    expect(download.url()).toMatch(/\/api\/meetings\/demo\/badges\.pdf\?ticket=[\w-]+$/);
    expect(download.suggestedFilename()).toBe('badges-demo.pdf');
    expect(readFileSync((await download.path())!).subarray(0, 5).toString()).toBe('%PDF-');
    await office.context.close();
  });

  it('loaded nothing from any host but the hub', () => {
    expect(foreignRequests.flat()).toEqual([]);
  });
});
