// `--scenario vote` (issue 13: "1,500 votes at once … and a 30-candidate election with 1,500 ballots"). With every
// tablet signed in, checked in and following, the chair creates and opens a named motion and every tablet casts at
// once, each with its own castId; then a secret election of 30 candidates for 25 seats, the same way. For each: the
// time to the last acknowledgement (beside the bare group-commit writer taking as many rows from the same tablets),
// the ballotCount each tablet's screen ends on and the pushes it got a second, and the result the hub froze at the
// close against the one the pure rules give for the casts acknowledged. vote-report.ts turns it into measurements.
import { countElection, decideElection, type ElectionSetup } from '../../shared/domain/elections/index.ts';
import { decideMotion, type MajorityRuleId, tallyBallots } from '../../shared/domain/votes/index.ts';
import type { ElectionResult, MotionResult } from '../../shared/protocol/index.ts';
import { type AckBody, ascending, dataOf, type NoAck } from './common.ts';
import type { Fleet } from './fleet.ts';
import { watch } from './hub-process.ts';
import { budgetFor, checkInAbsent, fleetStatus } from './phases.ts';
import type { Congress } from './setup.ts';
import { answerOf, ballotOf, ELECTION } from './vote-ballots.ts';

/** The Party's rule for a motion: more than half of the delegates convened. */
const RULE: MajorityRuleId = 'halfOfConvened';
const CANDIDATES = Array.from({ length: ELECTION.candidates }, (_, k) => ({ name: `Ứng cử viên ${String(k + 1).padStart(2, '0')}` }));
const STEP_MS = 60_000;

/** One request per tablet, all at once (the workers' answers merged). */
export interface CastBurst {
  sent: number;
  /** The tablets (by index) whose cast was acknowledged. */
  acked: number[];
  /** From the first cast sent to the last acknowledgement, ms. */
  lastAckMs: number;
  latencies: number[];
  refused: Record<string, number>;
  revision: number;
}

export interface VoteRound extends CastBurst {
  kind: 'motion' | 'election';
  /** GET /api/health every 100 ms during the casts. */
  health: { latencies: number[]; unanswered: number; peakRss: number };
  /** Tablets following before the casts, and after the close. */
  followingBefore: number;
  followingAfter: number;
  /** What the tablets' screens showed once they had the last cast's revision: tablets with a count, those at n. */
  counting: number;
  exact: number;
  behind: number;
  gaps: number;
  /** Pushes each tablet got from the open to the last cast's revision, and the most within one second (ascending). */
  pushes: number[];
  maxPerSecond: number[];
  /** The chair's close (the hub decides, and for a secret ballot seals the box and empties the WAL), ms. */
  closeMs: number;
  /** Tablets that had the result once they reached the close's revision. */
  decided: number;
  /** Ballots the hub counted in its result. */
  counted: number;
  /** The result in short: the hub's words for a motion (vi), who was elected for an election. */
  outcome: string;
  /** The result's fields that differ from what the pure rules decide for the acknowledged casts (none: exact). */
  mismatches: string[];
}

export interface VoteFigures {
  tablets: number;
  present: number;
  seats: number;
  motion: VoteRound;
  election: VoteRound;
}

export interface BareVoteFigures {
  motion: CastBurst;
  election: CastBurst;
}

type WorkerBurst = { sent: number; firstSent: number; lastAck: number | null; latencies: number[]; acked: number[]; revision: number; refused: Record<string, number> };

/** The workers' halves of a burst as one. */
function merged(parts: WorkerBurst[]): CastBurst {
  const refused: Record<string, number> = {};
  for (const p of parts) for (const [code, k] of Object.entries(p.refused)) refused[code] = (refused[code] ?? 0) + k;
  const acks = parts.flatMap((p) => (p.lastAck === null ? [] : [p.lastAck]));
  return {
    sent: parts.reduce((n, p) => n + p.sent, 0),
    acked: parts.flatMap((p) => p.acked),
    lastAckMs: acks.length > 0 ? Math.max(...acks) - Math.min(...parts.map((p) => p.firstSent)) : NaN,
    latencies: ascending(parts.flatMap((p) => p.latencies)),
    refused,
    revision: Math.max(-1, ...parts.map((p) => p.revision)),
  };
}

/** JSON with every object's keys in order, so that equal values read the same. */
const canonical = (value: unknown) =>
  JSON.stringify(value, (_, v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1))) : v));

/** The fields of `hub` that differ from `expected`, as "field: hub ≠ expected". */
function differences(hub: object, expected: object, fields: readonly string[]): string[] {
  const h = hub as Record<string, unknown>;
  const e = expected as Record<string, unknown>;
  return fields.flatMap((f) => (canonical(h[f]) === canonical(e[f]) ? [] : [`${f}: ${canonical(h[f])} ≠ ${canonical(e[f])}`]));
}

/**
 * The bare writer: one row per tablet at once, for the motion and for the election. A first burst, untimed, opens the
 * file and warms both sides, as the hub's tablets and the hub are warm from the sign-in when they vote.
 */
export async function bareVote(fleet: Fleet): Promise<BareVoteFigures> {
  const candidateIds = CANDIDATES.map((_, k) => `c${k}`);
  const ms = budgetFor(fleet.size);
  const burst = async (kind: 'motion' | 'election') =>
    merged(await fleet.all<WorkerBurst>('bareCast', { candidateIds, seats: ELECTION.seats, timeoutMs: ms, kind }, ms + 15_000));
  await burst('motion');
  return { motion: await burst('motion'), election: await burst('election') };
}

