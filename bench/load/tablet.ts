// One simulated tablet: a real socket.io-client connection from its own loopback address, as a delegate's tablet in
// the hall: pair with the room's code, sign in with the badge, open (follow) the meeting, preload its documents over
// HTTP, and keep every push it receives. Against the bare relay it only connects and counts the relayed payloads.
import { createHash } from 'node:crypto';
import { get } from 'node:http';
import { io, type Socket } from 'socket.io-client';
import { PROTOCOL_VERSION } from '../../shared/protocol/version.ts';
import { dataOf, now, request } from './common.ts';

export interface DocRef {
  documentId: string;
  sha256: string;
  bytes: number;
}

/** The part of a pushed change a tablet's screen reads (docs/protocol.md, `Change`). */
type Change = {
  collection: string;
  id: string;
  value: { present?: number; voted?: number; status?: string; result?: unknown; rounds?: { result: unknown }[] } | null;
};

export interface TabletSpec {
  index: number;
  address: string;
  /** The badge token printed on the delegate's badge (what the tablet's camera reads from the QR). */
  badge: string;
  /** Indices into the worker's documents: what this delegate may read and preloads. */
  docs: number[];
}

/** When each step of the sign-in ended (ms on the shared clock), or the error that stopped it. */
export interface SignInTimes {
  index: number;
  start: number;
  connected: number | null;
  paired: number | null;
  signedIn: number | null;
  opened: number | null;
  error: string | null;
}

export interface Fetched {
  start: number;
  end: number;
  bytes: number;
  status: number;
  sha256ok: boolean | null;
  error: string | null;
}

/** GET over HTTP from `localAddress`, counting the bytes (and hashing them when `hash`), bounded by `ms`. */
export function fetchFrom(url: string, localAddress: string, headers: Record<string, string>, hash: string | null, ms: number): Promise<Fetched> {
  const start = now();
  return new Promise((resolve) => {
    const digest = hash ? createHash('sha256') : null;
    let bytes = 0;
    let settled = false;
    const done = (status: number, error: string | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({ start, end: now(), bytes, status, sha256ok: digest ? digest.digest('hex') === hash : null, error });
    };
    const req = get(url, { localAddress, headers, agent: false }, (res) => {
      res.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
        digest?.update(chunk);
      });
      res.on('end', () => done(res.statusCode ?? 0, null));
      res.on('error', (e) => done(res.statusCode ?? 0, e.message));
    });
    req.on('error', (e) => done(0, e.message));
    const timer = setTimeout(() => {
      req.destroy();
      done(0, `no complete answer within ${ms} ms`);
    }, ms);
  });
}

export class SimTablet {
  readonly spec: TabletSpec;
  socket: Socket | null = null;
  deviceToken: string | null = null;
  sessionToken: string | null = null;
  /** The meeting revision this tablet has reached (the bare relay's sequence number in bare mode). */
  revision = -1;
  /** Pushes that skipped a revision (the tablet would ask `meeting.open { sinceRevision }`). */
  gaps = 0;
  /** Why the connection dropped, if it did after connecting. */
  dropped: string | null = null;
  /** Every drop by reason, and the drops this tablet was made to have (`cut`): the soak tells them apart. */
  drops: Record<string, number> = {};
  cuts = 0;
  /** The meeting is open on this connection: the hub pushes its changes here. */
  following = false;
  /** Arrival times of pushes while recording, and (when asked) the arrival time of each revision. */
  pushTimes: number[] = [];
  arrivals = new Map<number, number>();
  recording = false;
  private keepArrivals = false;
  /** Delegates present as this tablet's screen counts them: the quorum's count, from the snapshot then the changes. */
  present: number | null = null;
  /** How many have voted, per motion or election, as this tablet's screen counts them (the hub's `ballotCount`). */
  ballotCounts = new Map<string, number>();
  /** The motions and elections this tablet has seen closed with a result (its screen shows the result). */
  decided = new Set<string>();

  constructor(spec: TabletSpec) {
    this.spec = spec;
  }

  private open(url: string, auth: Record<string, unknown>, ms: number): Promise<void> {
    const socket = io(url, {
      auth: { protocolVersion: PROTOCOL_VERSION, ...auth },
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
      timeout: ms,
      // engine.io-client hands it to the `ws` socket, which binds to it before connecting.
      localAddress: this.spec.address,
    } as Parameters<typeof io>[1]);
    this.socket = socket;
    socket.on('disconnect', (reason) => {
      if (reason === 'io client disconnect') return;
      this.drops[reason] = (this.drops[reason] ?? 0) + 1;
      if (this.dropped === null) this.dropped = reason;
      if (this.resuming && this.socket === socket) void this.resume();
    });
    return new Promise((resolve, reject) => {
      socket.once('connect', () => resolve());
      socket.once('connect_error', (error) => reject(error));
    });
  }

