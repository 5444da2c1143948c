import { describe, expect, it } from 'vitest';
import { shownText } from './shown.ts';
import { indexPage, type TextRun } from './text.ts';

/** Runs on one line, each `w` wide, starting at x with the gaps given (page fractions). */
function line(y: number, ...pieces: [text: string, x: number, w: number][]): TextRun[] {
  return pieces.map(([text, x, w]) => ({ text, box: { x, y, w, h: 0.02 } }));
}

describe('a quote as the page shows it', () => {
  it.each<[string, TextRun[], string]>([
    ['one run with its own spaces', line(0.1, ['Two-Column Document with Lorem Ipsum', 0.1, 0.5]), 'Two-Column Document with Lorem Ipsum'],
    ['words as runs of their own, a gap between them', line(0.1, ['Two-Column', 0.1, 0.14], ['Document', 0.26, 0.11]), 'Two-Column Document'],
    ['a word split in two runs that touch', line(0.1, ['Docu', 0.1, 0.05], ['ment', 0.15, 0.05]), 'Document'],
    ['a space given as a run of its own (pdf.js)', line(0.1, ['ngân', 0.1, 0.05], [' ', 0.15, 0.0], ['sách', 0.15, 0.05]), 'ngân sách'],
    ['a run ending in a space', line(0.1, ['ngân ', 0.1, 0.06], ['sách', 0.16, 0.05]), 'ngân sách'],
    ['two lines', [...line(0.1, ['end of a line', 0.1, 0.6]), ...line(0.13, ['next line', 0.1, 0.4])], 'end of a line next line'],
    ['Vietnamese in NFD comes back in NFC', line(0.1, ['Ngân sách nhà nước'.normalize('NFD'), 0.1, 0.3]), 'Ngân sách nhà nước'],
    ['runs of spaces as one', line(0.1, ['a   b\t\tc', 0.1, 0.1]), 'a b c'],
  ])('%s', (_, runs, shown) => {
    const page = indexPage(runs);
    expect(shownText(page, 0, page.text.length)).toBe(shown);
  });

  it('shows only the quoted part of a run, its inner spaces kept', () => {
    const page = indexPage(line(0.1, ['Điều 3. Ngân sách nhà nước năm 2027', 0.1, 0.5]));
    const start = page.text.indexOf('Ngân');
    const end = page.text.indexOf('năm');
    expect(shownText(page, start, end)).toBe('Ngân sách nhà nước');
  });

  it('is empty for an empty range or a page without text', () => {
    expect(shownText(indexPage([]), 0, 10)).toBe('');
    const page = indexPage(line(0.1, ['abc', 0.1, 0.1]));
    expect(shownText(page, 2, 2)).toBe('');
  });
});
