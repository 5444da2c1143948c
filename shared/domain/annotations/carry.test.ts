import { describe, expect, it } from 'vitest';
import { carry, type Carried, type Placement } from './carry.ts';
import { findQuote, pagesByDistance, quoteOf } from './quote.ts';
import { indexPage, lineNear, offsetAt, rangeBox, rangeBoxes, type IndexedPage, type TextRun } from './text.ts';

// A page of lines, one run each: line i at y = 0.1 + 0.04·i, 0.02 high, 0.01 wide per character.
const runsOf = (lines: string[]): TextRun[] => lines.map((text, i) => ({ text, box: { x: 0.1, y: 0.1 + 0.04 * i, w: 0.01 * text.length, h: 0.02 } }));
const doc = (...pages: string[][]): IndexedPage[] => pages.map((lines) => indexPage(runsOf(lines)));

const P1 = ['Báo cáo tình hình kinh tế xã hội năm 2026', 'Tổng sản phẩm trong nước tăng 7,1 phần trăm', 'Kim ngạch xuất khẩu đạt 480 tỷ đô la'];
const P2 = ['Ngân sách năm 2027 được phân bổ cho giáo dục và đào tạo', 'Chi đầu tư phát triển chiếm 28 phần trăm tổng chi', 'Bội chi ngân sách giữ dưới 4 phần trăm GDP'];
const P3 = ['Kiến nghị của Ủy ban Kinh tế về thu hút đầu tư', 'Cải cách thủ tục hành chính trong cấp phép xây dựng'];
const SCAN: string[] = [];
const old = doc(P1, P2, P3, SCAN);

/** A highlight of `words` on page `page` of the old version. */
function highlight(page: number, words: string): Placement {
  const p = old[page] as IndexedPage;
  const exact = words.replace(/\s/gu, '').normalize('NFC');
  const start = p.text.indexOf(exact);
  if (start < 0) throw new Error(`no "${words}" on page ${page}`);
  return { page, text: { start, end: start + exact.length, quote: quoteOf(p, start, start + exact.length) }, rects: rangeBoxes(p, start, start + exact.length) };
}

/** A stroke drawn just right of line `line` of page `page` (an underline would do the same). */
function stroke(page: number, line: number): Placement {
  const p = old[page] as IndexedPage;
  const box = { x: 0.6, y: 0.1 + 0.04 * line, w: 0.1, h: 0.02 };
  const near = lineNear(p, box);
  const points = [[0.6, 0.1 + 0.04 * line + 0.01, 0.5], [0.7, 0.1 + 0.04 * line + 0.015, 0.6]];
  if (near === null) return { page, line: null, points };
  return { page, line: { start: near.start, end: near.end, quote: quoteOf(p, near.start, near.end), box: near.box }, points };
}

const summary = (c: Carried) => ({ status: c.status, page: c.placement.page, reason: c.reason ?? null });
const quoted = (c: Carried) => (c.placement.text ?? c.placement.line)?.quote.exact ?? null;
const PAR = ['Một đoạn văn mới được chèn vào đây để thay đổi vị trí', 'của các dòng bên dưới trên cùng một trang'];