  private heard(revision: number, fromRevision = revision): void {
    const at = now();
    // A push covers fromRevision..revision (merged); one that starts past the next revision means one was missed.
    if (this.revision >= 0 && revision > this.revision && fromRevision > this.revision + 1) this.gaps++;
    this.revision = Math.max(this.revision, revision);
    if (!this.recording) return;
    this.pushTimes.push(at);
    // A merged push brings each revision it covers.
    if (this.keepArrivals) for (let r = fromRevision; r <= revision; r++) if (!this.arrivals.has(r)) this.arrivals.set(r, at);
  }

  /** What a tablet's screen keeps of the changes: the quorum's count of who is present, and the votes' counts and results. */
  private apply(changes: readonly Change[] | undefined): void {
    for (const c of changes ?? []) {
      const v = c.value;
      if (c.collection === 'quorum' && typeof v?.present === 'number') this.present = v.present;
      else if (c.collection === 'ballotCount' && typeof v?.voted === 'number') this.ballotCounts.set(c.id, v.voted);
      else if (c.collection === 'motion' && v?.status === 'closed' && v.result) this.decided.add(c.id);
      else if (c.collection === 'election' && v?.rounds?.at(-1)?.result) this.decided.add(c.id);
    }
  }

  /** What a tablet's screen does with pushes: follows the revision, and keeps what it shows. */
  private listen(socket: Socket): void {
    socket.on('meeting.changed', (p: { fromRevision: number; revision: number; changes: Change[] }) => {
      this.heard(p.revision, p.fromRevision);
      this.apply(p.changes);
    });
  }

  /** Reconnections after a drop that found the hub again and caught up (`resumeOnDrop`). */
  resumes = 0;
  private resuming: { url: string; meetingId: string } | null = null;

  /**
   * From now on, a dropped connection comes back by itself, as the renderer's client does: it reconnects with its
   * device and session tokens every half second or so (with jitter, for 60 s at most), then asks for what it missed
   * (`meeting.open` with `sinceRevision`).
   */
  resumeOnDrop(url: string, meetingId: string): void {
    this.resuming = { url, meetingId };
  }

