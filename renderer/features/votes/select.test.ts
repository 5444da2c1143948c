import { describe, expect, it } from 'vitest';
import { aClosedMotion, aMotion, anElection } from './testing.ts';
import { meetingVotes, openVote, shownVote, votedIn, votesUnder, voteKey } from './select.ts';

const meeting = (currentItemId: string | null) => ({ currentItemId }) as Parameters<typeof shownVote>[0]['meeting'];
const tally = { yes: 41, no: 12, abstain: 5 };

describe('the vote a screen shows', () => {
  const cases = [
    { name: 'nothing prepared', motions: [], elections: [], current: 'report', shown: null },
    { name: 'only prepared', motions: [aMotion()], elections: [], current: 'report', shown: null },
    { name: 'the open motion, on any item', motions: [aMotion({ status: 'open', itemId: 'other' })], elections: [], current: 'report', shown: 'motion:m1' },
    {
      name: 'the open election round over an earlier result',
      motions: [aClosedMotion(tally)],
      elections: [anElection({}, { status: 'open' })],
      current: 'report',
      shown: 'election:e1:1',
    },
    {
      name: 'the last closed under the current item',
      motions: [aClosedMotion(tally), aClosedMotion(tally, { id: 'm2', closedAt: '2026-11-23T03:00:00.000Z' })],
      elections: [],
      current: 'report',
      shown: 'motion:m2',
    },
    { name: 'no result once the chair moves on', motions: [aClosedMotion(tally)], elections: [], current: 'close', shown: null },
  ] as const;
  for (const c of cases) {
    it(c.name, () => {
      const vote = shownVote({ motions: [...c.motions], elections: [...c.elections], meeting: meeting(c.current) });
      expect(vote && voteKey(vote)).toBe(c.shown);
    });
  }

  it('shows a closed round while its further round is only prepared', () => {
    const first = anElection({}, { status: 'closed', closedAt: '2026-11-23T02:10:00.000Z' });
    const election = { ...first, rounds: [...first.rounds, { ...first.rounds[0]!, round: 2, status: 'prepared' as const, closedAt: null }] };
    const vote = shownVote({ motions: [], elections: [election], meeting: meeting('report') });
    expect(vote && voteKey(vote)).toBe('election:e1:1');
    // The console lists the election by its current round: the one to open next.
    expect(votesUnder({ motions: [], elections: [election] }, 'report').map(voteKey)).toEqual(['election:e1:2']);
  });

  it('finds the one open vote', () => {
    expect(openVote({ motions: [aMotion(), aMotion({ id: 'm2', status: 'open' })], elections: [] })?.id).toBe('m2');
  });

  it('lists an item’s votes, the newest first', () => {
    const snapshot = { motions: [aMotion({ id: 'late', createdAt: '2026-11-23T05:00:00.000Z' }), aMotion({ id: 'elsewhere', itemId: 'x' })], elections: [anElection()] };
    expect(votesUnder(snapshot, 'report').map((v) => v.id)).toEqual(['late', 'e1']);
  });

  it('lists every vote of the meeting, each round of an election, the newest first', () => {
    const first = anElection({}, { status: 'closed' });
    const election = { ...first, rounds: [...first.rounds, { ...first.rounds[0]!, round: 2, status: 'prepared' as const }] };
    const snapshot = { motions: [aMotion({ id: 'late', createdAt: '2026-11-23T05:00:00.000Z' }), aMotion({ id: 'elsewhere', itemId: 'x' })], elections: [election] };
    expect(meetingVotes(snapshot).map(voteKey)).toEqual(['motion:late', 'election:e1:2', 'election:e1:1', 'motion:elsewhere']);
  });

  it('reads the count of the vote’s own round, 0 before any', () => {
    const counts = [
      { id: 'm1', round: null, voted: 7 },
      { id: 'e1', round: 2, voted: 3 },
    ];
    const [motion] = votesUnder({ motions: [aMotion()], elections: [] }, 'report');
    const [round1] = votesUnder({ motions: [], elections: [anElection()] }, 'report');
    expect(votedIn({ ballotCounts: counts }, motion!)).toBe(7);
    expect(votedIn({ ballotCounts: counts }, round1!)).toBe(0);
  });
});
