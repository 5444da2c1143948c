import { afterEach, describe, expect, it } from 'vitest';
import type { Ack } from '../../shared/protocol/index.ts';
import { GUESS_POLICIES } from '../../main/hub/throttle.ts';
import { connectFrom, currentCode, loopback, otherCode, pairFrom, tally } from '../support/guessing.ts';
import { expectHealthy } from '../support/hostile.ts';
import { nextPush, ok, send, signIn, startTestHub, type TestHub, type TestSocket } from '../support/hub.ts';
import { startThreadHub } from '../support/hub-thread.ts';

/**
 * A hostile device on the room's network guessing secrets from many source addresses at once (127.0.0.2… on the
 * loopback): the pairing code, the passcodes, badge short codes. Each kind has a budget for the whole room, whatever
 * the address; passcodes are hashed off the main thread, so the guessing never holds up other connections.
 */

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The most wrong guesses a room lets be checked in `elapsedMs`: its free budget, then one per spacing, each spacing
 * twice the last (1 s, 2 s, 4 s… for passcodes).
 */
function budget(kind: keyof typeof GUESS_POLICIES, elapsedMs: number): number {
  const { free, firstDelayMs } = GUESS_POLICIES[kind].global;
  return free + Math.ceil(Math.log2(elapsedMs / firstDelayMs + 1)) + 1;
}

/** Sends until the room lets the attempt through (a refused attempt is not checked and does not count), for at most `ms`. */
async function whenAdmitted(send: () => Promise<Ack<unknown>>, ms = 12_000): Promise<Ack<unknown>> {
  const deadline = Date.now() + ms;
  for (;;) {
    const ack = await send();
    if (ack.ok || ack.code !== 'rate_limited' || Date.now() > deadline) return ack;
    await sleep(250);
  }
}

let t: TestHub | null = null;
const sockets: TestSocket[] = [];
const keep = <T extends TestSocket>(s: T) => (sockets.push(s), s);
afterEach(async () => {
  for (const s of sockets.splice(0)) s.disconnect();
  await t?.stop();
  t = null;
});

describe('guessing the pairing code from many addresses', () => {
  it('is refused for the whole room past a small budget, the code is replaced and shown anew, and a tablet still pairs', async () => {
    t = await startTestHub();
    const secretariat = keep(await signIn(t.hub.url, t.passcode, 'secretariat'));
    const chair = keep(await signIn(t.hub.url, t.passcode, 'chair'));
    const shown: string[] = [];
    chair.on('pairing.changed', ({ code }) => shown.push(code));
    const first = await currentCode(secretariat);

    // 150 addresses, two guesses each, all at once: 300 attempts.
    const guessers = await Promise.all(Array.from({ length: 150 }, (_, i) => connectFrom(t!.hub.url, loopback(i + 1)).then(keep)));
    const started = Date.now();
    const acks = await Promise.all(guessers.flatMap((s, i) => [0, 1].map((k) => send(s, 'device.pair', { code: otherCode(first, 2 * i + k) }))));
    const counts = tally(acks);
    // Only the room's free budget was checked at all; every other attempt was refused unseen, with a code.
    expect(counts.ok).toBeUndefined();
    expect(counts.bad_passcode).toBeGreaterThanOrEqual(10);
    expect(counts.bad_passcode).toBeLessThanOrEqual(budget('pairing', Date.now() - started));
    expect(counts.bad_passcode! + counts.rate_limited!).toBe(300);

    // Replaced after ten wrong codes (twice for twenty): the chair's console was told each new one at once.
    const now = await currentCode(secretariat);
    expect(now).not.toBe(first);
    await expect.poll(() => shown.at(-1), { timeout: 5_000 }).toBe(now);
    expect(shown.length).toBe(Math.floor(counts.bad_passcode! / 10));

    // The secretariat sees every attempt, by address and outcome, and never a guessed code.
    const { failures, lastHour } = (await ok(secretariat, 'security.failures', { limit: 500 })).data;
    const pairing = failures.filter((f) => f.kind === 'pairing');
    expect(pairing.reduce((n, f) => n + f.count, 0)).toBe(300);
    expect(new Set(pairing.map((f) => f.address)).size).toBe(150);
    expect(pairing.filter((f) => f.outcome === 'wrong').reduce((n, f) => n + f.count, 0)).toBe(counts.bad_passcode);
    expect(lastHour.find((h) => h.kind === 'pairing')?.wrong).toBe(counts.bad_passcode);
    expect(JSON.stringify(failures)).not.toContain(otherCode(first, 0));
    await expectHealthy(t.hub.url);

    // A tablet that reads the new code pairs once the room's spacing allows; the old code is refused then.
    const tablet = keep(await connectFrom(t.hub.url, loopback(200)));
    expect(await whenAdmitted(() => send(tablet, 'device.pair', { code: now }))).toMatchObject({ ok: true });
    const late = keep(await connectFrom(t.hub.url, loopback(201)));
    expect(await whenAdmitted(() => send(late, 'device.pair', { code: first }))).toMatchObject({ ok: false, code: 'bad_passcode' });
  });

  it('is limited per address too: five wrong codes from one address, then that address waits', async () => {
    t = await startTestHub();
    const secretariat = keep(await signIn(t.hub.url, t.passcode, 'secretariat'));
    const code = await currentCode(secretariat);
    const guesser = keep(await connectFrom(t.hub.url, loopback(7)));
    const acks: Ack<unknown>[] = [];
    for (let n = 0; n < 7; n++) acks.push(await send(guesser, 'device.pair', { code: otherCode(code, n) }));
    expect(acks.map((a) => (a.ok ? 'ok' : a.code))).toEqual([...Array(5).fill('bad_passcode'), 'rate_limited', 'rate_limited']);
    // Another address is not held up by it.
    const tablet = keep(await connectFrom(t.hub.url, loopback(8)));
    expect(await send(tablet, 'device.pair', { code })).toMatchObject({ ok: true });
  });
});

