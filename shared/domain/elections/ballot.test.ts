import { describe, expect, it } from 'vitest';
import { classifyBallot, type BallotClass, type ElectionBallot } from './ballot.ts';

const SETUP = { seats: 2, candidates: ['an', 'binh', 'chi'] };

describe('classifying an election ballot', () => {
  it.each<[string, ElectionBallot, BallotClass]>([
    ['as many kept as seats', { an: 'keep', binh: 'strike', chi: 'keep' }, { kind: 'valid', kept: ['an', 'chi'] }],
    ['fewer kept than seats', { an: 'strike', binh: 'keep', chi: 'strike' }, { kind: 'valid', kept: ['binh'] }],
    ['kept in ballot order, whatever order the marks came in', { chi: 'keep', an: 'keep', binh: 'strike' }, { kind: 'valid', kept: ['an', 'chi'] }],
    ['more kept than seats (the ballot left untouched)', { an: 'keep', binh: 'keep', chi: 'keep' }, { kind: 'invalid', reason: 'tooMany' }],
    ['every name struck', { an: 'strike', binh: 'strike', chi: 'strike' }, { kind: 'blank' }],
    ['a name missing', { an: 'keep', binh: 'strike' }, { kind: 'invalid', reason: 'malformed' }],
    ['a name not on the ballot', { an: 'keep', binh: 'strike', chi: 'strike', dung: 'keep' }, { kind: 'invalid', reason: 'malformed' }],
    ['a name written in instead of one on the ballot', { an: 'keep', binh: 'strike', dung: 'keep' }, { kind: 'invalid', reason: 'malformed' }],
    ['a mark neither keep nor strike', { an: 'keep', binh: 'strike', chi: 'maybe' } as unknown as ElectionBallot, { kind: 'invalid', reason: 'malformed' }],
    ['an empty ballot', {}, { kind: 'invalid', reason: 'malformed' }],
  ])('%s', (_, ballot, expected) => {
    expect(classifyBallot(SETUP, ballot)).toEqual(expected);
  });
});
