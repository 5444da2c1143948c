import type { BallotKind, Election, ElectionRound, MeetingSnapshot, Motion, QuorumOverride, VoteStatus } from '../../../shared/protocol/index.ts';

/**
 * A motion, or one round of an election, as the screens show it: what every vote has (its life, its timing, its
 * ballot kind) flattened beside the motion or the election and round it is. The hub decides all of it; these
 * functions only pick what a screen shows. Pure.
 */
export type Vote = VoteTiming &
  ({ readonly kind: 'motion'; readonly motion: Motion } | { readonly kind: 'election'; readonly election: Election; readonly round: ElectionRound });

interface VoteTiming {
  /** The motion's or the election's id (a ballot count's `id`). */
  readonly id: string;
  readonly title: string;
  readonly itemId: string | null;
  readonly ballot: BallotKind;
  readonly status: VoteStatus;
  readonly openedAt: string | null;
  readonly closesAt: string | null;
  readonly closedAt: string | null;
  readonly minimumSeconds: number | null;
  readonly quorumOverride: QuorumOverride | null;
}

export function motionVote(motion: Motion): Vote {
  const { id, title, itemId, ballot, status, openedAt, closesAt, closedAt, minimumSeconds, quorumOverride } = motion;
  return { kind: 'motion', motion, id, title, itemId, ballot, status, openedAt, closesAt, closedAt, minimumSeconds, quorumOverride };
}

export function roundVote(election: Election, round: ElectionRound): Vote {
  const { id, title, itemId, ballot, minimumSeconds } = election;
  const { status, openedAt, closesAt, closedAt, quorumOverride } = round;
  return { kind: 'election', election, round, id, title, itemId, ballot, status, openedAt, closesAt, closedAt, minimumSeconds, quorumOverride };
}

/** An election's current round: the last one. */
export function currentRound(election: Election): ElectionRound {
  const last = election.rounds.at(-1);
  if (!last) throw new Error(`election ${election.id} has no round`);
  return last;
}

type Votes = Pick<MeetingSnapshot, 'motions' | 'elections'>;

/** Every motion and every round of every election. */
function everyVote(snapshot: Votes): Vote[] {
  return [...snapshot.motions.map(motionVote), ...snapshot.elections.flatMap((e) => e.rounds.map((r) => roundVote(e, r)))];
}

/** The vote open now (the hub allows one at a time in a meeting), if any. */
export function openVote(snapshot: Votes): Vote | null {
  return everyVote(snapshot).find((v) => v.status === 'open') ?? null;
}

/**
 * What the hall is shown: the open vote, else the result of the vote closed last under the item being discussed
 * (moving to another item puts the result away).
 */
export function shownVote(snapshot: Votes & Pick<MeetingSnapshot, 'meeting'>): Vote | null {
  const open = openVote(snapshot);
  if (open) return open;
  const closed = everyVote(snapshot).filter((v) => v.status === 'closed' && v.itemId === snapshot.meeting.currentItemId);
  return closed.reduce<Vote | null>((last, v) => (!last || (v.closedAt ?? '') > (last.closedAt ?? '') ? v : last), null);
}

/** The motions and elections under an item (an election by its current round), the newest first: what the chair acts on next. */
export function votesUnder(snapshot: Votes, itemId: string | null): Vote[] {
  const motions = snapshot.motions.filter((m) => m.itemId === itemId).map((m) => ({ vote: motionVote(m), createdAt: m.createdAt }));
  const elections = snapshot.elections
    .filter((e) => e.itemId === itemId)
    .map((e) => ({ vote: roundVote(e, currentRound(e)), createdAt: e.createdAt }));
  return [...motions, ...elections].sort((a, b) => b.createdAt.localeCompare(a.createdAt)).map((v) => v.vote);
}

/** Every motion and every round of every election in the meeting, the newest first (a later round before an earlier one). */
export function meetingVotes(snapshot: Votes): Vote[] {
  const created = (v: Vote) => (v.kind === 'motion' ? v.motion.createdAt : v.election.createdAt);
  const round = (v: Vote) => (v.kind === 'election' ? v.round.round : 0);
  return everyVote(snapshot).sort((a, b) => created(b).localeCompare(created(a)) || round(b) - round(a));
}

/** How many delegates have voted in it (tablet and paper), as the hub counts them; 0 before its first count. */
export function votedIn(snapshot: Pick<MeetingSnapshot, 'ballotCounts'>, vote: Vote): number {
  const round = vote.kind === 'election' ? vote.round.round : null;
  return snapshot.ballotCounts.find((c) => c.id === vote.id && c.round === round)?.voted ?? 0;
}

/** A stable key for a vote on screen: a further round is another vote. */
export function voteKey(vote: Vote): string {
  return vote.kind === 'motion' ? `motion:${vote.id}` : `election:${vote.id}:${vote.round.round}`;
}
