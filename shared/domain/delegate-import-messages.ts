import type { DelegateField } from './delegate-fields.ts';

/**
 * Every sentence the delegate import writes (row errors and warnings, file refusals, notes), in Vietnamese and in
 * English: the hub writes them in the language of the person previewing, the screen shows them as they are.
 * Each message is a pair of functions of the same parameters, so neither language can miss one. Pure.
 */

export const IMPORT_LANGS = ['vi', 'en'] as const;
export type ImportLang = (typeof IMPORT_LANGS)[number];

export function isImportLang(value: unknown): value is ImportLang {
  return (IMPORT_LANGS as readonly unknown[]).includes(value);
}

/**
 * The first of our languages an Accept-Language header asks for, by weight (`en-US,en;q=0.9,vi;q=0.8` is en);
 * null when it names neither.
 */
export function acceptedImportLang(header: string | undefined): ImportLang | null {
  const asked = (header ?? '')
    .split(',')
    .map((part, order) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/i.exec(p)?.[1]).find((v) => v !== undefined);
      return { lang: tag.trim().toLowerCase().split('-')[0], weight: q === undefined ? 1 : Number(q), order };
    })
    .filter((entry) => entry.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.order - b.order);
  return asked.map((entry) => entry.lang).find(isImportLang) ?? null;
}

/**
 * What a row number is called in messages: `line` for a file the person opens in an editor, `row` for a list
 * sent with `delegate.import` (its 1-based position).
 */
export type RowUnit = 'line' | 'row';

/** Where a message points: a line of a file, or a row of a list sent with `delegate.import`. */
export interface At {
  unit: RowUnit;
  line: number;
}

/** A cell a note names: its line, its column's header and its text. */
export interface PlacedCell {
  line: number;
  column: string;
  text: string;
}

type Texts<P> = { readonly vi: (params: P) => string; readonly en: (params: P) => string };
const both = <P = void>(texts: Texts<P>): Texts<P> => texts;

const LOCALE: Record<ImportLang, string> = { vi: 'vi-VN', en: 'en-GB' };
/** Counts and sizes as each language writes them: 10.000 and 10,0 in Vietnamese, 10,000 and 10.0 in English. */
const count = (lang: ImportLang, n: number) => n.toLocaleString(LOCALE[lang]);
const megabytes = (lang: ImportLang, bytes: number, digits: number) =>
  (bytes / 1024 / 1024).toLocaleString(LOCALE[lang], { minimumFractionDigits: digits, maximumFractionDigits: digits });

const UNIT_VI: Record<RowUnit, string> = { line: 'dòng', row: 'hàng' };
const capital = (text: string) => text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);

const startVi = (at: At) => `${capital(UNIT_VI[at.unit])} ${at.line}:`;
const startEn = (at: At) => `${at.unit === 'line' ? 'Line' : 'Row'} ${at.line}:`;
const othersVi = (unit: RowUnit, lines: readonly number[]) => `${lines.length === 1 ? '' : 'các '}${UNIT_VI[unit]} ${lines.join(', ')}`;
const othersEn = (unit: RowUnit, lines: readonly number[]) => `${unit}${lines.length === 1 ? '' : 's'} ${lines.join(', ')}`;
const columnVi = (column: string | undefined) => (column ? ` (cột "${column}")` : '');
const columnEn = (column: string | undefined) => (column ? ` (column "${column}")` : '');

/** How each field is named inside a sentence. */
export const FIELD_NAMES: Readonly<Record<ImportLang, Readonly<Record<DelegateField, string>>>> = {
  vi: { fullName: 'họ tên', title: 'chức vụ', organisation: 'đơn vị', group: 'nhóm', seat: 'số ghế' },
  en: { fullName: 'name', title: 'title', organisation: 'organisation', group: 'group', seat: 'seat' },
};

/** What a zip that is not a workbook turned out to be. */
export type ZipKind = 'word' | 'opendocument' | 'zip';
const ZIP_KINDS: Record<ImportLang, Record<ZipKind, string>> = {
  vi: { word: 'tài liệu Word', opendocument: 'tệp OpenDocument (LibreOffice)', zip: 'tệp nén zip' },
  en: { word: 'a Word document', opendocument: 'an OpenDocument file (LibreOffice)', zip: 'a zip archive' },
};

