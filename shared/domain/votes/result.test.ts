import { describe, expect, it } from 'vitest';
import { motionResult } from './result.ts';

const words = { vi: { yes: 'Tán thành', no: 'Không tán thành', abstain: 'Không biểu quyết' }, en: { yes: 'Yes', no: 'No', abstain: 'Abstain' } };
const body = { convened: 60, present: 60, quorumHeld: true };

describe('a motion result as the hub freezes it', () => {
  it.each([
    ['tablets alone', { yes: 41, no: 12, abstain: 7 }, { yes: 0, no: 0, abstain: 0 }, 41, 'Thông qua: 41/60 đại biểu có mặt tán thành, quá một nửa'],
    ['tablets and paper together', { yes: 29, no: 10, abstain: 5 }, { yes: 2, no: 1, abstain: 0 }, 31, 'Thông qua: 31/60 đại biểu có mặt tán thành, quá một nửa'],
    ['paper alone', { yes: 0, no: 0, abstain: 0 }, { yes: 30, no: 0, abstain: 0 }, 30, 'Không thông qua: 30/60 đại biểu có mặt tán thành, không quá một nửa (cần 31)'],
  ])('adds %s and keeps the paper part apart', (_, ballots, paper, yes, vi) => {
    const result = motionResult({ rule: 'halfOfPresent', words }, { ballots, paper }, body);
    expect(result.yes).toBe(yes);
    expect(result.paper).toEqual(paper);
    expect(result.words.vi.result).toBe(vi);
    expect(result.quorumHeld).toBe(true);
  });

  it('states the counts with the body\'s own words, in each language', () => {
    const own = { ...words, vi: { yes: 'Đồng ý', no: 'Không đồng ý', abstain: 'Phiếu trắng' } };
    const result = motionResult({ rule: 'moreYesThanNo', words: own }, { ballots: { yes: 3, no: 1, abstain: 1 }, paper: { yes: 0, no: 0, abstain: 0 } }, body);
    expect(result.words.vi.counts).toBe('Đồng ý: 3; Không đồng ý: 1; Phiếu trắng: 1');
    expect(result.words.en.counts).toBe('Yes: 3; No: 1; Abstain: 1');
  });

  it('fails a motion whose quorum no longer held at the close', () => {
    const result = motionResult({ rule: 'halfOfPresent', words }, { ballots: { yes: 28, no: 0, abstain: 0 }, paper: { yes: 0, no: 0, abstain: 0 } }, { convened: 60, present: 28, quorumHeld: false });
    expect(result).toMatchObject({ passed: false, reason: 'quorumLost', quorumHeld: false });
  });
});
