// The seat map under a congress's load (issue 15.3): the chair's console shows the seat map of a hall of n seats in
// Chromium while n simulated tablets sign in (online, documents reported), are checked in at ten desks, and vote on a
// motion all at once. The page records every frame: requestAnimationFrame deltas, long animation frames and long tasks.
// `npm run bench -- --scenario seatmap` runs it with 1,500; tests/e2e/seat-map.test.ts with fewer.
import { join } from 'node:path';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { gridLayout, seatLabels } from '../shared/domain/hall.ts';
import { CONSOLE, launchChromium } from '../tests/support/browser.ts';
import { connect, ok, signIn, staffCredential, startTestHub, type TestSocket } from '../tests/support/hub.ts';
import { FRAME_MARK, traceFrames, type PageCpu } from './pageCpu.ts';

export interface SeatmapOptions {
  tablets: number;
  /** The built web client (dist/renderer). */
  webRoot: string;
  log?: (line: string) => void;
}

export interface FramePhase {
  phase: string;
  ms: number;
  /** requestAnimationFrame deltas: how long the screen went without a new frame. */
  frames: number;
  longestFrameMs: number;
  framesOver50: number;
  /** Long animation frames (`long-animation-frame`): the longest's duration and blocking time. */
  longestLoafMs: number;
  longestBlockingMs: number;
  /** Long tasks (`longtask`, over 50 ms): how many and the longest. */
  longTasks: number;
  longestTaskMs: number;
  /** The page's own cost, in CPU time of its main thread (not the time it waited for a core): see bench/pageCpu.ts. */
  longestFrameCpuMs: number;
  pageCpuMs: number;
}

export interface SeatmapFigures {
  tablets: number;
  seats: number;
  phases: FramePhase[];
  /** What the map showed at the end: present and voted, from its counts. */
  shownPresent: number;
  shownVoted: number;
}

/** Runs `task` over `items` with at most `width` at once. */
export async function pool<T>(items: readonly T[], width: number, task: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(width, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        await task(items[i]!, i);
      }
    }),
  );
}

/** In the page before anything runs: every frame's delta, every long animation frame and long task, from `measure` on. */
export const FRAME_PROBE = `
(() => {
  const f = { on: false, deltas: [], loafs: [], tasks: [] };
  window.__frames = f;
  let last = performance.now();
  const tick = (t) => { if (f.on) { f.deltas.push(t - last); performance.mark('${FRAME_MARK}'); performance.clearMarks('${FRAME_MARK}'); } last = t; requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
  try {
    new PerformanceObserver((list) => { if (f.on) for (const e of list.getEntries()) f.loafs.push([e.duration, e.blockingDuration ?? 0]); })
      .observe({ type: 'long-animation-frame', buffered: false });
  } catch {}
  try {
    new PerformanceObserver((list) => { if (f.on) for (const e of list.getEntries()) f.tasks.push(e.duration); })
      .observe({ type: 'longtask', buffered: false });
  } catch {}
})();
`;

export async function startPhase(page: Page, cdp: CDPSession): Promise<{ stop: () => Promise<PageCpu> }> {
  const trace = await traceFrames(cdp);
  await page.evaluate(() => {
    const f = (window as unknown as { __frames: { on: boolean; deltas: number[]; loafs: number[][]; tasks: number[] } }).__frames;
    Object.assign(f, { on: true, deltas: [], loafs: [], tasks: [] });
  });
  return trace;
}

async function endPhase(page: Page, phase: string, started: number, trace: { stop: () => Promise<PageCpu> }): Promise<FramePhase> {
  // Two frames after the last push, so what it caused is counted.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const f = await page.evaluate(() => {
    const probe = (window as unknown as { __frames: { on: boolean; deltas: number[]; loafs: number[][]; tasks: number[] } }).__frames;
    probe.on = false;
    return { deltas: probe.deltas, loafs: probe.loafs, tasks: probe.tasks };
  });
  const cpu = await trace.stop();
  const max = (xs: number[]) => xs.reduce((a, b) => Math.max(a, b), 0);
  return {
    phase,
    ms: Math.round(performance.now() - started),
    frames: f.deltas.length,
    longestFrameMs: Math.round(max(f.deltas)),
    framesOver50: f.deltas.filter((d) => d > 50).length,
    longestLoafMs: Math.round(max(f.loafs.map((l) => l[0]!))),
    longestBlockingMs: Math.round(max(f.loafs.map((l) => l[1]!))),
    longTasks: f.tasks.length,
    longestTaskMs: Math.round(max(f.tasks)),
    longestFrameCpuMs: Math.round(cpu.longestFrameCpuMs),
    pageCpuMs: Math.round(cpu.totalCpuMs),
  };
}

