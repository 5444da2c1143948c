/**
 * A document's first title from its PDF's own (XMP `dc:title`, else the Info dictionary's `Title`), when that says
 * more than the file name: "Tờ trình số 12/TTr-UBND" rather than "TTr_12_final_v3". The secretariat edits it
 * afterwards like any title. Pure.
 */

/** The longest title a document takes (`document.add`). */
export const MAX_DOCUMENT_TITLE = 300;

/** What office programs write when nobody gave a title: no title at all. */
const PLACEHOLDERS = /^(untitled(\s*(document|-?\d+))?|document\s*\d*|doc\d+|presentation\s*\d*|powerpoint presentation|book\d+|slide\s*\d+|tài liệu\s*\d*|không có tiêu đề|no title|title)$/iu;

/** "Microsoft Word - Tờ trình.docx": the program's name before and the source file's extension after. */
const PROGRAM = /^microsoft\s+(word|excel|powerpoint)\s+-\s+/i;
const EXTENSION = /\.(docx?|xlsx?|pptx?|odt|ods|odp|rtf|txt|pdf)$/i;

export function documentTitle(pdfTitle: string | null | undefined): string | null {
  if (typeof pdfTitle !== 'string') return null;
  const cleaned = pdfTitle
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(PROGRAM, '')
    .replace(EXTENSION, '')
    .trim();
  if (cleaned === '' || PLACEHOLDERS.test(cleaned) || !/[\p{L}\p{N}]/u.test(cleaned)) return null;
  const chars = [...cleaned];
  return chars.length > MAX_DOCUMENT_TITLE ? `${chars.slice(0, MAX_DOCUMENT_TITLE - 1).join('').trimEnd()}…` : cleaned;
}
