import { describe, expect, it } from 'vitest';
import { findFolded, foldText, foldWithOrigin } from './text-fold.ts';

describe('foldText', () => {
  it.each([
    ['Ngân sách', 'ngan sach'],
    ['NGÂN SÁCH NHÀ NƯỚC', 'ngan sach nha nuoc'],
    ['Đà Nẵng', 'da nang'],
    ['đường', 'duong'],
    ['Nguyễn Thị Hồng Nhung', 'nguyen thi hong nhung'],
    ['  thu   ngân\tsách \n', 'thu ngan sach'],
    ['Ngân sách (NFD)'.normalize('NFD'), 'ngan sach (nfd)'],
    ['ﬁnance', 'finance'],
    ['Quốc hội', 'quoc hoi'],
    ['', ''],
    ['ngan sach', 'ngan sach'],
  ])('%j → %j', (text, folded) => {
    expect(foldText(text)).toBe(folded);
  });
});

describe('foldWithOrigin', () => {
  it('points each folded letter at the character it came from', () => {
    expect(foldWithOrigin('Đà  x')).toEqual({ text: 'da x', origin: [0, 1, 2, 4] });
    // Decomposed input: the marks fold away, the letters keep their own indexes.
    const nfd = 'â'.normalize('NFD') + 'b';
    expect(foldWithOrigin(nfd)).toEqual({ text: 'ab', origin: [0, 2] });
  });
});

describe('findFolded', () => {
  const page = 'Thu ngân sách nhà nước đạt 86% dự toán năm. Ngân  sách địa phương';
  it.each([
    ['ngan sach', ['ngân sách', 'Ngân  sách']],
    ['ngân sách', ['ngân sách', 'Ngân  sách']],
    ['NGAN SACH', ['ngân sách', 'Ngân  sách']],
    ['dat', ['đạt']],
    ['đạt', ['đạt']],
    ['dia phuong', ['địa phương']],
    ['du toan nam.', ['dự toán năm.']],
    ['86%', ['86%']],
    ['ngan sach trung uong', []],
    ['   ', []],
    ['', []],
  ])('%j finds %j', (query, found) => {
    expect(findFolded(page, query).map((m) => page.slice(m.start, m.end))).toEqual(found);
  });

  it('finds matches that do not overlap, in order', () => {
    expect(findFolded('aaaa', 'aa')).toEqual([
      { start: 0, end: 2 },
      { start: 2, end: 4 },
    ]);
  });

  it('ends a match after a character outside the basic plane', () => {
    const text = 'x 𝐀b y';
    const [match] = findFolded(text, '𝐀b');
    expect(text.slice(match!.start, match!.end)).toBe('𝐀b');
  });
});