/**
 * A hall of `tablets` seats in three blocks (rows lettered, seats numbered across the row, an aisle in each block),
 * a delegate in every seat with a badge, the hall laid out from their seats, the meeting published.
 */
export async function prepareHall(url: string, passcode: string, n: number) {
  const secretariat = await signIn(url, passcode, 'secretariat');
  const meetingId = 'dai-hoi';
  await ok(secretariat, 'meeting.create', { id: meetingId, title: 'Đại hội đại biểu lần thứ XIV', date: new Date().toISOString().slice(0, 10), place: 'Hội trường lớn' });
  const { itemId } = (await ok(secretariat, 'agenda.add', { meetingId, title: 'Biểu quyết thông qua Nghị quyết Đại hội' })).data;
  const perRow = Math.max(6, Math.ceil(Math.sqrt((n * 1.8) / 9)));
  const rows = Math.ceil(n / (3 * perRow));
  const seats = seatLabels(gridLayout({ blocks: 3, rows, seatsPerRow: perRow })).slice(0, n);
  await ok(secretariat, 'delegate.import', {
    meetingId,
    delegates: seats.map((seat, i) => ({ fullName: `Đại biểu Nguyễn Văn ${i + 1}`, organisation: `Đoàn số ${(i % 60) + 1}`, seat })),
  });
  const opened = (await ok(secretariat, 'meeting.open', { meetingId })).data;
  if (opened.mode !== 'snapshot') throw new Error('expected a snapshot');
  const delegates = opened.snapshot.delegates;
  const badges: string[] = [];
  await pool(delegates, 32, async (d, i) => {
    badges[i] = (await ok(secretariat, 'badge.issue', { meetingId, delegateId: d.id })).data.token;
  });
  // The hall: laid out from the seats (one block, the rows as the labels say), then drawn again as the grid it is:
  // three blocks side by side, the seats the list does not fill left as gaps.
  await ok(secretariat, 'hall.fromSeats', { meetingId });
  const taken = new Set(seats);
  const grid = gridLayout({ blocks: 3, rows, seatsPerRow: perRow });
  await ok(secretariat, 'hall.set', {
    layout: { blocks: grid.blocks.map((b) => ({ ...b, rows: b.rows.map((r) => ({ ...r, seats: r.seats.map((s) => (s !== null && taken.has(s) ? s : null)) })) })) },
  });
  await ok(secretariat, 'meeting.publish', { meetingId });
  const chairSecret = await staffCredential(url, passcode, 'chair', 'Chủ tọa');
  const { code } = (await ok(secretariat, 'pairing.get', {})).data;
  return { secretariat, meetingId, itemId, delegates, badges, chairSecret, pairingCode: code, seats: seats.length };
}