  private async resume(): Promise<void> {
    const target = this.resuming;
    if (!target) return;
    this.following = false;
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline && this.resuming) {
      await new Promise((r) => setTimeout(r, 300 + Math.random() * 500));
      try {
        this.socket?.close();
        this.dropped = null;
        await this.open(target.url, { deviceName: `Máy tính bảng ${this.spec.index + 1}`, deviceToken: this.deviceToken, sessionToken: this.sessionToken }, 5_000);
        this.listen(this.socket!);
        const opened = dataOf<{ mode: string; revision?: number; changes?: Change[]; snapshot?: { revision: number; quorum?: { present: number } } }>(
          await request(this.socket!, 'meeting.open', { meetingId: target.meetingId, ...(this.revision >= 0 ? { sinceRevision: this.revision } : {}) }, 10_000),
          'meeting.open',
        );
        if (opened.snapshot) {
          this.revision = Math.max(this.revision, opened.snapshot.revision);
          if (typeof opened.snapshot.quorum?.present === 'number') this.present = opened.snapshot.quorum.present;
        } else if (typeof opened.revision === 'number') {
          this.revision = Math.max(this.revision, opened.revision);
          this.apply(opened.changes);
        }
        this.following = true;
        this.resumes++;
        return;
      } catch {
        // The hub is not back yet: try again.
      }
    }
  }

  /**
   * The connection is lost, as when the hall's Wi-Fi drops a tablet: the engine's transport closes under the socket
   * (no goodbye to the hub, reason "transport close"); with `resumeOnDrop` the tablet comes back by itself.
   */
  cut(): boolean {
    const transport = this.socket?.connected ? this.socket.io.engine?.transport : null;
    if (!transport) return false;
    this.cuts++;
    transport.close();
    return true;
  }

  /** Bare relay: connect, then count each relayed payload by its sequence number. */
  async connectBare(url: string, ms: number): Promise<SignInTimes> {
    const t: SignInTimes = { index: this.spec.index, start: now(), connected: null, paired: null, signedIn: null, opened: null, error: null };
    try {
      await this.open(url, { deviceName: `Máy tính bảng ${this.spec.index + 1}` }, ms);
      t.connected = now();
      // Every connection of the bare relay gets its payloads: it follows, as a tablet follows the meeting.
      this.following = true;
      this.socket!.on('relay', (p: { seq: number; pad: string }) => this.heard(p.seq));
    } catch (error) {
      t.error = error instanceof Error ? error.message : String(error);
    }
    return t;
  }

  /**
   * The hub: connect, pair with the room's code, sign in with the badge, open the meeting (and follow it); all of it
   * within `ms`, whichever step takes the time. `takeOver` moves a session the delegate already has (a second try).
   */
  async signIn(url: string, code: string, meetingId: string, ms: number, takeOver = false): Promise<SignInTimes> {
    const t: SignInTimes = { index: this.spec.index, start: now(), connected: null, paired: null, signedIn: null, opened: null, error: null };
    const deadline = Date.now() + ms;
    const left = () => Math.max(1, deadline - Date.now());
    try {
      await this.open(url, { deviceName: `Máy tính bảng ${this.spec.index + 1}` }, left());
      t.connected = now();
      const socket = this.socket!;
      this.listen(socket);
      this.deviceToken = dataOf<{ deviceToken: string }>(await request(socket, 'device.pair', { code }, left()), 'device.pair').deviceToken;
      t.paired = now();
      this.sessionToken = dataOf<{ token: string }>(await request(socket, 'session.badgeSignIn', { meetingId, code: this.spec.badge, takeOver }, left()), 'session.badgeSignIn').token;
      t.signedIn = now();
      const opened = dataOf<{ mode: string; snapshot?: { revision: number; quorum?: { present: number } } }>(
        await request(socket, 'meeting.open', { meetingId }, left()),
        'meeting.open',
      );
      t.opened = now();
      this.following = true;
      if (opened.snapshot) {
        this.revision = Math.max(this.revision, opened.snapshot.revision);
        // The count a tablet's screen shows: the hub's quorum, never a list it would count itself.
        if (typeof opened.snapshot.quorum?.present === 'number') this.present = opened.snapshot.quorum.present;
      }
    } catch (error) {
      t.error = error instanceof Error ? error.message : String(error);
    }
    return t;
  }

  /** The headers a paired, signed-in tablet sends with every HTTP request. */
  headers(): Record<string, string> {
    return {
      ...(this.deviceToken ? { 'X-Device-Token': this.deviceToken } : {}),
      ...(this.sessionToken ? { Authorization: `Bearer ${this.sessionToken}` } : {}),
    };
  }

  /**
   * Fetches each of its documents in turn (sha256 checked), then reports them done with `preload.report`; within `ms`.
   * With `again`, fetches that one of its documents once more (the others are on the tablet already) and reports all.
   */
  async preload(url: string, meetingId: string, documents: readonly DocRef[], ms: number, again: number | null = null): Promise<{ fetched: Fetched[]; reported: boolean; error: string | null }> {
    const deadline = Date.now() + ms;
    const left = () => Math.max(1, deadline - Date.now());
    const fetched: Fetched[] = [];
    const byDoc = new Map<number, Fetched>();
    for (const i of this.spec.docs) {
      if (again !== null && i !== again) continue;
      const doc = documents[i]!;
      const f = await fetchFrom(`${url}/api/documents/${doc.sha256}`, this.spec.address, this.headers(), doc.sha256, left());
      fetched.push(f);
      byDoc.set(i, f);
    }
    if (!this.socket?.connected) return { fetched, reported: false, error: 'not connected' };
    const report = {
      meetingId,
      documents: this.spec.docs.map((i) => {
        const doc = documents[i]!;
        const f = byDoc.get(i);
        // Not fetched now: done before.
        const bad = f !== undefined && !(f.status === 200 && f.sha256ok === true && f.bytes === doc.bytes);
        return {
          documentId: doc.documentId,
          sha256: doc.sha256,
          bytes: doc.bytes,
          bytesDone: bad ? 0 : doc.bytes,
          state: bad ? 'failed' : 'done',
          error: bad ? (f.error ?? `HTTP ${f.status}`) : null,
          errorKind: bad ? (f.status === 200 ? 'sha256' : 'http') : null,
        };
      }),
    };
    const ack = await request(this.socket, 'preload.report', report, left());
    return { fetched, reported: ack.ok, error: ack.ok ? null : `${ack.code} ${ack.message}` };
  }

  /** Keeps the arrival time of every push from now on; with `arrivals`, also the first arrival of each revision. */
  startRecording(arrivals: boolean): void {
    this.pushTimes = [];
    this.arrivals.clear();
    this.keepArrivals = arrivals;
    this.recording = true;
  }

  close(): void {
    this.recording = false;
    this.socket?.disconnect();
    this.socket = null;
  }
}
