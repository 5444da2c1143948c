import { execFile } from 'node:child_process';
import { expect } from 'vitest';
import { io } from 'socket.io-client';
import { type Ack, PROTOCOL_VERSION, type PushName, type PushPayload } from '../../shared/protocol/index.ts';
import { connect, emitRaw, ok, type TestSocket } from './hub.ts';

/** A staff session on its own socket (the admin passcode signs in the secretariat), with its token. */
export async function staffSession(url: string, passcode: string, auth: Parameters<typeof connect>[1] = {}) {
  const socket = await connect(url, auth);
  const { token } = (await ok(socket, 'session.signIn', { passcode, role: 'secretariat' })).data;
  return { socket, token };
}

/**
 * What a connection whose session ended tries: running the agenda, replacing the pairing code, creating and editing
 * meetings, listing and unpairing devices, issuing badges. Every one must be refused, with a code.
 */
export function staffAttempts(meetingId: string, itemId: string, deviceId: string | null): [string, unknown][] {
  return [
    ['agenda.setCurrent', { meetingId, itemId }],
    ['pairing.rotate', {}],
    ['pairing.get', {}],
    ['meeting.create', { title: 'Chiếm quyền', date: '2026-12-01' }],
    ['agenda.add', { meetingId, title: 'Chen vào' }],
    ['meeting.update', { meetingId, title: 'Đổi tên' }],
    ['device.list', {}],
    ['device.revoke', { deviceId: deviceId ?? 'dev-nobody' }],
    ['preload.list', { meetingId }],
  ];
}

/** Sends each attempt and expects each refused with a code; answers the codes, for the test's own checks. */
export async function expectRefused(socket: TestSocket, attempts: [string, unknown][]): Promise<string[]> {
  const codes: string[] = [];
  for (const [name, payload] of attempts) {
    const ack: Ack<unknown> = await emitRaw(socket, name, payload);
    expect(ack, name).toMatchObject({ ok: false, code: expect.any(String), message: expect.any(String) });
    if (!ack.ok) codes.push(ack.code);
  }
  return codes;
}

/**
 * What a hostile command could have changed, read by a fresh secretariat session: the meeting's current item and
 * agenda, its title, the pairing code, the meetings, the devices (and their names).
 */
export async function roomState(url: string, passcode: string, meetingId: string) {
  const { socket } = await staffSession(url, passcode);
  try {
    const open = (await ok(socket, 'meeting.open', { meetingId })).data;
    if (open.mode !== 'snapshot') throw new Error('expected a snapshot');
    const { meeting, agendaItems } = open.snapshot;
    return {
      currentItemId: meeting.currentItemId,
      title: meeting.title,
      agenda: agendaItems.map((a) => a.title).sort(),
      code: (await ok(socket, 'pairing.get', {})).data.code,
      meetings: (await ok(socket, 'meeting.list', {})).data.meetings.map((m) => m.id).sort(),
      devices: (await ok(socket, 'device.list', {})).data.devices
        .map((d) => ({ id: d.id, name: d.name, pairedAt: d.pairedAt, revokedAt: d.revokedAt }))
        .sort((a, b) => a.id.localeCompare(b.id)),
    };
  } finally {
    socket.disconnect();
  }
}

/** The hub still answers. */
export async function expectHealthy(url: string): Promise<void> {
  const res = await fetch(`${url}/api/health`);
  expect(res.status).toBe(200);
  expect(await res.json()).toMatchObject({ ok: true });
}

/**
 * Connects with a session the hub will refuse at the handshake, listening before the connection exists: the hub says
 * `session.ended` right after `hub.welcome`.
 */
export async function connectRefused(url: string, auth: Record<string, unknown>): Promise<{ socket: TestSocket; ended: PushPayload<'session.ended'> }> {
  const socket = io(url, { auth: { protocolVersion: PROTOCOL_VERSION, ...auth }, transports: ['websocket'], reconnection: false, forceNew: true }) as unknown as TestSocket;
  const ended = await new Promise<PushPayload<'session.ended'>>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no session.ended within 5000 ms')), 5000);
    (socket as unknown as { once: (e: string, fn: (p: PushPayload<'session.ended'>) => void) => void }).once('session.ended', (p) => {
      clearTimeout(timer);
      resolve(p);
    });
  });
  return { socket, ended };
}

/** Every push of that name a socket receives from now on. */
export function collect<N extends PushName>(socket: TestSocket, name: N): unknown[] {
  const seen: unknown[] = [];
  (socket as unknown as { on: (e: string, fn: (p: unknown) => void) => void }).on(name, (p) => seen.push(p));
  return seen;
}

/** Waits until `check` holds, polling every 25 ms; fails after `ms`. */
export async function until(check: () => boolean, ms = 5000, what = 'the condition'): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`${what} did not happen within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** `npm run cli -- passcode reset` on a data folder, as another process while the hub runs: the new passcode. */
export function resetPasscodeFromCli(dataDir: string): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ['main/cli/index.ts', 'passcode', 'reset', '--data', dataDir], { encoding: 'utf8', timeout: 30_000 }, (error, stdout, stderr) => {
      const passcode = /(\d{4}-\d{4}-\d{4})/.exec(stdout)?.[1];
      if (error || !passcode) reject(new Error(`passcode reset failed: ${error?.message ?? ''} ${stdout} ${stderr}`));
      else resolve(passcode);
    });
  });
}
