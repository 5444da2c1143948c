import { describe, expect, it } from 'vitest';
import { checkQuorumToOpen, type OpenCheck } from './quorum-to-open.ts';

describe('the quorum to open a vote', () => {
  it.each<[string, { reached: boolean; missing: number }, { reason: string } | undefined, OpenCheck]>([
    ['quorum reached', { reached: true, missing: 0 }, undefined, { open: true, overridden: false }],
    ['quorum reached, an override is not needed nor recorded', { reached: true, missing: 0 }, { reason: 'x' }, { open: true, overridden: false }],
    ['quorum lost, no override', { reached: false, missing: 3 }, undefined, { open: false, missing: 3 }],
    ['quorum lost, a blank reason is no reason', { reached: false, missing: 3 }, { reason: '  ' }, { open: false, missing: 3 }],
    [
      'quorum lost, the chair overrides with a reason',
      { reached: false, missing: 3 },
      { reason: ' Đại biểu đang trên đường đến ' },
      { open: true, overridden: true, reason: 'Đại biểu đang trên đường đến', missing: 3 },
    ],
  ])('%s', (_, quorum, override, expected) => {
    expect(checkQuorumToOpen(quorum, override)).toEqual(expected);
  });
});