/** What a seat problem does: the delegate is imported all the same, without the seat. */
const WITHOUT_SEAT_VI = 'đại biểu vẫn được nhập nhưng chưa có số ghế, cần xếp ghế sau.';
const WITHOUT_SEAT_EN = 'the delegate is imported without a seat, to be assigned afterwards.';

const SAVE_AGAIN_VI = 'Hãy mở tệp bằng Excel, lưu lại dưới dạng .xlsx rồi thử lại.';
const SAVE_AGAIN_EN = 'Open it in Excel, save it again as .xlsx, and try again.';

export const IMPORT_MESSAGES = {
  // Rows (shared/domain/delegate-rows.ts).
  nameEmpty: both<{ at: At; column?: string }>({
    vi: ({ at, column }) => `${startVi(at)} chưa có họ tên${columnVi(column)}.`,
    en: ({ at, column }) => `${startEn(at)} the name is empty${columnEn(column)}.`,
  }),
  tooLong: both<{ at: At; field: DelegateField; column?: string; length: number; limit: number }>({
    vi: ({ at, field, column, length, limit }) =>
      `${startVi(at)} ${FIELD_NAMES.vi[field]}${columnVi(column)} dài ${count('vi', length)} ký tự, vượt quá mức tối đa ${count('vi', limit)} ký tự.`,
    en: ({ at, field, column, length, limit }) =>
      `${startEn(at)} the ${FIELD_NAMES.en[field]}${columnEn(column)} is ${count('en', length)} characters long; at most ${count('en', limit)} fit.`,
  }),
  seatTwice: both<{ at: At; seat: string; column?: string; others: readonly number[] }>({
    vi: ({ at, seat, column, others }) => `${startVi(at)} ghế ${seat}${columnVi(column)} trùng với ${othersVi(at.unit, others)}; ${WITHOUT_SEAT_VI}`,
    en: ({ at, seat, column, others }) => `${startEn(at)} seat ${seat}${columnEn(column)} is also given on ${othersEn(at.unit, others)}; ${WITHOUT_SEAT_EN}`,
  }),
  seatTooLong: both<{ at: At; column?: string; length: number; limit: number }>({
    vi: ({ at, column, length, limit }) =>
      `${startVi(at)} số ghế${columnVi(column)} dài ${count('vi', length)} ký tự, vượt quá mức tối đa ${count('vi', limit)} ký tự; ${WITHOUT_SEAT_VI}`,
    en: ({ at, column, length, limit }) =>
      `${startEn(at)} the seat${columnEn(column)} is ${count('en', length)} characters long, more than the ${count('en', limit)} that fit; ${WITHOUT_SEAT_EN}`,
  }),
  personTwice: both<{ at: At; name: string; organisation: string; others: readonly number[] }>({
    vi: ({ at, name, organisation, others }) =>
      `${startVi(at)} ${name}${organisation ? ` (${organisation})` : ''} cũng có tên ở ${othersVi(at.unit, others)}.`,
    en: ({ at, name, organisation, others }) =>
      `${startEn(at)} ${name}${organisation ? ` of ${organisation}` : ''} is also listed on ${othersEn(at.unit, others)}.`,
  }),
  seatTaken: both<{ at: At; seat: string; holder: string }>({
    vi: ({ at, seat, holder }) => `${startVi(at)} ghế ${seat} đã được xếp cho đại biểu ${holder} (đại biểu này không có trong danh sách); ${WITHOUT_SEAT_VI}`,
    en: ({ at, seat, holder }) => `${startEn(at)} seat ${seat} is already assigned to ${holder}, who is not in this list; ${WITHOUT_SEAT_EN}`,
  }),

  // Cells (xlsx.ts).
  cellError: both<{ line: number; cell: string; error: string }>({
    vi: ({ line, cell, error }) => `Dòng ${line}: ô ${cell} chứa giá trị lỗi ${error}, được đọc là ô trống.`,
    en: ({ line, cell, error }) => `Line ${line}: cell ${cell} holds the error ${error}; it was read as empty.`,
  }),

  // The file as a whole (sniff.ts, csv.ts, xlsx.ts, index.ts, the preview route).
  fileEmpty: both({
    vi: () => 'Tệp trống, không có nội dung.',
    en: () => 'The file is empty.',
  }),
  fileTooLarge: both<{ bytes: number; maxBytes: number }>({
    vi: ({ bytes, maxBytes }) => `Tệp có dung lượng ${megabytes('vi', bytes, 1)} MB; tệp danh sách đại biểu chỉ được tối đa ${megabytes('vi', maxBytes, 0)} MB.`,
    en: ({ bytes, maxBytes }) => `The file is ${megabytes('en', bytes, 1)} MB; a delegate list may be at most ${megabytes('en', maxBytes, 0)} MB.`,
  }),
  bodyTooLarge: both<{ maxBytes: number }>({
    vi: ({ maxBytes }) => `Tệp danh sách đại biểu chỉ được tối đa ${megabytes('vi', maxBytes, 0)} MB.`,
    en: ({ maxBytes }) => `A delegate list may be at most ${megabytes('en', maxBytes, 0)} MB.`,
  }),
  passwordProtected: both({
    vi: () =>
      'Tệp Excel đang được đặt mật khẩu. Hãy gỡ mật khẩu trong Excel (Tệp > Thông tin > Bảo vệ Sổ làm việc; bản tiếng Anh: File > Info > Protect Workbook), lưu lại rồi thử lại.',
    en: () => 'The workbook is password-protected. Remove the password in Excel (File > Info > Protect Workbook), save, and try again.',
  }),
  oldExcel: both({
    vi: () => 'Đây là tệp Excel 97-2003 (.xls), hệ thống không đọc định dạng này. Hãy lưu lại dưới dạng .xlsx (Excel Workbook) hoặc CSV UTF-8 rồi thử lại.',
    en: () => 'This is an Excel 97-2003 workbook (.xls), which is not read here. Save it as .xlsx (Excel Workbook) or as CSV UTF-8 and try again.',
  }),
  webPageAsExcel: both<{ fileName: string }>({
    vi: ({ fileName }) =>
      `"${fileName}" thực chất là trang web hoặc bảng tính XML mang đuôi tên của Excel (nhiều phần mềm xuất danh sách theo cách này), không phải tệp Excel thật. Hãy mở tệp bằng Excel, lưu lại dưới dạng .xlsx (Excel Workbook) rồi thử lại.`,
    en: ({ fileName }) =>
      `"${fileName}" is a web page or an XML spreadsheet under an Excel name (many systems export lists this way), not a real workbook. Open it in Excel, save it as .xlsx (Excel Workbook), and try again.`,
  }),
  notXlsx: both<{ fileName: string }>({
    vi: ({ fileName }) => `"${fileName}" không phải tệp XLSX hợp lệ (tệp có thể bị hỏng). ${SAVE_AGAIN_VI}`,
    en: ({ fileName }) => `"${fileName}" is not a valid XLSX workbook (it may be damaged). ${SAVE_AGAIN_EN}`,
  }),
  binary: both({
    vi: () => 'Tệp này không phải tệp CSV hay XLSX (tệp chứa dữ liệu nhị phân). Hãy chọn danh sách đại biểu đã lưu dưới dạng .xlsx hoặc CSV.',
    en: () => 'This file is neither a CSV nor an XLSX file (it holds binary data). Choose the delegate list saved as .xlsx or CSV.',
  }),
  badUtf8: both({
    vi: () => 'Tệp ghi là dùng bảng mã UTF-8 nhưng nội dung không đúng UTF-8 (tệp có thể bị hỏng). Hãy lưu lại dưới dạng CSV UTF-8 rồi thử lại.',
    en: () => 'The file says it is UTF-8 but is not valid UTF-8 (it may be damaged). Save it again as CSV UTF-8 and try again.',
  }),
  unclosedQuote: both<{ line: number }>({
    vi: ({ line }) => `Dòng ${line}: có một ô mở dấu ngoặc kép mà không đóng (thiếu một dấu "), nên không đọc được phần còn lại của tệp.`,
    en: ({ line }) => `Line ${line}: a quoted field is not closed (a " is missing), so the rest of the file cannot be read.`,
  }),
  workbookUnreadable: both<{ detail: string }>({
    vi: ({ detail }) => `Không mở được tệp Excel (chi tiết kỹ thuật: ${detail}); tệp có thể bị hỏng. ${SAVE_AGAIN_VI}`,
    en: ({ detail }) => `The workbook could not be opened (${detail}); it may be damaged. ${SAVE_AGAIN_EN}`,
  }),
  notWorkbook: both<{ kind: ZipKind }>({
    vi: ({ kind }) => `Đây là ${ZIP_KINDS.vi[kind]}, không phải tệp Excel. Hãy lưu danh sách đại biểu dưới dạng .xlsx (Excel Workbook) hoặc CSV UTF-8 rồi thử lại.`,
    en: ({ kind }) => `This is ${ZIP_KINDS.en[kind]}, not an Excel workbook. Save the delegate list as .xlsx (Excel Workbook) or as CSV UTF-8 and try again.`,
  }),
  unpackedTooLarge: both<{ maxBytes: number }>({
    vi: ({ maxBytes }) =>
      `Tệp Excel khi giải nén vượt quá ${megabytes('vi', maxBytes, 0)} MB, lớn hơn nhiều so với một danh sách đại biểu, nên không được mở. Hãy chép riêng danh sách sang một tệp Excel mới rồi thử lại.`,
    en: ({ maxBytes }) =>
      `The workbook unpacks to more than ${megabytes('en', maxBytes, 0)} MB, far more than a delegate list; it was not opened. Copy the list alone into a new workbook and try again.`,
  }),
  tooManyParts: both<{ parts: number; max: number }>({
    vi: ({ parts, max }) =>
      `Tệp Excel gồm ${count('vi', parts)} tệp con bên trong, trong khi một danh sách đại biểu chỉ cần vài chục (tối đa ${count('vi', max)}), nên không được mở. Hãy chép riêng danh sách sang một tệp Excel mới rồi thử lại.`,
    en: ({ parts, max }) =>
      `The workbook is made of ${count('en', parts)} parts, where a delegate list needs a few dozen (at most ${count('en', max)}); it was not opened. Copy the list alone into a new workbook and try again.`,
  }),
  workbookTooHeavy: both<{ maxMb: number }>({
    vi: ({ maxMb }) =>
      `Đọc tệp Excel cần hơn ${count('vi', maxMb)} MB bộ nhớ, nhiều hơn hẳn một danh sách đại biểu, nên đã dừng lại. Hãy chép riêng danh sách sang một tệp Excel mới rồi thử lại.`,
    en: ({ maxMb }) =>
      `Reading the workbook needed more than ${count('en', maxMb)} MB of memory, far more than a delegate list; it was stopped. Copy the list alone into a new workbook and try again.`,
  }),
  workbookTooSlow: both<{ seconds: number }>({
    vi: ({ seconds }) =>
      `Đọc tệp Excel mất hơn ${count('vi', seconds)} giây, lâu hơn hẳn một danh sách đại biểu, nên đã dừng lại. Hãy chép riêng danh sách sang một tệp Excel mới rồi thử lại.`,
    en: ({ seconds }) =>
      `Reading the workbook took longer than ${count('en', seconds)} s, far longer than a delegate list takes; it was stopped. Copy the list alone into a new workbook and try again.`,
  }),
  noData: both({
    vi: () => 'Tệp Excel không có dữ liệu: mọi trang tính đều trống.',
    en: () => 'The workbook has no data: every sheet is empty.',
  }),
  sheetTooLong: both<{ sheet: string; rows: number; max: number }>({
    vi: ({ sheet, rows, max }) => `Trang tính "${sheet}" có ${count('vi', rows)} dòng; danh sách đại biểu chỉ được tối đa ${count('vi', max)} dòng.`,
    en: ({ sheet, rows, max }) => `Sheet "${sheet}" has ${count('en', rows)} rows; a delegate list may have at most ${count('en', max)}.`,
  }),
  noNameColumn: both<{ found: readonly string[] }>({
    vi: ({ found }) =>
      `Không tìm thấy cột họ tên đại biểu: ${found.length > 0 ? `các cột có trong tệp là ${found.map((t) => `"${t}"`).join(', ')}` : 'tệp không có dòng tiêu đề'}. Hãy đặt tên cột là "Họ và tên" (hoặc "Full name") rồi thử lại.`,
    en: ({ found }) =>
      `No column for the delegates' names: ${found.length > 0 ? `the columns found are ${found.map((t) => `"${t}"`).join(', ')}` : 'the file has no header row'}. Name the column "Họ và tên" (or "Full name") and try again.`,
  }),
  tooManyRows: both<{ rows: number; max: number }>({
    vi: ({ rows, max }) => `Tệp có ${count('vi', rows)} dòng đại biểu; mỗi lần chỉ nhập được tối đa ${count('vi', max)} dòng.`,
    en: ({ rows, max }) => `The file has ${count('en', rows)} delegate rows; at most ${count('en', max)} can be imported at once.`,
  }),
  legacyUnsure: both<{ encoding: string | null; format: 'csv' | 'xlsx' }>({
    vi: ({ encoding, format }) => {
      const fix =
        format === 'csv'
          ? 'hãy lưu lại dưới dạng UTF-8 (CSV UTF-8) hoặc XLSX'
          : 'hãy chuyển văn bản sang Unicode (ví dụ bằng công cụ chuyển mã của UniKey) và lưu dưới dạng XLSX';
      return encoding
        ? `Tệp có vẻ dùng bảng mã tiếng Việt cũ (${encoding}?) nhưng không chuyển sang Unicode an toàn được; ${fix} rồi thử lại.`
        : `Không nhận ra bảng mã của tệp (không phải UTF-8, và đọc theo Windows-1258, TCVN3 hay VNI đều không ra tiếng Việt); ${fix} rồi thử lại.`;
    },
    en: ({ encoding, format }) => {
      const fix = format === 'csv' ? 'save it as UTF-8 (CSV UTF-8) or XLSX' : "convert its text to Unicode (for example with UniKey's converter) and save it as XLSX";
      return encoding
        ? `This file seems to use a legacy Vietnamese encoding (${encoding}?) that could not be converted safely; ${fix} and try again.`
        : `This file's text encoding could not be recognised (it is not UTF-8, and reads as Vietnamese neither in Windows-1258, TCVN3 nor VNI); ${fix} and try again.`;
    },
  }),

  // Notes: what was done to the text (legacy/apply.ts, index.ts).
  converted: both<{ cells: number; encoding: string }>({
    vi: ({ cells, encoding }) => `Đã chuyển ${count('vi', cells)} ô từ bảng mã ${encoding} sang Unicode.`,
    en: ({ cells, encoding }) => `${count('en', cells)} ${cells === 1 ? 'cell was' : 'cells were'} converted from ${encoding} to Unicode.`,
  }),
  uppercaseFont: both<{ cells: readonly PlacedCell[]; more: number }>({
    vi: ({ cells, more }) =>
      `${count('vi', cells.length + more)} ô TCVN3 được gõ bằng phông chữ in hoa (kiểu ".VnTimeH") nên các chữ có dấu cũng được viết hoa: ${cells.map((c) => `dòng ${c.line}, cột "${c.column}" ("${c.text}")`).join('; ')}${more > 0 ? `; và ${count('vi', more)} ô khác` : ''}. Hãy kiểm tra lại.`,
    en: ({ cells, more }) =>
      `${cells.length + more === 1 ? 'A TCVN3 cell was' : `${count('en', cells.length + more)} TCVN3 cells were`} written in capitals (an uppercase ".VnTimeH"-style font), so the accented letters were made capitals too: ${cells.map((c) => `line ${c.line}, column "${c.column}" ("${c.text}")`).join('; ')}${more > 0 ? `; and ${count('en', more)} more` : ''}. Check ${cells.length + more === 1 ? 'it' : 'them'}.`,
  }),
  recapitalised: both<{ rows: number }>({
    vi: ({ rows }) =>
      `Các phông chữ TCVN3 thông dụng không có chữ in hoa có dấu, nên những chữ này thường được gõ thành chữ thường: ở ${count('vi', rows)} dòng, chữ cái đầu của mỗi tiếng trong họ tên và chữ cái đầu của chức vụ, đơn vị, nhóm đã được viết hoa lại. Hãy kiểm tra chữ hoa ở giữa chức vụ (ví dụ "Chủ tịch ủy ban" có thể cần sửa thành "Chủ tịch Ủy ban").`,
    en: ({ rows }) =>
      `TCVN3's usual fonts have no capital letters with tone marks, so such capitals were typed in lowercase: in ${count('en', rows)} ${rows === 1 ? 'row' : 'rows'} the first letter of each word of the name, and the first letter of the title, organisation and group, were made capitals. Check capitals inside titles ("Chủ tịch ủy ban").`,
  }),
} as const;

export type ImportMessageKey = keyof typeof IMPORT_MESSAGES;
/** One language's messages: `t.nameEmpty({ at, column })`. */
export type ImportMessages = { readonly [K in ImportMessageKey]: (typeof IMPORT_MESSAGES)[K]['en'] };

const BY_LANG = Object.fromEntries(
  IMPORT_LANGS.map((lang) => [lang, Object.fromEntries(Object.entries(IMPORT_MESSAGES).map(([key, texts]) => [key, texts[lang]]))]),
) as unknown as Record<ImportLang, ImportMessages>;

export function importMessages(lang: ImportLang): ImportMessages {
  return BY_LANG[lang];
}