describe('carrying an annotation to a new version', () => {
  it.each<[string, IndexedPage[], Placement, { status: string; page: number; reason: string | null }]>([
    ['the same file: kept', old, highlight(1, 'giáo dục và đào tạo'), { status: 'kept', page: 1, reason: null }],
    ['a paragraph inserted above it on its page: kept, lower down', doc(P1, [...PAR, ...P2], P3, SCAN), highlight(1, 'Bội chi ngân sách'), { status: 'kept', page: 1, reason: null }],
    ['a paragraph inserted pushes its line to the next page: moved', doc(P1, [...P2.slice(0, 2), ...PAR], [P2[2] as string, ...P3], SCAN), highlight(1, 'Bội chi ngân sách giữ dưới 4'), { status: 'moved', page: 2, reason: null }],
    ['a page inserted before it: moved to the next page', doc(P1, PAR, P2, P3, SCAN), highlight(1, 'Chi đầu tư phát triển'), { status: 'moved', page: 2, reason: null }],
    ['a page inserted after it: kept', doc(P1, P2, PAR, P3, SCAN), highlight(1, 'Chi đầu tư phát triển'), { status: 'kept', page: 1, reason: null }],
    ['a word changed inside the quote: moved (its text changed)', doc(P1, ['Ngân sách năm 2027 được phân bổ cho y tế và đào tạo', ...P2.slice(1)], P3, SCAN), highlight(1, 'phân bổ cho giáo dục và đào tạo'), { status: 'moved', page: 1, reason: null }],
    ['a word changed just before the quote: kept (the text after it still holds it)', doc(P1, ['Ngân sách năm 2028 được phân bổ cho giáo dục và đào tạo', ...P2.slice(1)], P3, SCAN), highlight(1, 'giáo dục và đào tạo'), { status: 'kept', page: 1, reason: null }],
    ['words changed on both sides of the quote: moved', doc(P1, ['Ngân sách năm 2028 được chia cho giáo dục và đào tạo nghề', 'Chi thường xuyên chiếm phần lớn', ...P2.slice(2)], P3, SCAN), highlight(1, 'giáo dục và đào tạo'), { status: 'moved', page: 1, reason: null }],
    ['the page before deleted: moved a page up', doc(P2, P3, SCAN), highlight(2, 'thủ tục hành chính'), { status: 'moved', page: 1, reason: null }],
    ['its own page deleted: not found, pinned to the same page', doc(P1, P3, SCAN), highlight(1, 'Bội chi ngân sách giữ dưới 4 phần trăm'), { status: 'orphan', page: 1, reason: null }],
    ['its own page deleted, and it was the last: not found, on the new last page', doc(P1, P2), highlight(2, 'thủ tục hành chính'), { status: 'orphan', page: 1, reason: null }],
    ['its text rewritten: not found, pinned to the same page', doc(P1, ['Phần này đã được viết lại hoàn toàn bởi ban soạn thảo'], P3, SCAN), highlight(1, 'phân bổ cho giáo dục'), { status: 'orphan', page: 1, reason: null }],
    ['a stroke on a scanned page still scanned: kept unchecked', doc(P1, P2, P3, SCAN), stroke(3, 0), { status: 'kept', page: 3, reason: 'no_text' }],
    ['a stroke on a scanned page that now has text: not found', doc(P1, P2, P3, P3), stroke(3, 0), { status: 'orphan', page: 3, reason: null }],
    ['a stroke beside a line on a page inserted before: moved with it', doc(PAR, P1, P2, P3, SCAN), stroke(1, 1), { status: 'moved', page: 2, reason: null }],
  ])('%s', (_, pages, placement, expected) => {
    expect(summary(carry(pages, placement))).toEqual(expected);
  });

  it('a highlight follows its text down the page, boxes and all', () => {
    const carried = carry(doc(P1, [...PAR, ...P2], P3, SCAN), highlight(1, 'Bội chi ngân sách'));
    expect(quoted(carried)).toBe('Bộichingânsách');
    expect(carried.placement.rects?.[0]?.y).toBeCloseTo(0.1 + 0.04 * 4);
  });

  it('a highlight whose word changed takes the new text', () => {
    const carried = carry(doc(P1, ['Ngân sách năm 2027 được phân bổ cho y tế và đào tạo', ...P2.slice(1)], P3, SCAN), highlight(1, 'phân bổ cho giáo dục và đào tạo'));
    expect(quoted(carried)).toBe('phânbổchoytếvàđàotạo');
  });

  it('a stroke moves with its line, scaled by the line heights', () => {
    const bigger = [PAR[0] as string, ...P1].map((text, i) => ({ text, box: { x: 0.2, y: 0.2 + 0.08 * i, w: 0.02 * text.length, h: 0.04 } }));
    const carried = carry([indexPage(bigger), ...doc(P2, P3, SCAN)], stroke(0, 1));
    expect(carried.status).toBe('kept');
    // Line 1 of page 0 was at (0.1, 0.14), 0.02 high; it is now line 2, at (0.2, 0.36), 0.04 high.
    expect(carried.placement.points?.[0]?.[0]).toBeCloseTo(0.2 + (0.6 - 0.1) * 2);
    expect(carried.placement.points?.[0]?.[1]).toBeCloseTo(0.36 + 0.01 * 2);
    expect(carried.placement.points?.[0]?.[2]).toBe(0.5);
    expect(carried.placement.line?.box.h).toBeCloseTo(0.04);
  });

  it('Vietnamese in NFC on one side and NFD on the other is the same text', () => {
    const nfd = doc(...[P1, P2, P3, SCAN].map((lines) => lines.map((line) => line.normalize('NFD'))));
    expect(nfd[1]?.text).toBe(old[1]?.text);
    expect(summary(carry(nfd, highlight(1, 'giáo dục và đào tạo')))).toEqual({ status: 'kept', page: 1, reason: null });
    // And the other way round: a quote taken from an NFD file finds the NFC one.
    const fromNfd = nfd[2] as IndexedPage;
    const start = fromNfd.text.indexOf('thủtục');
    expect(start).toBeGreaterThan(0);
    expect(summary(carry(old, { page: 2, text: { start, end: start + 6, quote: quoteOf(fromNfd, start, start + 6) } }))).toEqual({ status: 'kept', page: 2, reason: null });
  });

  it('a note kept beside an unchanged line stays where it was', () => {
    const note = stroke(0, 2);
    const carried = carry(old, note);
    expect(carried.status).toBe('kept');
    expect(carried.placement.points).toEqual(note.points);
  });
});

