import { describe, expect, it } from 'vitest';
import { meetingQuorum, quorumStatus, sameQuorum, type QuorumRule } from './quorum.ts';

const MAJORITY: QuorumRule = { kind: 'majority' };
const TWO_THIRDS: QuorumRule = { kind: 'twoThirds' };
const fixed = (count: number): QuorumRule => ({ kind: 'fixed', count });

describe('quorum', () => {
  it.each<[string, QuorumRule, number, number, number, boolean]>([
    // rule, members, present -> required, reached
    ['majority of 60, 31 present', MAJORITY, 60, 31, 31, true],
    ['majority of 60, 30 present (half is not more than half)', MAJORITY, 60, 30, 31, false],
    ['majority of 59, 30 present', MAJORITY, 59, 30, 30, true],
    ['majority of 1, 1 present', MAJORITY, 1, 1, 1, true],
    ['two thirds of 30, 20 present', TWO_THIRDS, 30, 20, 20, true],
    ['two thirds of 30, 19 present', TWO_THIRDS, 30, 19, 20, false],
    ['two thirds of 31, 21 present', TWO_THIRDS, 31, 21, 21, true],
    ['two thirds of 31, 20 present', TWO_THIRDS, 31, 20, 21, false],
    ['two thirds of 1500, 1000 present', TWO_THIRDS, 1500, 1000, 1000, true],
    ['fixed 15 of 20, 15 present', fixed(15), 20, 15, 15, true],
    ['fixed 15 of 20, 14 present', fixed(15), 20, 14, 15, false],
    ['fixed above the members can never be reached', fixed(25), 20, 20, 25, false],
    ['nobody on the list', MAJORITY, 0, 0, 1, false],
  ])('%s', (_, rule, members, present, required, reached) => {
    const status = quorumStatus(rule, members, present);
    expect(status).toMatchObject({ members, present, required, reached });
    expect(status.missing).toBe(reached ? 0 : required - present);
  });

  it('counts a meeting\'s quorum from its list: records of delegates no longer listed, and absent or excused ones, are not present', () => {
    const delegates = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
    const attendance = [
      { id: 'a', status: 'present' as const },
      { id: 'b', status: 'excused' as const },
      { id: 'gone', status: 'present' as const },
    ];
    const quorum = meetingQuorum(MAJORITY, delegates, attendance);
    expect(quorum).toEqual({ rule: MAJORITY, members: 3, present: 1, required: 2, missing: 1, reached: false });
    expect(sameQuorum(quorum, meetingQuorum(MAJORITY, delegates, [...attendance, { id: 'c', status: 'absent' }]))).toBe(true);
    expect(sameQuorum(quorum, meetingQuorum(fixed(2), delegates, attendance))).toBe(false);
    expect(sameQuorum(quorum, meetingQuorum(MAJORITY, delegates, [...attendance, { id: 'c', status: 'present' }]))).toBe(false);
  });
});
