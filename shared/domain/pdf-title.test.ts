import { describe, expect, it } from 'vitest';
import { documentTitle, MAX_DOCUMENT_TITLE } from './pdf-title.ts';

describe("a document's title from its PDF's own", () => {
  it.each<[string, string | null | undefined, string | null]>([
    ['a real title, as it is', 'Tờ trình số 12/TTr-UBND về kế hoạch đầu tư công', 'Tờ trình số 12/TTr-UBND về kế hoạch đầu tư công'],
    ['decomposed Vietnamese, composed', 'Ba\u0301o ca\u0301o', 'Báo cáo'],
    ['spaces and a trailing NUL (as ImageMagick writes it)', '  Báo cáo\u0000 tổng kết \n', 'Báo cáo tổng kết'],
    ["Word's own prefix and the source file's extension", 'Microsoft Word - To trinh so 12.docx', 'To trinh so 12'],
    ['an extension alone', 'Nghị quyết 05.doc', 'Nghị quyết 05'],
    ['no title', undefined, null],
    ['null', null, null],
    ['empty', '', null],
    ['only spaces', '   ', null],
    ['"Untitled"', 'Untitled', null],
    ['"Untitled document" (Google Docs)', 'Untitled document', null],
    ['"Document1" (Word)', 'Document1', null],
    ['"Microsoft Word - Document1"', 'Microsoft Word - Document1.docx', null],
    ['"PowerPoint Presentation"', 'PowerPoint Presentation', null],
    ['punctuation only', '—', null],
  ])('%s', (_, pdfTitle, expected) => {
    expect(documentTitle(pdfTitle)).toBe(expected);
  });

  it('cuts a title longer than a document takes, with an ellipsis', () => {
    const title = documentTitle('Đề án '.repeat(100));
    expect([...title!].length).toBe(MAX_DOCUMENT_TITLE);
    expect(title!.endsWith('…')).toBe(true);
  });
});