describe('the quote search', () => {
  it('orders pages by distance, the earlier first on a tie', () => {
    expect(pagesByDistance(5, 2)).toEqual([2, 1, 3, 0, 4]);
    expect(pagesByDistance(3, 7)).toEqual([2, 1, 0]);
    expect(pagesByDistance(0, 0)).toEqual([]);
  });

  it('prefers the occurrence whose context matches, not the first one', () => {
    const pages = doc(['trang một phần trăm'], ['Bội chi ngân sách giữ dưới 4 phần trăm GDP']);
    const drawnOn = doc(['Bội chi ngân sách giữ dưới 4 phần trăm GDP']);
    const q = quoteOf(drawnOn[0] as IndexedPage, 'Bộichingânsáchgiữdưới4'.length, 'Bộichingânsáchgiữdưới4phầntrăm'.length);
    expect(findQuote(pages, q, { page: 0, start: 0 })).toMatchObject({ page: 1, exact: true });
  });

  it('refuses a short quote found only without its context', () => {
    const pages = doc(['một hai ba'], ['bốn năm sáu']);
    expect(findQuote(pages, { exact: 'hai', prefix: 'khácxa', suffix: 'hoàntoàn' }, { page: 1, start: 0 })).toBeNull();
    expect(findQuote(pages, { exact: '', prefix: '', suffix: '' }, { page: 0, start: 0 })).toBeNull();
  });
});

describe('a page text', () => {
  const page = indexPage([
    { text: 'Kinh tế ', box: { x: 0.1, y: 0.1, w: 0.08, h: 0.02 } },
    { text: 'xã hội', box: { x: 0.18, y: 0.1, w: 0.06, h: 0.02 } },
    { text: 'Dòng hai', box: { x: 0.1, y: 0.14, w: 0.08, h: 0.02 } },
  ]);

  it('drops whitespace and joins runs of one line into one line', () => {
    expect(page.text).toBe('KinhtếxãhộiDònghai');
    expect(page.lines.map((l) => page.text.slice(l.start, l.end))).toEqual(['Kinhtếxãhội', 'Dònghai']);
    expect(rangeBox(page, 0, 11)).toEqual({ x: 0.1, y: 0.1, w: expect.closeTo(0.14) as number, h: expect.closeTo(0.02) as number });
  });

  it('snaps a point to the character under it or the nearest on its line', () => {
    expect(offsetAt(page, 0.105, 0.11, 'start')).toBe(0);
    expect(offsetAt(page, 0.235, 0.11, 'end')).toBe(11);
    expect(offsetAt(page, 0.9, 0.15, 'end')).toBe(18);
    expect(offsetAt(indexPage([]), 0.5, 0.5, 'start')).toBeNull();
  });

  it('finds the line beside a stroke', () => {
    expect(lineNear(page, { x: 0.5, y: 0.145, w: 0.1, h: 0.01 })?.start).toBe(11);
    expect(lineNear(indexPage([]), { x: 0, y: 0, w: 0, h: 0 })).toBeNull();
  });
});
