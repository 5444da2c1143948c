import { describe, expect, it } from 'vitest';
import type { PdfDocument } from '../pdf/types.ts';
import { searchDocument, snippet, type SearchProgress } from './search.ts';

const PAGES = ['Mở đầu.', 'Thu ngân sách nhà nước đạt 86% dự toán năm. Ngân sách địa phương tăng.', 'Không có gì.', 'Chi NGÂN SÁCH'];

function pdf(pages: string[], asked: number[] = []): PdfDocument {
  return {
    numPages: pages.length,
    getPage: () => Promise.reject(new Error('not drawn here')),
    getText: (n) => {
      asked.push(n);
      return n === 3 && pages[2] === 'broken' ? Promise.reject(new Error('bad page')) : Promise.resolve(pages[n - 1]!);
    },
  };
}

async function search(document: PdfDocument, query: string): Promise<SearchProgress[]> {
  const reports: SearchProgress[] = [];
  await searchDocument(document, query, (p) => reports.push(p), new AbortController().signal);
  return reports;
}

describe('searchDocument', () => {
  it('lists the pages with matches, with or without diacritics, each with its count and first match', async () => {
    const reports = await search(pdf(PAGES), 'ngan sach');
    const last = reports.at(-1)!;
    expect(last).toMatchObject({ read: 4, pages: 4, done: true });
    expect(last.hits.map((h) => [h.page, h.count, h.match])).toEqual([
      [1, 2, 'ngân sách'],
      [3, 1, 'NGÂN SÁCH'],
    ]);
    expect(last.hits[0]!.before).toBe('Thu ');
  });

  it('reads each page once per document, and goes past a page it cannot read', async () => {
    const asked: number[] = [];
    const document = pdf([...PAGES.slice(0, 2), 'broken', PAGES[3]!], asked);
    await search(document, 'chi');
    const last = (await search(document, 'ngân sách')).at(-1)!;
    expect(asked).toEqual([1, 2, 3, 4]);
    expect(last.hits.map((h) => h.page)).toEqual([1, 3]);
  });

  it('stops when called off', async () => {
    const controller = new AbortController();
    controller.abort();
    const reports: SearchProgress[] = [];
    await searchDocument(pdf(PAGES), 'ngan', (p) => reports.push(p), controller.signal);
    expect(reports).toEqual([]);
  });
});

describe('snippet', () => {
  it('keeps whole words around the match', () => {
    const text = 'một hai ba bốn năm sáu bảy tám chín mười mười một mười hai ngân sách mười ba mười bốn mười lăm mười sáu mười bảy mười tám mười chín hai mươi';
    const start = text.indexOf('ngân sách');
    const cut = snippet(text, start, start + 9);
    expect(cut.match).toBe('ngân sách');
    expect(cut.before.startsWith('…')).toBe(true);
    expect(cut.after.endsWith('…')).toBe(true);
    expect(`${cut.before}${cut.match}${cut.after}`.replace(/…/g, '')).toBe(text.slice(text.indexOf(cut.before.slice(1)), text.indexOf(cut.after.slice(0, -1)) + cut.after.length - 1));
  });
});