/** The console's seat map in Chromium while the tablets sign in, are checked in and vote; the frames of each phase. */
export async function runSeatmap({ tablets: n, webRoot, log = () => undefined }: SeatmapOptions): Promise<SeatmapFigures> {
  const t = await startTestHub({ webRoot });
  const sockets: TestSocket[] = [];
  let browser: Browser | null = null;
  try {
    const room = await prepareHall(t.hub.url, t.passcode, n);
    log(`seatmap: ${n} delegates seated, hall laid out`);
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: CONSOLE, locale: 'vi-VN' });
    await context.addInitScript(FRAME_PROBE);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await page.goto(`${t.hub.url}/console/${room.meetingId}/seats`);
    await page.getByTestId('signin-passcode').fill(room.chairSecret);
    await page.getByTestId('signin-submit').click();
    await page.locator(`[data-testid="seat-canvas"][data-seats="${room.seats}"]`).waitFor({ timeout: 30_000 });
    await page.getByTestId('seat-legend').waitFor();
    const phases: FramePhase[] = [];

    // 1. Every tablet pairs, signs in with its badge, opens the meeting and reports its documents: online, loaded.
    let trace = await startPhase(page, cdp);
    let started = performance.now();
    const devices: TestSocket[] = [];
    await pool(room.delegates, 24, async (_, i) => {
      const socket = await connect(t.hub.url, { deviceName: `Máy tính bảng ${i + 1}` });
      sockets.push(socket);
      await ok(socket, 'device.pair', { code: room.pairingCode });
      await ok(socket, 'session.badgeSignIn', { meetingId: room.meetingId, code: room.badges[i]! });
      await ok(socket, 'meeting.open', { meetingId: room.meetingId });
      await ok(socket, 'preload.report', { meetingId: room.meetingId, documents: [] });
      devices[i] = socket;
    });
    phases.push(await endPhase(page, 'tablets sign in', started, trace));
    log(`seatmap: ${n} tablets signed in`);

    // 2. Ten desks check every delegate in at once (attendance: merged per 250 ms).
    const desks: TestSocket[] = [];
    for (let d = 0; d < 10; d++) desks.push(await signIn(t.hub.url, t.passcode, 'checkin'));
    sockets.push(...desks);
    trace = await startPhase(page, cdp);
    started = performance.now();
    await pool(room.badges, 40, async (code, i) => {
      await ok(desks[i % desks.length]!, 'checkin.scan', { meetingId: room.meetingId, code });
    });
    await page.locator(`[data-testid="seat-map"][data-present="${n}"]`).waitFor({ timeout: 60_000 });
    phases.push(await endPhase(page, 'check-in', started, trace));
    log(`seatmap: ${n} checked in`);

    // 3. The chair opens a motion; every tablet votes at once (ballot counts merged per 250 ms, who voted asked again).
    const chair = await signIn(t.hub.url, t.passcode, 'chair');
    sockets.push(chair);
    const { motionId } = (await ok(chair, 'motion.create', { meetingId: room.meetingId, itemId: room.itemId, title: 'Thông qua Nghị quyết Đại hội', ballot: 'secret', rule: 'moreYesThanNo' })).data;
    await ok(chair, 'motion.open', { meetingId: room.meetingId, motionId });
    trace = await startPhase(page, cdp);
    started = performance.now();
    await pool(devices, 60, async (socket, i) => {
      await ok(socket, 'motion.cast', { meetingId: room.meetingId, motionId, castId: crypto.randomUUID(), answer: (['yes', 'no', 'abstain'] as const)[i % 3]! });
    });
    await page.locator(`[data-testid="seat-map"][data-voted="${n}"]`).waitFor({ timeout: 60_000 });
    phases.push(await endPhase(page, 'vote', started, trace));
    log(`seatmap: ${n} voted`);

    const shown = await page.getByTestId('seat-map').evaluate((el) => ({ present: Number(el.getAttribute('data-present')), voted: Number(el.getAttribute('data-voted')) }));
    return { tablets: n, seats: room.seats, phases, shownPresent: shown.present, shownVoted: shown.voted };
  } finally {
    for (const s of sockets) s.disconnect();
    await browser?.close();
    await t.stop();
  }
}

/** `npm run bench -- --scenario seatmap`: the figures as bench rows, one per phase (target: no frame over 100 ms). */
export async function seatmapBench(tablets: number, log: (line: string) => void): Promise<{ scenario: string; measure: string; value: string; target: string }[]> {
  const figures = await runSeatmap({ tablets, webRoot: join(import.meta.dirname, '../dist/renderer'), log });
  return figures.phases.map((p) => ({
    scenario: `seat map, ${tablets.toLocaleString('en')} tablets: ${p.phase}`,
    measure: "console in Chromium: the page's CPU per frame, most / longest frame (rAF delta) / longest long animation frame / long tasks over 50 ms (longest) / the page's CPU in all",
    value: `${p.longestFrameCpuMs} ms / ${p.longestFrameMs} ms / ${p.longestLoafMs} ms / ${p.longTasks} (${p.longestTaskMs} ms) / ${(p.pageCpuMs / 1000).toFixed(1)} s over ${(p.ms / 1000).toFixed(1)} s`,
    target: '< 100 ms',
  }));
}
