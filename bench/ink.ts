// `npm run bench -- --scenario ink` (issue 17): frame times while a delegate draws on a page that holds 500 strokes,
// in the real tablet app in Chromium against a real hub. The 500 are real annotations: put through the hub's
// annotations.put as the delegate's other device, loaded by the tablet's own sync. The baseline, in the same run:
// the same drawing on the same page (the same PDF, added again as a document of its own) with no stored strokes.
// Strokes are drawn with CDP mouse events, 60 moves 16 ms apart; the page records every frame (bench/seatmap.ts's probe).
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { TABLET, hubOnlyContext, launchChromium } from '../tests/support/browser.ts';
import { connect, ok, startTestHub } from '../tests/support/hub.ts';
import { seedPublishedMeeting } from '../tests/support/preload.ts';
import { pairByRoomQr, roomQrLink, signInWithCode } from '../tests/support/tablet.ts';
import { frameFigures, strokePoints, type FrameFigures } from './inkFrames.ts';
import type { PageCpu } from './pageCpu.ts';
import type { Result } from './scenarios.ts';
import { FRAME_PROBE, startPhase } from './seatmap.ts';

const STORED = 500;
const DRAWN = 8;
const MOVES = 60;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Drawing extends FrameFigures {
  longestLoafMs: number;
  longestFrameCpuMs: number;
  cpuPerFrameMs: number;
}

async function openDocument(page: Page, documentId: string): Promise<void> {
  await page.goto(new URL(page.url()).origin + new URL(page.url()).pathname.replace(/\/documents\/.*$/, ''));
  await page.getByTestId('agenda-item-button').first().click();
  await page.locator(`[data-testid="document-item"][data-document-id="${documentId}"] [data-testid="document-open"]`).click();
  await page.locator('[data-testid="viewer-page-view"][data-page-number="1"][data-rendered="true"]').waitFor({ timeout: 30_000 });
  await page.locator('[data-testid="annotation-layer"][data-page="0"]').waitFor({ timeout: 10_000 });
}

const inkOnPage = (page: Page) => page.locator('[data-testid="annotation-layer"][data-page="0"] [data-testid="annotation-ink"]').count();

/** Draws DRAWN strokes on page 1 with the pen and answers the frames of the whole drawing. */
async function drawAndMeasure(page: Page, cdp: CDPSession): Promise<Drawing> {
  await page.getByTestId('annotation-tool-pen').click();
  const before = await inkOnPage(page);
  const box = (await page.locator('[data-testid="annotation-layer"][data-page="0"]').boundingBox())!;
  const at = ([fx, fy]: [number, number]) => ({ x: box.x + box.width * fx, y: box.y + box.height * fy });
  const first = at(strokePoints(0, MOVES)[0]!);
  const reaches = await page.evaluate(({ x, y }) => !!document.elementFromPoint(x, y)?.closest('[data-testid="annotation-layer"][data-page="0"]'), first);
  if (!reaches) throw new Error('the strokes would start off page 1 (off the screen or under a bar)');
  const trace = await startPhase(page, cdp);
  for (let n = 0; n < DRAWN; n++) {
    const points = strokePoints(n, MOVES).map(at);
    await cdp.send('Input.dispatchMouseEvent', { type: 'mouseMoved', ...points[0]!, buttons: 0 });
    await cdp.send('Input.dispatchMouseEvent', { type: 'mousePressed', ...points[0]!, button: 'left', buttons: 1, clickCount: 1 });
    for (const p of points.slice(1)) {
      await sleep(16);
      await cdp.send('Input.dispatchMouseEvent', { type: 'mouseMoved', ...p, button: 'left', buttons: 1 });
    }
    await cdp.send('Input.dispatchMouseEvent', { type: 'mouseReleased', ...points[points.length - 1]!, button: 'left', buttons: 0, clickCount: 1 });
    await sleep(100);
  }
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const f = await page.evaluate(() => {
    const probe = (window as unknown as { __frames: { on: boolean; deltas: number[]; loafs: number[][] } }).__frames;
    probe.on = false;
    return { deltas: probe.deltas, loafs: probe.loafs };
  });
  const cpu: PageCpu = await trace.stop();
  const after = await inkOnPage(page);
  if (after !== before + DRAWN) throw new Error(`drew ${DRAWN} strokes but page 1 went from ${before} to ${after}`);
  return {
    ...frameFigures(f.deltas),
    longestLoafMs: f.loafs.reduce((a, l) => Math.max(a, l[0]!), 0),
    longestFrameCpuMs: cpu.longestFrameCpuMs,
    cpuPerFrameMs: cpu.frames > 0 ? cpu.totalCpuMs / cpu.frames : NaN,
  };
}

