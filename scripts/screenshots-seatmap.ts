// The seat map's shots (issue 15.3), in Vietnamese and English, at 1920x1080 and 1280x800: the chair's console with
// the hall of 600 seats in the middle of a secret vote (most checked in, most tablets online, some voted, two on
// paper, three asking to speak, a few seats without a delegate), a seat opened, and the secretariat's seat tab with its layout tools and a
// seat's paper vote; the console it opens from (at 1280x800, scrolled to its foot too). Its own hub and meeting: `npm run build:web && node scripts/screenshots-seatmap.ts`
// (SCREENSHOTS_OUT writes them elsewhere).
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { pool, prepareHall } from '../bench/seatmap.ts';
import { launchChromium } from '../tests/support/browser.ts';
import { connect, ok, startTestHub, type TestSocket } from '../tests/support/hub.ts';

const ROOT = join(import.meta.dirname, '..');
const OUT = process.env.SCREENSHOTS_OUT ? resolve(process.env.SCREENSHOTS_OUT) : join(ROOT, 'docs/screenshots');
const SIZES = { '1920': { width: 1920, height: 1080 }, '1280': { width: 1280, height: 800 } };
const SEATS = 600;

const settle = async (page: Page) => {
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(700);
};

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const t = await startTestHub({ webRoot: join(ROOT, 'dist/renderer') });
  const sockets: TestSocket[] = [];
  let browser: Browser | null = null;
  try {
    const room = await prepareHall(t.hub.url, t.passcode, SEATS);
    const { secretariat, meetingId, delegates } = room;
    // Some seats left without a delegate: the list is one person short in a few places.
    for (const i of [5, 77, 301, 302, 540]) await ok(secretariat, 'delegate.update', { meetingId, delegateId: delegates[i]!.id, seat: '' });
    // Most tablets signed in and reported; most delegates checked in.
    const tablets: (TestSocket | null)[] = [];
    await pool(delegates, 16, async (d, i) => {
      if (i % 9 === 4 || [5, 77, 301, 302, 540].includes(i)) return;
      const socket = await connect(t.hub.url, { deviceName: `Máy ${i + 1}` });
      sockets.push(socket);
      await ok(socket, 'device.pair', { code: room.pairingCode });
      await ok(socket, 'session.badgeSignIn', { meetingId, code: room.badges[i]! });
      await ok(socket, 'meeting.open', { meetingId });
      if (i % 13 !== 6) await ok(socket, 'preload.report', { meetingId, documents: [] });
      tablets[i] = socket;
    });
    await pool(delegates, 16, async (d, i) => {
      if (i % 11 !== 3 && ![5, 77, 301, 302, 540].includes(i)) await ok(secretariat, 'checkin.manual', { meetingId, delegateId: d.id });
    });
    // Tablets that lost their connection since.
    for (const i of [20, 21, 150, 151, 152, 420]) tablets[i]?.disconnect();
    // A secret vote open: about two thirds voted on tablets, two on paper.
    const chair = await connect(t.hub.url);
    sockets.push(chair);
    await ok(chair, 'session.signIn', { passcode: room.chairSecret, role: 'chair' });
    const { motionId } = (await ok(chair, 'motion.create', { meetingId, itemId: room.itemId, title: 'Thông qua Nghị quyết Đại hội', ballot: 'secret', rule: 'moreYesThanNo' })).data;
    await ok(chair, 'motion.open', { meetingId, motionId });
    await pool(delegates, 16, async (_, i) => {
      const socket = tablets[i];
      if (socket?.connected && i % 11 !== 3 && i % 3 !== 0) {
        await ok(socket, 'motion.cast', { meetingId, motionId, castId: crypto.randomUUID(), answer: 'yes' });
      }
    });
    for (const i of [4, 13]) await ok(secretariat, 'motion.paperMark', { meetingId, motionId, delegateId: delegates[i]!.id });
    // Three delegates asking to speak, one on a point of order, one asked for by the secretariat.
    await ok(tablets[41]!, 'speakers.ask', { meetingId });
    await ok(tablets[226]!, 'speakers.ask', { meetingId, kind: 'pointOfOrder' });
    await ok(secretariat, 'speakers.ask', { meetingId, delegateId: delegates[4]!.id });

    browser = await launchChromium();
    for (const language of ['vi', 'en'] as const) {
      for (const [size, viewport] of Object.entries(SIZES)) {
        const context = await browser.newContext({ viewport, locale: language === 'vi' ? 'vi-VN' : 'en-GB', deviceScaleFactor: 1 });
        await context.addInitScript((lng) => localStorage.setItem('roundtable.language', lng), language);
        const shot = (page: Page, name: string) => page.screenshot({ path: join(OUT, `${name}-${size}-${language}.png`) });

        const console = await context.newPage();
        await console.goto(`${t.hub.url}/console/${meetingId}`);
        await console.getByTestId('signin-passcode').fill(room.chairSecret);
        await console.getByTestId('signin-submit').click();
        // The console itself, and at 1280x800 scrolled to its foot (the room QR and the meeting's card below the
        // controls, the link to the map among them, reached by a click at either size).
        await console.getByTestId('open-seat-map').waitFor();
        await settle(console);
        await shot(console, 'console-board');
        if (viewport.width < 1920) {
          await console.getByTestId('room-qr-panel').scrollIntoViewIfNeeded();
          await settle(console);
          await shot(console, 'console-board-foot');
        }
        await console.getByTestId('open-seat-map').click();
        await console.locator(`[data-testid="seat-canvas"][data-seats="${SEATS}"]`).waitFor();
        await settle(console);
        await shot(console, 'console-seat-map');
        // A seat opened: who sits there and her states in words.
        await console.getByTestId('seat-find').fill(delegates[12]!.seat);
        await console.getByTestId('seat-find').press('Enter');
        await console.getByTestId('seat-dialog').waitFor();
        await settle(console);
        await shot(console, 'console-seat-open');

        const desk = await context.newPage();
        await desk.goto(`${t.hub.url}/secretariat/${meetingId}?tab=seats`);
        await desk.getByTestId('signin-passcode').fill(t.passcode);
        await desk.getByTestId('signin-submit').click();
        await desk.getByTestId('hall-editor').waitFor();
        await desk.locator(`[data-testid="seat-canvas"][data-seats="${SEATS}"]`).waitFor();
        await settle(desk);
        await shot(desk, 'secretariat-seat-map');
        // A delegate present without a working tablet: her seat opened, her paper vote offered.
        await desk.getByTestId('seat-find').fill(delegates[9]!.seat);
        await desk.getByTestId('seat-find').press('Enter');
        await desk.getByTestId('seat-dialog').waitFor();
        await settle(desk);
        await shot(desk, 'secretariat-seat-paper');
        await context.close();
      }
    }
  } finally {
    for (const s of sockets) s.disconnect();
    await browser?.close();
    await t.stop();
  }
}

await main();
