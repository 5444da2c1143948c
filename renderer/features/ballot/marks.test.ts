import { describe, expect, it } from 'vitest';
import { ballotMarks, ballotState, toggleStruck } from './marks.ts';

const round = { candidates: ['a', 'b', 'c'], seats: 2 };

describe('an election ballot on the tablet', () => {
  it.each([
    { struck: [], kept: ['a', 'b', 'c'], over: 1, blank: false },
    { struck: ['b'], kept: ['a', 'c'], over: 0, blank: false },
    { struck: ['a', 'b'], kept: ['c'], over: 0, blank: false },
    { struck: ['a', 'b', 'c'], kept: [], over: 0, blank: true },
  ])('struck $struck keeps $kept', ({ struck, kept, over, blank }) => {
    expect(ballotState(round, new Set(struck))).toEqual({ kept, over, blank });
  });

  it('toggles a name between kept and struck', () => {
    const once = toggleStruck(new Set(), 'b');
    expect([...once]).toEqual(['b']);
    expect([...toggleStruck(once, 'b')]).toEqual([]);
  });

  it('marks every candidate of the round', () => {
    expect(ballotMarks(round, new Set(['c']))).toEqual({ a: 'keep', b: 'keep', c: 'strike' });
  });
});