describe('guessing passcodes from many addresses', () => {
  it('is throttled for the whole room, checks no more than the budget, and never holds the hub’s event loop', async () => {
    // The hub in its own thread, as in a room: what it goes through is measured there, apart from the guessers' work.
    const hub = await startThreadHub();
    try {
      const secretariat = keep(await signIn(hub.url, hub.passcode, 'secretariat'));
      const guessers = await Promise.all(Array.from({ length: 100 }, (_, i) => connectFrom(hub.url, loopback(i + 1)).then(keep)));

      const measured = await hub.measure();
      const micros = (u: NodeJS.CpuUsage) => u.user + u.system;
      const testBefore = process.threadCpuUsage();
      const allBefore = process.cpuUsage();
      const pings: Promise<Ack<unknown>>[] = [];
      const pinging = (async () => {
        for (let n = 0; n < 40; n++) {
          pings.push(send(secretariat, 'meeting.list', {}));
          await sleep(10);
        }
      })();
      // 200 wrong passcodes at once, two from each of 100 addresses.
      const started = Date.now();
      const acks = await Promise.all(guessers.flatMap((s, i) => [0, 1].map((k) => send(s, 'session.signIn', { passcode: `9${k}${String(i).padStart(2, '0')}-0000-0000` }))));
      const elapsed = Date.now() - started;
      await pinging;
      const answered = await Promise.all(pings);
      const { maxTurnCpuMs, cpuMicros: onHub } = await measured();
      const onTest = micros(process.threadCpuUsage()) - micros(testBefore);
      const elsewhere = micros(process.cpuUsage()) - micros(allBefore) - onHub - onTest;

      const counts = tally(acks);
      expect(counts.ok).toBeUndefined();
      expect(counts.bad_passcode).toBeLessThanOrEqual(budget('passcode', elapsed));
      expect(counts.bad_passcode! + counts.rate_limited!).toBe(200);
      // The passcodes checked were hashed on the thread pool: more CPU went there than to the hub's own thread
      // (hashing on the hub's thread would put it all there). CPU time, not wall time: a busy machine cannot fake it.
      expect(elsewhere).toBeGreaterThan(onHub);
      // Every other connection kept its answers, and nothing held the hub's loop for long: between any two turns the
      // hub's thread worked less than a single passcode hash costs there (two scrypt hashes, ~100 ms of CPU).
      expect(answered.every((a) => a.ok)).toBe(true);
      expect(maxTurnCpuMs).toBeLessThan(60);
      await expectHealthy(hub.url);

      // The right passcode still signs in once the room's spacing allows (never refused for being right, only spaced).
      const staff = keep(await connectFrom(hub.url, loopback(150)));
      expect(await whenAdmitted(() => send(staff, 'session.signIn', { passcode: hub.passcode }))).toMatchObject({ ok: true, data: { role: 'secretariat' } });
      const { failures } = (await ok(secretariat, 'security.failures', { limit: 500 })).data;
      expect(failures.filter((f) => f.kind === 'passcode').reduce((n, f) => n + f.count, 0)).toBeGreaterThanOrEqual(200);
    } finally {
      for (const s of sockets.splice(0)) s.disconnect();
      await hub.stop();
    }
  });
});

