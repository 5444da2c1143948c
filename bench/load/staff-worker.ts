// The staff of the hall in a worker process of their own: the chair (sets the current item) and ten check-in desks
// (scan badges), each a real socket.io-client connection signed in with its own credential. Against the bare server
// the same connections relay a payload and write rows. Driven by the coordinator over IPC (ipc.ts).
import { io, type Socket } from 'socket.io-client';
import { PROTOCOL_VERSION } from '../../shared/protocol/version.ts';
import { type AckBody, type NoAck, ascending, dataOf, now, pool, request } from './common.ts';
import { serveCalls } from './ipc.ts';

interface Staff {
  socket: Socket;
  sessionToken: string | null;
  dropped: string | null;
}

let chair: Staff | null = null;
let desks: Staff[] = [];
let target: { mode: 'hub' | 'bare'; url: string; meetingId: string } = { mode: 'hub', url: '', meetingId: '' };

function connect(url: string, address: string, sessionToken: string | null, ms: number): Promise<Staff> {
  const socket = io(url, {
    auth: { protocolVersion: PROTOCOL_VERSION, ...(sessionToken ? { sessionToken } : {}) },
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
    timeout: ms,
    localAddress: address,
  } as Parameters<typeof io>[1]);
  const staff: Staff = { socket, sessionToken, dropped: null };
  socket.on('disconnect', (reason) => {
    if (staff.dropped === null && reason !== 'io client disconnect') staff.dropped = reason;
  });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(staff));
    socket.once('connect_error', reject);
  });
}

/** A staff connection signed in with its credential (one at a time: sign-ins in flight count as guesses). */
async function signedIn(url: string, address: string, secret: string, role: string, meetingId: string, ms: number): Promise<Staff> {
  const staff = await connect(url, address, null, ms);
  staff.sessionToken = dataOf<{ token: string }>(await request(staff.socket, 'session.signIn', { passcode: secret, role }, ms), `${role} sign-in`).token;
  dataOf(await request(staff.socket, 'meeting.open', { meetingId }, ms), `${role} meeting.open`);
  return staff;
}

function closeAll(): void {
  for (const s of [chair, ...desks]) s?.socket.disconnect();
  chair = null;
  desks = [];
}

/** Per scan: when it was sent and answered, and what the answer said. */
interface Scan {
  sent: number;
  answered: number;
  ack: AckBody | NoAck;
}