export async function runVote(o: { fleet: Fleet; hub: { url: string; pid: number }; passcode: string; congress: Congress; deskWindow: number; log: (line: string) => void }): Promise<VoteFigures> {
  const { fleet, congress } = o;
  const n = congress.delegates.length;
  const { present } = await checkInAbsent(fleet, { url: o.hub.url, passcode: o.passcode, congress, deskWindow: o.deskWindow, log: o.log });
  const chair = async <T>(event: string, payload: Record<string, unknown>) => {
    const r = await fleet.staff.call<{ ms: number; ack: AckBody | NoAck }>('chairSend', { event, payload, timeoutMs: STEP_MS }, STEP_MS + 10_000);
    return { ms: r.ms, revision: r.ack.ok ? (r.ack.revision ?? -1) : -1, data: dataOf<T>(r.ack, event) };
  };
  const settle = (revision: number) => fleet.all<{ behind: number }>('settle', { revision, timeoutMs: 30_000 }, 40_000);

  /** Opens the vote, every tablet casts at once, the screens are read, the vote is closed and the screens read again. */
  const round = async (kind: 'motion' | 'election', voteId: string, candidateIds: string[]) => {
    const key = kind === 'motion' ? 'motionId' : 'electionId';
    await settle((await chair(`${kind}.open`, { [key]: voteId })).revision);
    const followingBefore = (await fleetStatus(fleet)).following;
    await fleet.all('record', { arrivals: false }, 10_000);
    const ms = budgetFor(n);
    const watching = watch(o.hub.pid, `${o.hub.url}/api/health`, ms + 60_000);
    const parts = await fleet.all<WorkerBurst>('cast', { kind, meetingId: congress.meetingId, voteId, candidateIds, seats: ELECTION.seats, timeoutMs: ms }, ms + 15_000).catch(async (error: unknown) => {
      await watching.stop();
      throw error;
    });
    const health = await watching.stop();
    const burst = merged(parts);
    const behind = (await settle(burst.revision)).reduce((k, s) => k + s.behind, 0);
    type View = { following: number; counting: number; exact: number; decided: number; pushes: number[]; maxPerSecond: number[]; gaps: number };
    const view = async () => fleet.all<View>('voteView', { voteId, expected: n }, 30_000);
    const during = await view();
    const closed = await chair<{ result: MotionResult | ElectionResult }>(`${kind}.close`, { [key]: voteId });
    await settle(closed.revision);
    const after = await view();
    const sum = (views: View[], f: 'counting' | 'exact' | 'decided' | 'following' | 'gaps') => views.reduce((k, v) => k + v[f], 0);
    return {
      result: closed.data.result,
      figures: {
        ...burst,
        kind,
        health,
        followingBefore,
        followingAfter: sum(after, 'following'),
        counting: sum(during, 'counting'),
        exact: sum(during, 'exact'),
        behind,
        gaps: sum(during, 'gaps'),
        pushes: ascending(during.flatMap((v) => v.pushes)),
        maxPerSecond: ascending(during.flatMap((v) => v.maxPerSecond)),
        closeMs: closed.ms,
        decided: sum(after, 'decided'),
      },
    };
  };

  o.log(`vote: a named motion, ${n} tablets casting at once…`);
  const { motionId } = (await chair<{ motionId: string }>('motion.create', { title: 'Thông qua Nghị quyết Đại hội', ballot: 'named', rule: RULE })).data;
  const m = await round('motion', motionId, []);
  const motionResult = m.result as MotionResult;
  const tally = tallyBallots(m.figures.acked.map(answerOf));
  const expectedMotion = decideMotion(RULE, tally, { convened: n, present, quorumHeld: true });
  const motion: VoteRound = {
    ...m.figures,
    counted: motionResult.cast,
    outcome: motionResult.words.vi.result,
    mismatches: differences(motionResult, expectedMotion, ['yes', 'no', 'abstain', 'cast', 'present', 'convened', 'base', 'threshold', 'passed', 'reason']),
  };

  o.log(`vote: a secret election of ${ELECTION.candidates} candidates for ${ELECTION.seats} seats, ${n} ballots at once…`);
  const created = (
    await chair<{ electionId: string; candidateIds: string[] }>('election.create', { title: 'Bầu Ban Chấp hành', ballot: 'secret', base: 'convened', seats: ELECTION.seats, candidates: CANDIDATES })
  ).data;
  const e = await round('election', created.electionId, created.candidateIds);
  const electionResult = e.result as ElectionResult;
  const setup: ElectionSetup = { round: 1, seats: ELECTION.seats, candidates: created.candidateIds, base: 'convened' };
  const expectedElection = decideElection(setup, countElection(setup, e.figures.acked.map((i) => ballotOf(i, created.candidateIds, ELECTION.seats))), { convened: n });
  const election: VoteRound = {
    ...e.figures,
    counted: electionResult.valid + electionResult.invalid + electionResult.blank,
    outcome: `${electionResult.elected.length} of ${ELECTION.seats} seats filled (${electionResult.valid} valid ballots, ${electionResult.blank} blank), ${electionResult.tie ? `a tie at the cut-off: ${electionResult.tie.candidates.length} for ${electionResult.tie.seatsLeft} seats` : 'no tie'}`,
    mismatches: differences(electionResult, expectedElection, ['valid', 'invalid', 'blank', 'convened', 'base', 'threshold', 'candidates', 'elected', 'tie', 'seatsLeft']),
  };
  return { tablets: n, present, seats: ELECTION.seats, motion, election };
}
