// A worker process holding a share of the simulated tablets (e.g. 750 of 1,500), driven by the coordinator over IPC
// (ipc.ts). It loads socket.io-client and nothing of the hub. Every wait is bounded by the time the coordinator gives.
import { randomUUID } from 'node:crypto';
import { type AckBody, type NoAck, ascending, maxInWindow, now, pool, request, sleep } from './common.ts';
import { serveCalls } from './ipc.ts';
import { type DocRef, type Fetched, fetchFrom, type SignInTimes, SimTablet, type TabletSpec } from './tablet.ts';
import { answerOf, ballotOf } from './vote-ballots.ts';

let tablets: SimTablet[] = [];
let documents: DocRef[] = [];

const byIndex = (indices: readonly number[]) => {
  const wanted = new Set(indices);
  return tablets.filter((t) => wanted.has(t.spec.index));
};

/** A burst of one request per tablet, all sent at once: when the first left, when the last answer came, and why any failed. */
async function burstOf(sends: { index: number; socket: SimTablet['socket']; event: string; payload: unknown }[], ms: number) {
  const answers = await Promise.all(
    sends.map(async ({ index, socket, event, payload }) => {
      const sent = now();
      const ack: AckBody | NoAck = socket ? await request(socket, event, payload, ms) : { ok: false, code: 'no_ack', message: 'not connected' };
      return { index, sent, answered: now(), ack };
    }),
  );
  const ok = answers.filter((a) => a.ack.ok);
  const refused: Record<string, number> = {};
  for (const a of answers) if (!a.ack.ok) refused[a.ack.code] = (refused[a.ack.code] ?? 0) + 1;
  return {
    sent: answers.length,
    firstSent: Math.min(...answers.map((a) => a.sent)),
    lastAck: ok.length > 0 ? Math.max(...ok.map((a) => a.answered)) : null,
    latencies: ascending(ok.map((a) => a.answered - a.sent)),
    acked: ok.map((a) => a.index),
    revision: Math.max(-1, ...ok.map((a) => (a.ack as { revision: number | null }).revision ?? -1)),
    refused,
  };
}

/** Per-tablet results of a download, summed up for the coordinator. */
function summarise(fetched: Fetched[]) {
  return {
    count: fetched.length,
    bytes: fetched.reduce((n, f) => n + f.bytes, 0),
    firstStart: Math.min(...fetched.map((f) => f.start)),
    lastEnd: Math.max(...fetched.map((f) => f.end)),
    durations: ascending(fetched.map((f) => f.end - f.start)),
    failed: fetched.filter((f) => f.error !== null || (f.status !== 200 && f.status !== 206)).map((f) => f.error ?? `HTTP ${f.status}`),
    hashFailed: fetched.filter((f) => f.sha256ok === false).length,
  };
}

