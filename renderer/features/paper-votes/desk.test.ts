import { describe, expect, it } from 'vitest';
import type { Attendance, Delegate } from '../../../shared/protocol/index.ts';
import { SHOWN_AT_MOST, ballotsIn, electionCountProblems, findDelegates, notVoted, paperSums } from './desk.ts';

const delegate = (id: string, fullName: string, seat: string, organisation = ''): Delegate => ({ id, fullName, title: '', organisation, group: '', seat, badgeSerial: 1 });
const status = (id: string, s: Attendance['status']): Attendance => ({ id, status: s, checkedInAt: null, checkedOutAt: null });

describe('who may still vote on paper', () => {
  const delegates = [delegate('a', 'Trần Thị Hằng', 'A10'), delegate('b', 'Nguyễn Văn Hùng', 'A2'), delegate('c', 'Lê Văn Tám', 'A3'), delegate('d', 'Phạm Thu', '')];
  const attendance = [status('a', 'present'), status('b', 'present'), status('c', 'excused'), status('d', 'present')];
  it.each([
    ['nobody voted: those present, by seat (numbers in order)', [], ['d', 'b', 'a']],
    ['one voted', ['b'], ['d', 'a']],
    ['everyone present voted', ['a', 'b', 'd'], []],
    ['a vote of someone not present changes nothing', ['c'], ['d', 'b', 'a']],
  ])('%s', (_, voted, ids) => {
    expect(notVoted(delegates, attendance, new Set(voted)).map((d) => d.id)).toEqual(ids);
  });
});

describe('finding her among many', () => {
  const many = Array.from({ length: 120 }, (_, i) => delegate(`d${i}`, `Đại biểu ${i}`, `S${i}`, i === 7 ? 'Ủy ban Kiểm tra' : ''));
  it.each([
    ['', SHOWN_AT_MOST, 120],
    ['dai bieu 11', 11, 11],
    ['uy ban kiem', 1, 1],
    ['s7', 11, 11],
    ['nobody', 0, 0],
  ])('“%s”: %i shown of %i', (query, shown, matching) => {
    const found = findDelegates(many, query);
    expect([found.shown.length, found.matching]).toEqual([shown, matching]);
  });
});

describe('the paper sums', () => {
  it.each([
    [null, 0, { kind: 'none' }],
    [null, 3, { kind: 'missing', marked: 3 }],
    [0, 0, { kind: 'match', counted: 0, marked: 0 }],
    [3, 3, { kind: 'match', counted: 3, marked: 3 }],
    [2, 3, { kind: 'mismatch', counted: 2, marked: 3 }],
    [4, 3, { kind: 'mismatch', counted: 4, marked: 3 }],
  ])('%s counted, %i marked', (counted, marked, state) => {
    expect(paperSums(counted, marked)).toEqual(state);
  });

  it('counts the ballots of a motion’s and of an election’s paper counts', () => {
    expect(ballotsIn({ yes: 2, no: 1, abstain: 1 })).toBe(4);
    expect(ballotsIn({ valid: 3, invalid: 1, blank: 2, votes: { c1: 3 } })).toBe(6);
  });
});

describe('an election’s paper count that cannot be true', () => {
  const setup = { seats: 2, candidates: ['c1', 'c2', 'c3'] };
  const count = (valid: number, votes: number[], invalid = 0, blank = 0) => ({ valid, invalid, blank, votes: { c1: votes[0]!, c2: votes[1]!, c3: votes[2]! } });
  it.each([
    ['a good count', count(3, [3, 2, 1], 1, 1), []],
    ['nothing on paper', count(0, [0, 0, 0]), []],
    ['a fraction', count(1.5, [1, 0, 0]), ['notWholeNumbers']],
    ['more votes than valid ballots', count(1, [2, 0, 0]), ['votesOverValid']],
    ['more names than seats per ballot', count(1, [1, 1, 1]), ['votesOutOfRange']],
    ['a valid ballot with no name kept', count(2, [1, 0, 0]), ['votesOutOfRange']],
  ])('%s', (_, counts, problems) => {
    expect(electionCountProblems(setup, counts)).toEqual(problems);
  });
});
