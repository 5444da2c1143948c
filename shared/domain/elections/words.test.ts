import { describe, expect, it } from 'vitest';
import type { ResultLocale } from '../votes/locale.ts';
import type { ElectionCount } from './count.ts';
import { decideElection } from './decide.ts';
import type { ElectionSetup } from './setup.ts';
import { electionResultWords, type ElectionWords } from './words.ts';

const NAMES: Record<string, string> = { a: 'Nguyễn Văn An', b: 'Trần Thị Bình', c: 'Lê Minh Chi', d: 'Phạm Dũng' };
const nameOf = (id: string) => NAMES[id];
const setup = (seats: number, candidates: string[], base: ElectionSetup['base']): ElectionSetup => ({ round: 1, seats, candidates, base });
const count = (valid: number, votes: Record<string, number>, blank = 0, invalid = 0): ElectionCount => ({ valid, invalid, blank, votes });

describe('an election result in words', () => {
  it.each<[string, ElectionSetup, ElectionCount, number, Record<ResultLocale, ElectionWords>]>([
    [
      'the Party example, base convened',
      setup(1, ['a', 'b'], 'convened'),
      count(9, { a: 5, b: 4 }, 1),
      11,
      {
        vi: {
          ballots: 'Phiếu hợp lệ: 9; phiếu không hợp lệ: 0; phiếu trắng (gạch hết tên): 1',
          candidates: [
            'Nguyễn Văn An: 5/11 đại biểu được triệu tập, không quá một nửa — không trúng cử',
            'Trần Thị Bình: 4/11 đại biểu được triệu tập, không quá một nửa — không trúng cử',
          ],
          outcome: 'Không có ai trúng cử. Còn thiếu 1 so với số lượng cần bầu; đại hội (hội nghị) quyết định có bầu tiếp hay không.',
        },
        en: {
          ballots: 'Valid ballots: 9; invalid: 0; blank (every name struck): 1',
          candidates: [
            'Nguyễn Văn An: 5 of 11 delegates convened, not more than half — not elected',
            'Trần Thị Bình: 4 of 11 delegates convened, not more than half — not elected',
          ],
          outcome: 'Nobody elected. 1 seat still open; the meeting decides whether to hold a further round.',
        },
      },
    ],
    [
      'a tie at the cut-off',
      setup(2, ['a', 'b', 'c', 'd'], 'validBallots'),
      count(10, { a: 9, b: 7, c: 7, d: 1 }, 0, 1),
      12,
      {
        vi: {
          ballots: 'Phiếu hợp lệ: 10; phiếu không hợp lệ: 1; phiếu trắng (gạch hết tên): 0',
          candidates: [
            'Nguyễn Văn An: 9/10 phiếu hợp lệ, quá một nửa — trúng cử',
            'Trần Thị Bình: 7/10 phiếu hợp lệ, quá một nửa — bằng phiếu ở vị trí cuối, cần bầu tiếp',
            'Lê Minh Chi: 7/10 phiếu hợp lệ, quá một nửa — bằng phiếu ở vị trí cuối, cần bầu tiếp',
            'Phạm Dũng: 1/10 phiếu hợp lệ, không quá một nửa — không trúng cử',
          ],
          outcome:
            'Trúng cử 1/2: Nguyễn Văn An. Bằng phiếu ở vị trí cuối: Trần Thị Bình và Lê Minh Chi (mỗi người 7 phiếu) cho 1 chỗ còn lại; không tự phân định, cần bầu tiếp.',
        },
        en: {
          ballots: 'Valid ballots: 10; invalid: 1; blank (every name struck): 0',
          candidates: [
            'Nguyễn Văn An: 9 of 10 valid ballots, more than half — elected',
            'Trần Thị Bình: 7 of 10 valid ballots, more than half — tied at the cut-off, a further round is needed',
            'Lê Minh Chi: 7 of 10 valid ballots, more than half — tied at the cut-off, a further round is needed',
            'Phạm Dũng: 1 of 10 valid ballots, not more than half — not elected',
          ],
          outcome:
            'Elected, 1 of 2 seats: Nguyễn Văn An. Tie at the cut-off: Trần Thị Bình and Lê Minh Chi (7 votes each) for 1 seat left; not resolved here, a further round is needed.',
        },
      },
    ],
    [
      'more passing than seats, every seat filled',
      setup(2, ['a', 'b', 'c'], 'validBallots'),
      count(10, { a: 9, b: 8, c: 7 }),
      12,
      {
        vi: {
          ballots: 'Phiếu hợp lệ: 10; phiếu không hợp lệ: 0; phiếu trắng (gạch hết tên): 0',
          candidates: [
            'Nguyễn Văn An: 9/10 phiếu hợp lệ, quá một nửa — trúng cử',
            'Trần Thị Bình: 8/10 phiếu hợp lệ, quá một nửa — trúng cử',
            'Lê Minh Chi: 7/10 phiếu hợp lệ, quá một nửa — không trúng cử (ngoài số lượng cần bầu)',
          ],
          outcome: 'Trúng cử đủ số lượng cần bầu (2): Nguyễn Văn An và Trần Thị Bình',
        },
        en: {
          ballots: 'Valid ballots: 10; invalid: 0; blank (every name struck): 0',
          candidates: [
            'Nguyễn Văn An: 9 of 10 valid ballots, more than half — elected',
            'Trần Thị Bình: 8 of 10 valid ballots, more than half — elected',
            'Lê Minh Chi: 7 of 10 valid ballots, more than half — not elected (beyond the seats)',
          ],
          outcome: 'All 2 seats filled: Nguyễn Văn An and Trần Thị Bình',
        },
      },
    ],
  ])('%s', (_, round, votes, convened, expected) => {
    const decision = decideElection(round, votes, { convened });
    for (const locale of ['vi', 'en'] as const) expect(electionResultWords(locale, decision, nameOf)).toEqual(expected[locale]);
  });

  it('shows an id without a name as itself, and seats left in both languages', () => {
    const round = setup(3, ['a', 'x', 'b'], 'validBallots');
    const decision = decideElection(round, count(1500, { a: 1400, x: 800, b: 700 }), { convened: 1500 });
    const vi = electionResultWords('vi', decision, nameOf);
    const en = electionResultWords('en', decision, nameOf);
    expect(vi.candidates[1]).toBe('x: 800/1.500 phiếu hợp lệ, quá một nửa — trúng cử');
    expect(vi.outcome).toBe('Trúng cử 2/3: Nguyễn Văn An và x. Còn thiếu 1 so với số lượng cần bầu; đại hội (hội nghị) quyết định có bầu tiếp hay không.');
    expect(en.outcome).toBe('Elected, 2 of 3 seats: Nguyễn Văn An and x. 1 seat still open; the meeting decides whether to hold a further round.');
  });
});