serveCalls({
  init(params: { tablets: TabletSpec[]; documents: DocRef[] }) {
    for (const t of tablets) t.close();
    tablets = params.tablets.map((spec) => new SimTablet(spec));
    documents = params.documents;
    return { tablets: tablets.length };
  },

  /** Every tablet at once: the bare relay's connect, or the hub's connect + pair + badge sign-in + open. */
  async connect(params: { mode: 'hub' | 'bare'; url: string; code: string; meetingId: string; timeoutMs: number }): Promise<SignInTimes[]> {
    for (const t of tablets) t.close();
    tablets = tablets.map((t) => new SimTablet(t.spec));
    return Promise.all(
      tablets.map((t) => (params.mode === 'bare' ? t.connectBare(params.url, params.timeoutMs) : t.signIn(params.url, params.code, params.meetingId, params.timeoutMs))),
    );
  },

  /**
   * The tablets whose sign-in failed try again, as a tablet does, `concurrency` at a time (with `takeOver`: the first
   * try may have opened a session before it failed), so that the later steps have every tablet.
   */
  async retry(params: { url: string; code: string; meetingId: string; timeoutMs: number; concurrency: number }) {
    const failed = tablets.filter((t) => !t.following);
    const times = await pool(failed, params.concurrency, async (t) => {
      t.close();
      const fresh = new SimTablet(t.spec);
      tablets[tablets.indexOf(t)] = fresh;
      return fresh.signIn(params.url, params.code, params.meetingId, params.timeoutMs, true);
    });
    return { retried: failed.length, errors: times.flatMap((t) => (t.error ? [t.error] : [])) };
  },

  /** Every signed-in tablet preloads its documents at once (each tablet one document after another). */
  async preload(params: { url: string; meetingId: string; timeoutMs: number }) {
    const started = now();
    const results = await Promise.all(tablets.filter((t) => t.sessionToken).map((t) => t.preload(params.url, params.meetingId, documents, params.timeoutMs)));
    return {
      tablets: results.length,
      reported: results.filter((r) => r.reported).length,
      reportErrors: results.flatMap((r) => (r.error ? [r.error] : [])).slice(0, 5),
      started,
      ...summarise(results.flatMap((r) => r.fetched)),
    };
  },

  /**
   * The chosen tablets download one file at once: the hub's document (with the tablet's headers) or the bare static
   * server's copy. Only the first of this worker hashes what it got (hashing gigabytes would measure the clients).
   */
  async download(params: { tablets: number[]; url: string; sha256: string; hub: boolean; timeoutMs: number }) {
    const chosen = byIndex(params.tablets);
    const fetched = await pool(chosen, chosen.length, (t, i) =>
      fetchFrom(params.url, t.spec.address, params.hub ? t.headers() : {}, i === 0 ? params.sha256 : null, params.timeoutMs),
    );
    return summarise(fetched);
  },

  /** From now on every tablet keeps the arrival time of each push (and of each revision with `arrivals`). */
  record(params: { arrivals: boolean }) {
    for (const t of tablets) t.startRecording(params.arrivals);
    return { recording: tablets.length };
  },

  /**
   * Waits (at most `timeoutMs`) until every connected tablet has reached `revision`; answers when each got it, and
   * how many did not (dropped, or still waiting).
   */
  async awaitRevision(params: { revision: number; timeoutMs: number }) {
    const deadline = Date.now() + params.timeoutMs;
    const following = tablets.filter((t) => t.following);
    const pending = () => following.filter((t) => t.socket?.connected && t.revision < params.revision).length;
    while (pending() > 0 && Date.now() < deadline) await sleep(5);
    const arrivals = following.flatMap((t) => {
      const at = t.arrivals.get(params.revision);
      return at === undefined ? [] : [at];
    });
    // Missed by a tablet that was following (dropped, or still waiting); tablets not following are not counted.
    return { arrivals, missing: following.length - arrivals.length, stillWaiting: pending() };
  },

  /** Waits until every connected tablet has reached `revision` (at most `timeoutMs`); answers how many have not. */
  async settle(params: { revision: number; timeoutMs: number }) {
    const deadline = Date.now() + params.timeoutMs;
    const behind = () => tablets.filter((t) => t.following && t.socket?.connected && t.revision < params.revision).length;
    while (behind() > 0 && Date.now() < deadline) await sleep(20);
    return { behind: behind() };
  },

  /** What each tablet received while recording: pushes, the most within one second, where it ended. */
  pushStats(params: { presentExpected: number }) {
    const perTablet = tablets.map((t) => ({ pushes: t.pushTimes.length, perSecond: maxInWindow(t.pushTimes, 1000) }));
    const counted = tablets.filter((t) => t.present !== null);
    return {
      pushes: ascending(perTablet.map((p) => p.pushes)),
      maxPerSecond: ascending(perTablet.map((p) => p.perSecond)),
      firstPush: Math.min(...tablets.flatMap((t) => t.pushTimes.slice(0, 1))),
      lastPush: Math.max(...tablets.flatMap((t) => t.pushTimes.slice(-1))),
      revisions: ascending(tablets.map((t) => t.revision)),
      gaps: tablets.reduce((n, t) => n + t.gaps, 0),
      viewsCounting: counted.length,
      viewsExact: counted.filter((t) => t.present === params.presentExpected).length,
    };
  },

  /**
   * The vote: every tablet following casts at once, each with a castId of its own (a random UUID, as the renderer
   * makes one), its delegate's answer or ballot from vote-ballots.ts. The payloads are made before the first is sent.
   */
  cast(params: { kind: 'motion' | 'election'; meetingId: string; voteId: string; candidateIds: string[]; seats: number; timeoutMs: number }) {
    const { kind, meetingId, voteId } = params;
    const sends = tablets
      .filter((t) => t.following && t.socket?.connected)
      .map((t) => ({
        index: t.spec.index,
        socket: t.socket,
        event: `${kind}.cast`,
        payload:
          kind === 'motion'
            ? { meetingId, motionId: voteId, castId: randomUUID(), answer: answerOf(t.spec.index) }
            : { meetingId, electionId: voteId, round: 1, castId: randomUUID(), marks: ballotOf(t.spec.index, params.candidateIds, params.seats) },
      }));
    return burstOf(sends, params.timeoutMs);
  },

  /** The bare writer's baseline of the vote: every connected tablet writes one row at once (its cast id, or its marks in one character each). */
  bareCast(params: { kind: 'motion' | 'election'; candidateIds: string[]; seats: number; timeoutMs: number }) {
    const sends = tablets
      .filter((t) => t.socket?.connected)
      .map((t) => {
        const code = params.kind === 'motion' ? randomUUID() : Object.values(ballotOf(t.spec.index, params.candidateIds, params.seats)).map((m) => m[0]).join('');
        return { index: t.spec.index, socket: t.socket, event: 'write', payload: { meetingId: 'bare', code, desk: t.spec.index } };
      });
    return burstOf(sends, params.timeoutMs);
  },

  /** What the tablets' screens show of a vote: how many have voted (`expected` or not), whether they have its result, and the pushes while recording. */
  voteView(params: { voteId: string; expected: number }) {
    const counting = tablets.filter((t) => t.ballotCounts.has(params.voteId));
    return {
      following: tablets.filter((t) => t.following && t.socket?.connected).length,
      counting: counting.length,
      exact: counting.filter((t) => t.ballotCounts.get(params.voteId) === params.expected).length,
      decided: tablets.filter((t) => t.decided.has(params.voteId)).length,
      pushes: ascending(tablets.map((t) => t.pushTimes.length)),
      maxPerSecond: ascending(tablets.map((t) => maxInWindow(t.pushTimes, 1000))),
      gaps: tablets.reduce((n, t) => n + t.gaps, 0),
    };
  },

  /** Tablets come back by themselves after a drop (kill cycles): reconnect, then catch up from their revision. */
  resumeOnDrop(params: { url: string; meetingId: string }) {
    for (const t of tablets) t.resumeOnDrop(params.url, params.meetingId);
    return { tablets: tablets.length };
  },

  /** Waits (at most `timeoutMs`) until every tablet that was signed in follows again at `revision` or later. */
  async resumed(params: { revision: number; presentExpected: number; timeoutMs: number }) {
    const deadline = Date.now() + params.timeoutMs;
    const signedIn = tablets.filter((t) => t.sessionToken !== null);
    const back = () => signedIn.filter((t) => t.socket?.connected && t.following && t.revision >= params.revision).length;
    while (back() < signedIn.length && Date.now() < deadline) await sleep(50);
    return { tablets: signedIn.length, back: back(), resumes: signedIn.reduce((n, t) => n + t.resumes, 0), exact: signedIn.filter((t) => t.present === params.presentExpected).length };
  },

  /**
   * The soak: these tablets lose their connection at once (`cut`, no goodbye to the hub) and come back by themselves
   * (`resumeOnDrop`); waits at most `timeoutMs` until each follows again; answers how long each took (ms, ascending).
   */
  async cut(params: { tablets: number[]; timeoutMs: number }) {
    const chosen = byIndex(params.tablets);
    const start = now();
    const cut = chosen.filter((t) => t.cut());
    const backAt = new Map<SimTablet, number>();
    const deadline = Date.now() + params.timeoutMs;
    for (;;) {
      for (const t of cut) if (!backAt.has(t) && t.following && t.socket?.connected) backAt.set(t, now());
      if (backAt.size === cut.length || Date.now() >= deadline) break;
      await sleep(20);
    }
    return { chosen: chosen.length, cut: cut.length, back: backAt.size, backMs: ascending([...backAt.values()].map((at) => at - start)) };
  },

  /** The soak: these tablets, when following, fetch their first small document again over HTTP and report their preload. */
  async refetch(params: { url: string; meetingId: string; tablets: number[]; timeoutMs: number }) {
    const chosen = byIndex(params.tablets).filter((t) => t.following && t.socket?.connected);
    const results = await Promise.all(chosen.map((t) => t.preload(params.url, params.meetingId, documents, params.timeoutMs, t.spec.docs[0] ?? null)));
    const bad = (r: (typeof results)[number]) => !r.reported || r.fetched.some((x) => x.error !== null || x.status !== 200 || x.sha256ok !== true);
    return {
      tablets: results.length,
      reported: results.filter((r) => r.reported).length,
      failures: results.filter(bad).length,
      errors: results.filter(bad).map((r) => r.error ?? r.fetched.find((x) => x.error)?.error ?? 'sha256 or HTTP status').slice(0, 3),
    };
  },

  /** Drops nobody caused (each tablet's drops by reason, less one "transport close" per `cut`); `reset` starts a new count. */
  drops(params: { reset: boolean }) {
    const reasons: Record<string, number> = {};
    for (const t of tablets) {
      const own = { ...t.drops, 'transport close': (t.drops['transport close'] ?? 0) - t.cuts };
      for (const [reason, k] of Object.entries(own)) if (k > 0) reasons[reason] = (reasons[reason] ?? 0) + k;
      if (params.reset) {
        t.drops = {};
        t.cuts = 0;
      }
    }
    return reasons;
  },

  /** How many tablets are connected, and why the others dropped. */
  status() {
    const reasons: Record<string, number> = {};
    for (const t of tablets) if (t.dropped) reasons[t.dropped] = (reasons[t.dropped] ?? 0) + 1;
    return { tablets: tablets.length, connected: tablets.filter((t) => t.socket?.connected).length, following: tablets.filter((t) => t.following && t.socket?.connected).length, dropped: reasons };
  },

  disconnect() {
    for (const t of tablets) t.close();
    return { closed: tablets.length };
  },
});
