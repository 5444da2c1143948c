// Motions and elections as the hub sends them, for the vote screens' tests: results made by the functions the hub
// freezes them with, so the words on screen are the hub's.
import { electionResult as decidedRound } from '../../../shared/domain/elections/result.ts';
import { motionResult as decidedMotion } from '../../../shared/domain/votes/result.ts';
import type { Election, ElectionResult, Motion, MotionResult, Tally } from '../../../shared/protocol/index.ts';

export const WORDS: Motion['words'] = {
  vi: { yes: 'Tán thành', no: 'Không tán thành', abstain: 'Không biểu quyết' },
  en: { yes: 'Yes', no: 'No', abstain: 'Abstain' },
};

export function aMotion(overrides: Partial<Motion> = {}): Motion {
  return {
    id: 'm1',
    itemId: 'report',
    title: 'Thông qua Nghị quyết về kế hoạch năm 2027',
    text: 'Hội nghị biểu quyết thông qua toàn văn Nghị quyết.',
    ballot: 'named',
    rule: 'halfOfConvened',
    words: WORDS,
    mayChange: false,
    durationSeconds: null,
    minimumSeconds: null,
    status: 'prepared',
    createdAt: '2026-11-23T01:00:00.000Z',
    openedAt: null,
    closesAt: null,
    closedAt: null,
    quorumOverride: null,
    result: null,
    ...overrides,
  };
}

export function motionResult(motion: Pick<Motion, 'rule' | 'words'>, tally: Tally, body = { convened: 60, present: 58, quorumHeld: true }): MotionResult {
  return decidedMotion(motion, { ballots: tally, paper: { yes: 0, no: 0, abstain: 0 } }, body);
}

/** A motion opened at 01:05 and closed at 01:07 with `tally`. */
export function aClosedMotion(tally: Tally, overrides: Partial<Motion> = {}): Motion {
  const motion = aMotion({ status: 'closed', openedAt: '2026-11-23T01:05:00.000Z', closedAt: '2026-11-23T01:07:00.000Z', ...overrides });
  return { ...motion, result: motionResult(motion, tally) };
}

export const CANDIDATES = [
  { id: 'c1', name: 'Nguyễn Văn An' },
  { id: 'c2', name: 'Trần Thị Bình' },
  { id: 'c3', name: 'Lê Minh Chi' },
];

export function anElection(overrides: Partial<Election> = {}, round: Partial<Election['rounds'][number]> = {}): Election {
  return {
    id: 'e1',
    itemId: 'report',
    title: 'Bầu Ban Chấp hành',
    ballot: 'secret',
    base: 'convened',
    candidates: CANDIDATES,
    durationSeconds: null,
    minimumSeconds: null,
    createdAt: '2026-11-23T02:00:00.000Z',
    rounds: [
      {
        round: 1,
        seats: 2,
        candidates: CANDIDATES.map((c) => c.id),
        status: 'prepared',
        openedAt: null,
        closesAt: null,
        closedAt: null,
        quorumOverride: null,
        result: null,
        ...round,
      },
    ],
    ...overrides,
  };
}

/** Round 1 of `election` closed with these votes per candidate out of `valid` ballots. */
export function electionResult(election: Election, votes: Record<string, number>, valid: number, convened = 11): ElectionResult {
  const round = election.rounds[0]!;
  const setup = { round: round.round, seats: round.seats, candidates: round.candidates, base: election.base };
  const paper = { valid: 0, invalid: 0, blank: 0, votes: Object.fromEntries(round.candidates.map((id) => [id, 0])) };
  const nameOf = (id: string) => election.candidates.find((c) => c.id === id)?.name;
  return decidedRound(setup, { ballots: { valid, invalid: 0, blank: 0, votes }, paper }, { convened, present: convened, quorumHeld: true }, nameOf);
}

/** A `meeting.changed` push of one motion or election (and any ballot counts) at `revision`. */
export function voteChange(revision: number, changes: { motion?: Motion; election?: Election; voted?: { id: string; round: number | null; voted: number } }) {
  return {
    meetingId: 'demo',
    fromRevision: revision,
    revision,
    changes: [
      ...(changes.motion ? [{ collection: 'motion', id: changes.motion.id, value: changes.motion }] : []),
      ...(changes.election ? [{ collection: 'election', id: changes.election.id, value: changes.election }] : []),
      ...(changes.voted ? [{ collection: 'ballotCount', id: changes.voted.id, value: changes.voted }] : []),
    ],
  };
}