serveCalls({
  /** The chair and the desks sign in to the hub (each from its own loopback address) and follow the meeting. */
  async initHub(params: { url: string; meetingId: string; chairSecret: string; deskSecrets: string[]; timeoutMs: number }) {
    closeAll();
    target = { mode: 'hub', url: params.url, meetingId: params.meetingId };
    chair = await signedIn(params.url, '127.0.0.1', params.chairSecret, 'chair', params.meetingId, params.timeoutMs);
    for (const [i, secret] of params.deskSecrets.entries()) {
      desks.push(await signedIn(params.url, `127.1.0.${i + 1}`, secret, 'checkin', params.meetingId, params.timeoutMs));
    }
    return { desks: desks.length };
  },

  /** After a restart of the hub: the same staff reconnect with their session tokens and follow the meeting again. */
  async resumeHub(params: { url: string; timeoutMs: number }) {
    const old = { chair, desks };
    closeAll();
    target = { ...target, url: params.url };
    const again = async (s: Staff, address: string) => {
      const staff = await connect(params.url, address, s.sessionToken, params.timeoutMs);
      dataOf(await request(staff.socket, 'meeting.open', { meetingId: target.meetingId }, params.timeoutMs), 'meeting.open after restart');
      return staff;
    };
    chair = await again(old.chair!, '127.0.0.1');
    desks = [];
    for (const [i, d] of old.desks.entries()) desks.push(await again(d, `127.1.0.${i + 1}`));
    return { desks: desks.length };
  },

  /** The same connections to the bare server (nothing to sign in to). */
  async initBare(params: { url: string; desks: number; timeoutMs: number }) {
    closeAll();
    target = { mode: 'bare', url: params.url, meetingId: 'bare' };
    chair = await connect(params.url, '127.0.0.1', null, params.timeoutMs);
    for (let i = 0; i < params.desks; i++) desks.push(await connect(params.url, `127.1.0.${i + 1}`, null, params.timeoutMs));
    return { desks: desks.length };
  },

  /** One round of the chair: set the current item (hub) or relay a payload of the push's size (bare). */
  async chairRound(params: { itemId: string | null; seq: number; padBytes: number; timeoutMs: number }) {
    if (!chair) throw new Error('the chair is not connected');
    const payload = target.mode === 'hub' ? { meetingId: target.meetingId, itemId: params.itemId } : { seq: params.seq, pad: 'x'.repeat(params.padBytes) };
    const t0 = now();
    const ack = await request(chair.socket, target.mode === 'hub' ? 'agenda.setCurrent' : 'relay', payload, params.timeoutMs);
    const tAck = now();
    if (!ack.ok) throw new Error(`chair round refused: ${ack.code} ${ack.message}`);
    return { t0, tAck, revision: target.mode === 'hub' ? ack.revision : params.seq };
  },

  /** The chair sends one command of the meeting (`meetingId` added): its acknowledgement, and how long it took. */
  async chairSend(params: { event: string; payload: Record<string, unknown>; timeoutMs: number }) {
    if (!chair) throw new Error('the chair is not connected');
    const t0 = now();
    const ack = await request(chair.socket, params.event, { meetingId: target.meetingId, ...params.payload }, params.timeoutMs);
    return { ms: now() - t0, ack };
  },

  /**
   * The desks scan these badges all at once: desk d takes every tenth one, with at most `window` scans in flight
   * (a desk's commands beyond the hub's queue limit would be refused, not measured). Bare: each scan is a row written.
   */
  async burst(params: { tokens: string[]; window: number; timeoutMs: number }) {
    if (desks.length === 0) throw new Error('no desk is connected');
    const event = target.mode === 'hub' ? 'checkin.scan' : 'write';
    const t0 = now();
    const perDesk = await Promise.all(
      desks.map((desk, d) => {
        const mine = params.tokens.filter((_, i) => i % desks.length === d);
        return pool(mine, params.window, async (code): Promise<Scan> => {
          const sent = now();
          const ack = await request(desk.socket, event, { meetingId: target.meetingId, code, ...(target.mode === 'bare' ? { desk: d } : {}) }, params.timeoutMs);
          return { sent, answered: now(), ack };
        });
      }),
    );
    const scans = perDesk.flat();
    const ok = scans.filter((s) => s.ack.ok);
    // Why a scan got no acknowledgement: refused (its code), never answered, or never sent (the desk had dropped).
    const codes: Record<string, number> = {};
    for (const s of scans) {
      if (s.ack.ok) continue;
      const why = s.ack.code === 'no_ack' && s.ack.message.includes('not connected') ? 'not_sent' : s.ack.code;
      codes[why] = (codes[why] ?? 0) + 1;
    }
    const outcomes: Record<string, number> = {};
    const acked: string[] = [];
    for (const s of ok) {
      const data = (s.ack as { data: { delegateId?: string; outcome?: string } }).data;
      if (data.outcome) outcomes[data.outcome] = (outcomes[data.outcome] ?? 0) + 1;
      if (data.delegateId) acked.push(data.delegateId);
    }
    return {
      t0,
      sent: scans.length,
      acked: ok.length,
      lastAck: ok.length > 0 ? Math.max(...ok.map((s) => s.answered)) : null,
      latencies: ascending(ok.map((s) => s.answered - s.sent)),
      refused: codes,
      outcomes,
      delegateIds: acked,
      desksDropped: desks.filter((d) => d.dropped).map((d) => d.dropped),
    };
  },

  /** Checks these delegates out again (between kill cycles), a few at a time per desk. */
  async checkout(params: { delegateIds: string[]; timeoutMs: number }) {
    const acks = await pool(params.delegateIds, 8 * desks.length, (delegateId, i) =>
      request(desks[i % desks.length]!.socket, 'checkin.checkout', { meetingId: target.meetingId, delegateId }, params.timeoutMs),
    );
    return { ok: acks.filter((a) => a.ok).length, refused: acks.filter((a) => !a.ok).map((a) => (a as { code: string }).code).slice(0, 5) };
  },

  status() {
    return { chairDropped: chair?.dropped ?? null, desksDropped: desks.filter((d) => d.dropped).map((d) => d.dropped) };
  },

  close() {
    closeAll();
    return {};
  },
});
