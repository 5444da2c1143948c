import { describe, expect, it } from 'vitest';
import type { VoteWords } from '../../../shared/protocol/index.ts';
import { wordChoices, wordsLabel } from './words.ts';

const custom = { vi: { yes: 'Nhất trí', no: 'Không nhất trí', abstain: 'Ý kiến khác' }, en: { yes: 'Agree', no: 'Disagree', abstain: 'Other' } };

describe('answer words to choose from', () => {
  it('offers the presets, paired by language, Tán thành first', () => {
    expect(wordChoices([]).map((w) => wordsLabel(w, 'vi'))).toEqual(['Tán thành / Không tán thành / Không biểu quyết', 'Đồng ý / Không đồng ý / Phiếu trắng']);
    expect(wordChoices([]).map((w) => wordsLabel(w, 'en'))).toEqual(['Yes / No / Abstain', 'In favour / Against / Abstain']);
  });

  it('puts the words of the meeting’s last motion first, once', () => {
    const second = wordChoices([])[1]!;
    expect(wordChoices([{ words: second, createdAt: '2026-01-01T00:00:00Z' }])).toEqual([second, wordChoices([])[0]]);
    const choices = wordChoices([
      { words: custom, createdAt: '2026-01-02T00:00:00Z' },
      { words: second, createdAt: '2026-01-01T00:00:00Z' },
    ]);
    expect(choices[0]).toEqual(custom);
    expect(choices).toHaveLength(3);
  });

  it('puts the words of a motion being edited first, then the last motion’s', () => {
    const [tanThanh, dongY] = wordChoices([]) as [VoteWords, VoteWords];
    const choices = wordChoices([{ words: custom, createdAt: '2026-01-02T00:00:00Z' }], dongY);
    expect(choices).toEqual([dongY, custom, tanThanh]);
    expect(wordChoices([{ words: dongY, createdAt: '2026-01-02T00:00:00Z' }], dongY)).toEqual([dongY, tanThanh]);
  });
});
