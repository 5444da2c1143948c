import { describe, expect, it } from 'vitest';
import { motionVote, roundVote } from './select.ts';
import { aMotion, anElection } from './testing.ts';
import { searchVoters, voterChoice } from './voters.ts';

const named = anElection({ ballot: 'named' });
const election = roundVote(named, named.rounds[0]!);
const motion = motionVote(aMotion());
const marks = (c1: 'keep' | 'strike', c2: 'keep' | 'strike', c3: 'keep' | 'strike') => ({ c1, c2, c3 });

describe('what a voter voted, as the list says it', () => {
  it.each([
    ['a named answer, in the body’s words', motion, { answer: 'no' as const, marks: null }, 'vi', { kind: 'answer', words: 'Không tán thành' }],
    ['the same in English', motion, { answer: 'abstain' as const, marks: null }, 'en', { kind: 'answer', words: 'Abstain' }],
    ['nothing disclosed', motion, { answer: null, marks: null }, 'vi', null],
    ['names kept, in ballot order', election, { answer: null, marks: marks('strike', 'keep', 'keep') }, 'vi', { kind: 'kept', names: ['Trần Thị Bình', 'Lê Minh Chi'] }],
    ['every name struck', election, { answer: null, marks: marks('strike', 'strike', 'strike') }, 'vi', { kind: 'blank' }],
    ['more kept than seats (paper)', election, { answer: null, marks: marks('keep', 'keep', 'keep') }, 'vi', { kind: 'invalid' }],
    ['a secret ballot', election, { answer: null, marks: null }, 'vi', null],
  ] as const)('%s', (_, vote, voter, language, expected) => {
    expect(voterChoice(vote, voter, language)).toEqual(expected);
  });
});

describe('finding a voter', () => {
  const voters = [
    { fullName: 'Nguyễn Văn Hùng', seat: 'A01' },
    { fullName: 'Trần Thị Hằng', seat: 'A02' },
    { fullName: 'Đặng Minh Khôi', seat: 'B12' },
  ];
  it.each([
    ['', ['A01', 'A02', 'B12']],
    ['hang', ['A02']],
    ['dang khoi', ['B12']],
    ['a0', ['A01', 'A02']],
    ['nguyen b12', []],
  ])('“%s”', (query, seats) => {
    expect(searchVoters(voters, query).map((v) => v.seat)).toEqual(seats);
  });
});
