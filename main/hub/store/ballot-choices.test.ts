import { describe, expect, it } from 'vitest';
import { answerCode, answerOf, marksCode, marksOf } from './ballot-choices.ts';

describe('choices in the ballot box', () => {
  it.each(['yes', 'no', 'abstain'] as const)('keeps %s as one character and reads it back', (answer) => {
    expect(answerCode(answer)).toHaveLength(1);
    expect(answerOf(answerCode(answer))).toBe(answer);
  });

  it('refuses a code that is no answer', () => {
    expect(() => answerOf('x')).toThrow(/not an answer/);
  });

  const round = ['an', 'binh', 'chi'];
  it.each([
    ['every name, in any order', { chi: 'keep', an: 'strike', binh: 'keep' }, 'skk'],
    ['every name struck', { an: 'strike', binh: 'strike', chi: 'strike' }, 'sss'],
    ['a name missing', { an: 'keep', binh: 'keep' }, null],
    ['a name not on the ballot', { an: 'keep', binh: 'keep', dung: 'keep' }, null],
    ['a mark that is neither', { an: 'keep', binh: 'maybe', chi: 'keep' }, null],
    ['a name inherited, not given', Object.assign(Object.create({ chi: 'keep' }) as object, { an: 'keep', binh: 'keep', x: 'keep' }), null],
  ])('codes a ballot with %s', (_, marks, code) => {
    expect(marksCode(round, marks as Record<string, string>)).toBe(code);
    if (code) expect(marksCode(round, marksOf(round, code))).toBe(code);
  });

  it('refuses a code that does not fit the round', () => {
    expect(() => marksOf(round, 'kk')).toThrow(/does not fit/);
    expect(() => marksOf(round, 'kkx')).toThrow(/does not fit/);
  });
});