export async function runInk(webRoot: string, log: (line: string) => void): Promise<{ bare: Drawing; loaded: Drawing; stored: number }> {
  const t = await startTestHub({ webRoot });
  const browser = await launchChromium();
  try {
    const seeded = await seedPublishedMeeting(t.hub.url, t.passcode, 'ink-bench');
    const { meetingId } = seeded;
    // The delegate's other device: the page's sha256, the same PDF again as a bare document, then 500 strokes on page 1.
    const device = await connect(t.hub.url, { deviceName: 'Bench device' });
    const staff = await connect(t.hub.url);
    try {
      await ok(staff, 'session.signIn', { role: 'secretariat', passcode: t.passcode });
      await ok(device, 'device.pair', { code: (await ok(staff, 'pairing.get', {})).data.code });
      await ok(device, 'session.badgeSignIn', { meetingId, code: seeded.reader.shortCode });
      const opened = (await ok(device, 'meeting.open', { meetingId })).data;
      if (opened.mode !== 'snapshot') throw new Error('expected a snapshot');
      const sha256 = opened.snapshot.documents.find((d) => d.id === seeded.documents.open)!.sha256;
      const bareId = (await ok(staff, 'document.add', { meetingId, itemId: seeded.itemId, title: 'Bản sao không ghi chú', sha256, access: { kind: 'all' } })).data.documentId;
      for (let n = 0; n < STORED; n++) {
        const points = strokePoints(n * 3 + 1, 40, 0.05, 0.95).map(([x, y], i) => [x, y, 0.4 + 0.3 * Math.abs(Math.sin(i / 6))]);
        await ok(device, 'annotations.put', {
          meetingId,
          id: crypto.randomUUID(),
          baseRev: 0,
          documentId: seeded.documents.open,
          sha256,
          itemId: null,
          kind: 'ink',
          visibility: 'private',
          body: { page: 0, color: '#1d4ed8', width: 3, points, line: null },
        });
      }
      await ok(device, 'session.signOut', {});
      log(`ink: ${STORED} strokes put on page 1`);

      const { context } = await hubOnlyContext(browser, t.hub.url, { viewport: TABLET });
      await context.addInitScript(FRAME_PROBE);
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await pairByRoomQr(page, await roomQrLink(t.hub.url, t.passcode, meetingId));
      await signInWithCode(page, seeded.reader.shortCode);
      await page.getByTestId('agenda-item-button').first().waitFor({ timeout: 30_000 });

      await openDocument(page, bareId);
      const bare = await drawAndMeasure(page, cdp);
      log(`ink: bare page drawn`);
      await openDocument(page, seeded.documents.open);
      await page.waitForFunction((n) => document.querySelectorAll('[data-testid="annotation-layer"][data-page="0"] [data-testid="annotation-ink"]').length >= n, STORED, { timeout: 60_000 });
      const stored = await inkOnPage(page);
      const loaded = await drawAndMeasure(page, cdp);
      log(`ink: page with ${stored} strokes drawn`);
      return { bare, loaded, stored };
    } finally {
      device.disconnect();
      staff.disconnect();
    }
  } finally {
    await browser.close();
    await t.stop();
  }
}

const ms = (n: number) => `${n.toFixed(1)} ms`;

export async function inkBench(log: (line: string) => void): Promise<Result[]> {
  const { bare, loaded, stored } = await runInk(join(import.meta.dirname, '../dist/renderer'), log);
  const row = (d: Drawing) =>
    `${ms(d.medianMs)} / ${ms(d.p95Ms)} / ${ms(d.worstMs)} (${d.frames} frames); longest LoAF ${ms(d.longestLoafMs)}; page CPU per frame ${ms(d.cpuPerFrameMs)}, most ${ms(d.longestFrameCpuMs)}`;
  const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
  const measure = `drawing ${DRAWN} strokes of ${MOVES} moves (16 ms apart) in Chromium: frame (rAF delta) median / p95 / worst`;
  return [
    { scenario: 'ink, bare page', measure, value: row(bare), target: 'baseline' },
    { scenario: `ink, page with ${stored} strokes`, measure, value: row(loaded), target: 'as the bare page' },
    {
      scenario: `ink, ${stored} strokes over bare`,
      measure: 'ratios: frame median / p95 / worst / page CPU per frame',
      value: `${ratio(loaded.medianMs, bare.medianMs)} / ${ratio(loaded.p95Ms, bare.p95Ms)} / ${ratio(loaded.worstMs, bare.worstMs)} / ${ratio(loaded.cpuPerFrameMs, bare.cpuPerFrameMs)}`,
      target: '≈ 1×',
    },
  ];
}