describe('guessing badge short codes', () => {
  it('is refused past the meeting’s budget, across tablets and desks; another meeting keeps its own', async () => {
    t = await startTestHub();
    const secretariat = keep(await signIn(t.hub.url, t.passcode, 'secretariat'));
    for (const id of ['g', 'h']) {
      await ok(secretariat, 'meeting.create', { id, title: `Họp ${id}`, date: '2026-11-23' });
      const { delegateId } = (await ok(secretariat, 'delegate.add', { meetingId: id, fullName: 'Nguyễn Văn A' })).data;
      await ok(secretariat, 'badge.issue', { meetingId: id, delegateId });
    }
    const code = await currentCode(secretariat);
    const tablets = [];
    for (let i = 1; i <= 12; i++) tablets.push(keep((await pairFrom(t.hub.url, loopback(i), code)).socket));

    // Four made-up short codes from each of twelve paired tablets, at once: 48 attempts.
    const guess = (i: number, k: number) => `ZZZZ-${String(i * 4 + k).padStart(4, '0')}`;
    const started = Date.now();
    const acks = await Promise.all(tablets.flatMap((s, i) => [0, 1, 2, 3].map((k) => send(s, 'session.badgeSignIn', { meetingId: 'g', code: guess(i, k) }))));
    const counts = tally(acks);
    expect(counts.ok).toBeUndefined();
    expect(counts.not_found).toBeLessThanOrEqual(budget('badge', Date.now() - started));
    expect(counts.not_found! + counts.rate_limited!).toBe(48);
    // A desk typing made-up codes on that meeting draws on the same budget.
    const desk = keep(await signIn(t.hub.url, t.passcode, 'checkin'));
    const typed = [];
    for (let k = 0; k < 3; k++) typed.push(await send(desk, 'checkin.scan', { meetingId: 'g', code: `YYYY-000${k}` }));
    expect(typed.filter((a) => !a.ok && a.code === 'rate_limited').length).toBeGreaterThanOrEqual(1);
    // Meeting h was not guessed at: its own budget.
    expect(await send(tablets[0]!, 'session.badgeSignIn', { meetingId: 'h', code: 'XXXX-0000' })).toMatchObject({ ok: false, code: 'not_found' });
    await expectHealthy(t.hub.url);
  });
});

describe('the pairing code push', () => {
  it('reaches the chair and the secretariat when the secretariat replaces the code, and nobody else', async () => {
    t = await startTestHub();
    const secretariat = keep(await signIn(t.hub.url, t.passcode, 'secretariat'));
    const chair = keep(await signIn(t.hub.url, t.passcode, 'chair'));
    const desk = keep(await signIn(t.hub.url, t.passcode, 'checkin'));
    const deskSaw: unknown[] = [];
    desk.on('pairing.changed', (p) => deskSaw.push(p));
    const told = nextPush(chair, 'pairing.changed');
    const { code } = (await ok(secretariat, 'pairing.rotate', {})).data;
    expect(await told).toEqual({ code });
    await sleep(100);
    expect(deskSaw).toEqual([]);
  });
});
