import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { io, type Socket } from 'socket.io-client';
import type { RunningHub } from '../../main/hub/api.ts';
import { startHub } from '../../main/hub/index.ts';
import {
  type Ack,
  type Change,
  type ClientToServerEvents,
  type CommandInput,
  type CommandName,
  type CommandResult,
  type HandshakeAuth,
  PROTOCOL_VERSION,
  type PushName,
  type PushPayload,
  type ServerToClientEvents,
  type StaffRole,
} from '../../shared/protocol/index.ts';

export type TestSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

export interface TestHub {
  hub: RunningHub;
  dataDir: string;
  passcode: string;
  stop(): Promise<void>;
}

export function tempDir(prefix = 'roundtable-test-'): { path: string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

/** The room CA of each TLS test hub, by origin: `connect` trusts a hub with its own CA, as a tablet that installed it. */
const roomCas = new Map<string, string>();

/** The CA to trust for `url`, if a TLS test hub started there. */
export const roomCaFor = (url: string): string | undefined => roomCas.get(new URL(url).origin);

/** Trusts a hub started otherwise (a script's own startHub) in `connect`; answers a function that forgets it. */
export function trustRoomCa(hub: { url: string; tls: { caPem: string } | null }): () => void {
  if (!hub.tls) return () => {};
  const origin = new URL(hub.url).origin;
  roomCas.set(origin, hub.tls.caPem);
  return () => roomCas.delete(origin);
}

/**
 * A real hub on an ephemeral loopback port with a real SQLite file in a temp folder. Plain HTTP unless `tls` (most
 * tests are about the room, not its transport; tests/integration/tls.test.ts and one e2e path run over TLS).
 */
export async function startTestHub(
  options: {
    seedDemo?: boolean;
    webRoot?: string | null;
    dataDir?: string;
    requirePairing?: boolean;
    sessionHours?: number;
    sessionSweepMs?: number;
    tls?: boolean;
  } = {},
): Promise<TestHub> {
  const dir = options.dataDir ? null : tempDir();
  const dataDir = options.dataDir ?? dir!.path;
  const hub = await startHub({
    dataDir,
    port: 0,
    host: '127.0.0.1',
    webRoot: options.webRoot ?? null,
    logToConsole: false,
    seedDemo: options.seedDemo ?? false,
    requirePairing: options.requirePairing ?? true,
    insecureHttp: !options.tls,
    ...(options.sessionHours !== undefined ? { sessionHours: options.sessionHours } : {}),
    ...(options.sessionSweepMs !== undefined ? { sessionSweepMs: options.sessionSweepMs } : {}),
  });
  const forget = trustRoomCa(hub);
  return {
    hub,
    dataDir,
    passcode: hub.firstPasscode ?? '',
    async stop() {
      await hub.close();
      forget();
      dir?.remove();
    },
  };
}

/**
 * A real socket.io-client connection, connected (or rejected) before it is returned. `auth` is sent as given: a
 * hostile test may add fields the protocol does not have (a `deviceId` claim, say).
 */
export async function connect(url: string, auth: Partial<HandshakeAuth> & Record<string, unknown> = {}): Promise<TestSocket> {
  const ca = roomCaFor(url);
  const socket: TestSocket = io(url, {
    auth: { protocolVersion: PROTOCOL_VERSION, ...auth },
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
    ...(ca ? { ca } : {}),
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', (error) => reject(error));
  });
  return socket;
}

/** Emits any event (declared or not) and resolves with the acknowledgement. */
export function emitRaw(socket: TestSocket, event: string, payload: unknown): Promise<Ack<unknown>> {
  return new Promise((resolve) => {
    (socket as unknown as { emit: (e: string, p: unknown, ack: (a: Ack<unknown>) => void) => void }).emit(event, payload, resolve);
  });
}

export function send<N extends CommandName>(socket: TestSocket, name: N, input: CommandInput<N>): Promise<Ack<CommandResult<N>>> {
  return emitRaw(socket, name, input) as Promise<Ack<CommandResult<N>>>;
}

/** Sends a command that must succeed; returns its data and revision. */
export async function ok<N extends CommandName>(
  socket: TestSocket,
  name: N,
  input: CommandInput<N>,
): Promise<{ data: CommandResult<N>; revision: number | null }> {
  const ack = await send(socket, name, input);
  if (!ack.ok) throw new Error(`${name} refused: ${ack.code} ${ack.message}`);
  return { data: ack.data, revision: ack.revision };
}

/**
 * The room's pairing code, as the secretariat reads it. Sign-ins run one at a time, as people sign in: a test that
 * starts thirty tablets at once from one address would otherwise look like a burst of passcode guesses.
 */
let signInQueue: Promise<unknown> = Promise.resolve();
function pairingCodeOf(url: string, passcode: string): Promise<string> {
  const next = signInQueue.then(async () => {
    const staff = await signIn(url, passcode, 'secretariat');
    try {
      return (await ok(staff, 'pairing.get', {})).data.code;
    } finally {
      staff.disconnect();
    }
  });
  signInQueue = next.catch(() => undefined);
  return next;
}

/**
 * A device that has paired with the hub (it may read): named `Máy tính bảng <label>`, with the id the hub made for it
 * and its device token, for later connections (`reconnect`) and HTTP requests (`headers`).
 */
export async function pairedDevice(url: string, passcode: string, label = Math.random().toString(36).slice(2)) {
  const code = await pairingCodeOf(url, passcode);
  const deviceName = `Máy tính bảng ${label}`;
  const socket = await connect(url, { deviceName });
  const { deviceId, deviceToken } = (await ok(socket, 'device.pair', { code })).data;
  return {
    socket,
    deviceId,
    deviceName,
    deviceToken,
    reconnect: (auth: Partial<HandshakeAuth> = {}) => connect(url, { deviceToken, ...auth }),
    /** HTTP headers of a request from this device, with a session token when given. */
    headers: (sessionToken?: string): Record<string, string> => ({
      'X-Device-Token': deviceToken,
      ...(sessionToken ? { Authorization: `Bearer ${sessionToken}` } : {}),
    }),
  };
}

/**
 * The credential a staff role signs in with: the admin passcode for the secretariat; for the others, one the
 * secretariat issues through the hub (`staff.issue`), as its Staff access screen does.
 */
export async function staffCredential(url: string, passcode: string, role: StaffRole, label = `test ${role}`): Promise<string> {
  if (role === 'secretariat') return passcode;
  const secretariat = await connect(url);
  try {
    await ok(secretariat, 'session.signIn', { passcode, role: 'secretariat' });
    return (await ok(secretariat, 'staff.issue', { role, label })).data.secret;
  } finally {
    secretariat.disconnect();
  }
}

/** A connection signed in as a staff role with that role's own credential, and its session token (for HTTP). */
export async function staffSession(url: string, passcode: string, role: StaffRole): Promise<{ socket: TestSocket; token: string }> {
  const secret = await staffCredential(url, passcode, role);
  const socket = await connect(url);
  const { token } = (await ok(socket, 'session.signIn', { passcode: secret, role })).data;
  return { socket, token };
}

/** A connection signed in as a staff role (see staffSession). `passcode` is the admin passcode. */
export async function signIn(url: string, passcode: string, role: StaffRole): Promise<TestSocket> {
  return (await staffSession(url, passcode, role)).socket;
}

/** Resolves with the next push of that name (rejects after `ms`). */
export function nextPush<N extends PushName>(socket: TestSocket, name: N, ms = 5000): Promise<PushPayload<N>> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${name} within ${ms} ms`)), ms);
    (socket as unknown as { once: (e: string, fn: (p: PushPayload<N>) => void) => void }).once(name, (payload) => {
      clearTimeout(timer);
      resolve(payload);
    });
  });
}

/**
 * The `meeting.changed` push that brings a meeting to `revision` (or past it). Pushes are merged per quarter second,
 * so the one that carries a write may also carry the revisions just before it.
 */
export function pushReaching(socket: TestSocket, meetingId: string, revision: number, ms = 5000): Promise<PushPayload<'meeting.changed'>> {
  return new Promise((resolve, reject) => {
    const on = socket as unknown as { on: (e: string, fn: (p: PushPayload<'meeting.changed'>) => void) => void; off: (e: string, fn: unknown) => void };
    const timer = setTimeout(() => {
      on.off('meeting.changed', listener);
      reject(new Error(`no meeting.changed reaching revision ${revision} of ${meetingId} within ${ms} ms`));
    }, ms);
    const listener = (push: PushPayload<'meeting.changed'>) => {
      if (push.meetingId !== meetingId || push.revision < revision) return;
      clearTimeout(timer);
      on.off('meeting.changed', listener);
      resolve(push);
    };
    on.on('meeting.changed', listener);
  });
}

/**
 * Collects a connection's `meeting.changed` pushes of one meeting from now on: `reach(r)` waits until one has brought
 * the meeting to revision r and answers the changes received until then, merged pushes included, in order.
 */
export function watchMeeting(socket: TestSocket, meetingId: string) {
  const pushes: PushPayload<'meeting.changed'>[] = [];
  const waiting: { revision: number; done: () => void }[] = [];
  const on = socket as unknown as { on: (e: string, fn: (p: PushPayload<'meeting.changed'>) => void) => void; off: (e: string, fn: unknown) => void };
  const listener = (push: PushPayload<'meeting.changed'>) => {
    if (push.meetingId !== meetingId) return;
    pushes.push(push);
    for (const w of [...waiting]) if (push.revision >= w.revision) w.done();
  };
  on.on('meeting.changed', listener);
  return {
    pushes,
    async reach(revision: number, ms = 5000): Promise<Change[]> {
      if (!pushes.some((p) => p.revision >= revision)) {
        await new Promise<void>((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error(`no meeting.changed reaching revision ${revision} of ${meetingId} within ${ms} ms`)), ms);
          waiting.push({ revision, done: () => (clearTimeout(timer), resolve()) });
        });
      }
      return pushes.flatMap((p) => p.changes);
    },
    stop: () => on.off('meeting.changed', listener),
  };
}

/** A minimal meeting: two top-level items, the second with one sub-item. */
export async function makeMeeting(secretariat: TestSocket, id = 'm1') {
  await ok(secretariat, 'meeting.create', { id, title: 'Phiên họp thử', date: '2026-11-23', place: 'Phòng họp 1' });
  const a = (await ok(secretariat, 'agenda.add', { meetingId: id, title: 'Khai mạc' })).data.itemId;
  const b = (await ok(secretariat, 'agenda.add', { meetingId: id, title: 'Thảo luận' })).data.itemId;
  const b1 = (await ok(secretariat, 'agenda.add', { meetingId: id, parentId: b, title: 'Ý kiến đại biểu' })).data.itemId;
  return { meetingId: id, items: { a, b, b1 } };
}
