import type { MinutesSource, MinutesVoter } from '../../../shared/domain/minutes/index.ts';
import type { Delegate, Election, ElectionRound, Motion } from '../../../shared/protocol/index.ts';
import { answerOf, marksOf } from '../store/ballot-choices.ts';
import { voteOfRound } from '../store/ballot-box.ts';
import type { Store } from '../store/store.ts';

/**
 * The records the minutes are made from, read from the store in one read transaction (one consistent moment, even
 * while tablets keep writing). Who voted what is disclosed only for a named vote once closed, as `motion.voters`
 * does; a secret ballot gives only who voted and how.
 */
export function minutesSource(store: Store, meetingId: string): MinutesSource | null {
  return store.transaction(() => read(store, meetingId));
}

function votersOf(store: Store, meetingId: string, vote: string, delegates: ReadonlyMap<string, Delegate>, choice: (code: string) => Partial<MinutesVoter>): MinutesVoter[] {
  return store.voters(meetingId, vote).map((v) => {
    const d = delegates.get(v.delegateId);
    return { delegateId: v.delegateId, fullName: d?.fullName ?? '', seat: d?.seat ?? '', paper: v.paper, ...(v.choice ? choice(v.choice) : {}) };
  });
}

const disclosed = (ballot: Motion['ballot'], status: Motion['status']) => ballot === 'named' && status === 'closed';

function roundVoters(store: Store, meetingId: string, election: Election, round: ElectionRound, delegates: ReadonlyMap<string, Delegate>): MinutesVoter[] {
  const open = disclosed(election.ballot, round.status);
  return votersOf(store, meetingId, voteOfRound(election.id, round.round), delegates, (code) => (open ? { marks: marksOf(round.candidates, code) } : {}));
}

function read(store: Store, meetingId: string): MinutesSource | null {
  const meeting = store.getMeeting(meetingId);
  if (!meeting) return null;
  const delegates = store.delegates(meetingId);
  const byId = new Map(delegates.map((d) => [d.id, d]));
  return {
    meeting,
    publishedAt: store.auditLastAt(meetingId, 'meeting.publish'),
    endedAt: meeting.status === 'closed' ? store.auditLastAt(meetingId, 'meeting.end') : null,
    agenda: store.agendaItems(meetingId),
    delegates,
    attendance: store.attendance(meetingId),
    motions: store.motions(meetingId).map((motion) => ({
      motion,
      voters: votersOf(store, meetingId, motion.id, byId, (code) => (disclosed(motion.ballot, motion.status) ? { answer: answerOf(code) } : {})),
    })),
    elections: store.elections(meetingId).map((election) => ({
      election,
      voters: Object.fromEntries(election.rounds.map((round) => [round.round, roundVoters(store, meetingId, election, round, byId)])),
    })),
    speeches: store.speeches(meetingId).map(({ delegateId, itemId, kind, status, requestedAt, startedAt, endedAt }) => ({ delegateId, itemId, kind, status, requestedAt, startedAt, endedAt })),
    itemTimes: store.itemTimes(meetingId).map(({ id, spentSeconds, since }) => ({ itemId: id, spentSeconds, since })),
    auditHead: store.auditHead(),
  };
}
