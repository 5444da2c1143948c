import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { DelegateFields } from '../../../shared/domain/delegate-fields.ts';
import type { DelegateImport } from '../../../shared/domain/delegate-rows.ts';
import { PEOPLE, type Person } from '../../../tests/fixtures/delegates/people.ts';
import { parseDelegateFile } from './index.ts';

const DIR = join(import.meta.dirname, '../../../tests/fixtures/delegates');
const parse = (name: string) => parseDelegateFile(readFileSync(join(DIR, name)), name);
const fields = (p: Person): DelegateFields => ({ fullName: p.fullName, title: p.title, organisation: p.organisation, group: p.group, seat: p.seat });

/**
 * What a TCVN3 typist's file can say at best: the ABC fonts have no capitals with tone marks except Ă Â Ê Ô Ơ Ư Đ,
 * so those were typed in lowercase. The import makes every word of a name, and the first letter of other fields,
 * a capital again; capitals inside a title ("Chủ tịch ủy ban") stay lowercase, as the file has them.
 */
const VN3_CAPITALS = new Set([...'ĂÂÊÔƠƯĐ']);
const typedInVn3 = (text: string) => [...text].map((c) => (c > '\u007f' && c !== c.toLowerCase() && !VN3_CAPITALS.has(c) ? c.toLowerCase() : c)).join('');
const upperFirst = (text: string) => text.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
const fromVn3 = (p: Person, organisation = upperFirst(typedInVn3(p.organisation))): DelegateFields => ({
  fullName: typedInVn3(p.fullName).replace(/(^|\s)(\p{Ll})/gu, (_, s: string, c: string) => s + c.toUpperCase()),
  title: upperFirst(typedInVn3(p.title)),
  organisation,
  group: p.group,
  seat: p.seat,
});

const ALL = PEOPLE.map(fields);

const hasIconv = (() => {
  try {
    return execFileSync('iconv', ['-l']).toString().includes('TCVN5712-1');
  } catch {
    return false;
  }
})();
const lines = (first: number, count = PEOPLE.length) => Array.from({ length: count }, (_, i) => first + i);

interface Case {
  file: string;
  format: DelegateImport['format'];
  encoding: DelegateImport['encoding'];
  delegates: DelegateFields[];
  lines: number[];
  notes?: RegExp[];
}

const CASES: Case[] = [
  { file: 'utf8-bom.csv', format: 'csv', encoding: 'utf-8', delegates: ALL, lines: lines(2) },
  { file: 'utf8.csv', format: 'csv', encoding: 'utf-8', delegates: ALL, lines: lines(2) },
  { file: 'nfd.csv', format: 'csv', encoding: 'utf-8', delegates: ALL, lines: lines(2) },
  { file: 'utf16-tab.txt', format: 'csv', encoding: 'utf-16', delegates: ALL, lines: lines(2) },
  {
    // A title line above the header; the second delegate's title holds a ";" and a line break (quoted).
    file: 'semicolon.csv',
    format: 'csv',
    encoding: 'utf-8',
    delegates: ALL.map((d, i) => (i === 1 ? { ...d, title: `${d.title}; kiêm Trưởng đoàn` } : d)),
    lines: [3, 4, ...lines(6, PEOPLE.length - 2)],
  },
  { file: 'windows-1258.csv', format: 'csv', encoding: 'windows-1258', delegates: ALL, lines: lines(2), notes: [/cells were converted from Windows-1258 to Unicode/] },
  { file: 'vni.csv', format: 'csv', encoding: 'vni', delegates: ALL, lines: lines(2), notes: [/cells were converted from VNI to Unicode/] },
  {
    // The whole file in TCVN3, one organisation typed in capitals (an uppercase ".VnTimeH" font).
    file: 'tcvn3.csv',
    format: 'csv',
    encoding: 'tcvn3',
    delegates: PEOPLE.map((p, i) => fromVn3(p, i === 6 ? p.organisation.toLocaleUpperCase('vi') : undefined)),
    lines: lines(2),
    notes: [/converted from TCVN3 \(ABC\) to Unicode/, /^A TCVN3 cell was written in capitals .*: line 8, column "Đơn vị" \("HỘI NÔNG DÂN TỈNH"\)\. Check it\.$/, /were made capitals/],
  },
  {
    // Excel's "CSV UTF-8" of a sheet typed in TCVN3: valid UTF-8 holding the legacy bytes as Latin letters.
    file: 'tcvn3-as-utf8.csv',
    format: 'csv',
    encoding: 'tcvn3',
    delegates: PEOPLE.map((p) => fromVn3(p)),
    lines: lines(2),
    notes: [/converted from TCVN3 \(ABC\) to Unicode/],
  },
  {
    // English headers, a merged title row and a blank row above them, numbers, rich text and formulas in cells.
    file: 'names.xlsx',
    format: 'xlsx',
    encoding: 'unicode',
    delegates: ALL,
    lines: lines(4),
  },
  {
    // Names, titles in ".VnTime", organisations in ".VnTimeH" (drawn as capitals), the header in a Unicode font.
    file: 'tcvn3.xlsx',
    format: 'xlsx',
    encoding: 'tcvn3',
    delegates: PEOPLE.map((p) => fromVn3(p, p.organisation.toLocaleUpperCase('vi'))),
    lines: lines(2),
    notes: [/90 cells were converted from TCVN3/, /^30 TCVN3 cells were written in capitals .*: line 2, column "Đơn vị" \("TỈNH ỦY QUẢNG NGÃI"\); .*; and 25 more\. Check them\.$/],
  },
  {
    // "Họ đệm" + "Tên" joined, seats under "Số ghế".
    file: 'split-names.csv',
    format: 'csv',
    encoding: 'utf-8',
    delegates: ALL.slice(0, 6).map((d) => ({ ...d, group: '' })),
    lines: lines(2, 6),
  },
  {
    file: 'english.csv',
    format: 'csv',
    encoding: 'utf-8',
    delegates: ALL.slice(0, 5).map((d) => ({ ...d, group: '' })),
    lines: lines(2, 5),
  },
  {
    // A title, split names, section headings merged across the row (skipped), an organisation merged down.
    file: 'sections.xlsx',
    format: 'xlsx',
    encoding: 'unicode',
    delegates: ALL.slice(0, 6).map((d) => ({ ...d, organisation: 'Khối cơ quan tỉnh', seat: '' })),
    lines: [4, 5, 6, 8, 9, 10],
  },
];

describe('parseDelegateFile reads every fixture to exactly the expected delegates, in NFC', () => {
  it.each(CASES)('$file', async (c) => {
    const result = await parse(c.file);
    expect(result.fileErrors).toEqual([]);
    expect(result.format).toBe(c.format);
    expect(result.encoding).toBe(c.encoding);
    expect(result.rows.map((row) => row.delegate)).toEqual(c.delegates);
    expect(result.rows.map((row) => row.line)).toEqual(c.lines);
    for (const row of result.rows) {
      expect(row.errors).toEqual([]);
      expect(row.changes).toEqual([]);
      for (const text of Object.values(row.delegate)) expect(text).toBe(text.normalize('NFC'));
    }
    for (const note of c.notes ?? []) expect(result.notes.some((n) => note.test(n)), `a note like ${note}`).toBe(true);
    if (!c.notes) expect(result.notes).toEqual([]);
  });
});

describe('a list with mistakes is flagged row by row, by line', () => {
  it('bad-rows.csv', async () => {
    const result = await parse('bad-rows.csv');
    expect(result.fileErrors).toEqual([]);
    // Line 2's title spans two lines; line 6 is blank; line 9 is a template line with only its number.
    // Lines 2 and 5 share a seat: both imported, without it. Lines 4 (no name) and 7 (a title too long) are skipped.
    const without = 'the delegate is imported without a seat, to be assigned afterwards.';
    expect(result.rows.map((row) => [row.line, row.errors, row.changes, row.warnings])).toEqual([
      [2, [], [`Line 2: seat 12 (column "Ghế") is also given on line 5; ${without}`], ['Line 2: Nguyễn Thị Ngọc Ánh of Tỉnh ủy Thanh Hóa is also listed on line 8.']],
      [4, ['Line 4: the name is empty (column "Họ và tên").'], [], []],
      [5, [], [`Line 5: seat 12 (column "Ghế") is also given on line 2; ${without}`], []],
      [7, ['Line 7: the title (column "Chức vụ") is 269 characters long; at most 200 fit.'], [], []],
      [8, [], [], ['Line 8: Nguyễn Thị Ngọc Ánh of Tỉnh ủy Thanh Hóa is also listed on line 2.']],
      [10, [], [], []],
    ]);
    expect(result.rows[0]?.delegate.title).toBe('Phó Bí thư Tỉnh ủy');
  });
});

describe('in Vietnamese, every message of the file is Vietnamese', () => {
  const parseVi = (name: string) => parseDelegateFile(readFileSync(join(DIR, name)), name, 'vi');

  it('bad-rows.csv: the same rows flagged, in Vietnamese', async () => {
    const result = await parseVi('bad-rows.csv');
    const without = 'đại biểu vẫn được nhập nhưng chưa có số ghế, cần xếp ghế sau.';
    expect(result.rows.map((row) => [row.line, row.errors, row.changes, row.warnings])).toEqual([
      [2, [], [`Dòng 2: ghế 12 (cột "Ghế") trùng với dòng 5; ${without}`], ['Dòng 2: Nguyễn Thị Ngọc Ánh (Tỉnh ủy Thanh Hóa) cũng có tên ở dòng 8.']],
      [4, ['Dòng 4: chưa có họ tên (cột "Họ và tên").'], [], []],
      [5, [], [`Dòng 5: ghế 12 (cột "Ghế") trùng với dòng 2; ${without}`], []],
      [7, ['Dòng 7: chức vụ (cột "Chức vụ") dài 269 ký tự, vượt quá mức tối đa 200 ký tự.'], [], []],
      [8, [], [], ['Dòng 8: Nguyễn Thị Ngọc Ánh (Tỉnh ủy Thanh Hóa) cũng có tên ở dòng 2.']],
      [10, [], [], []],
    ]);
  });

  it.each<[string, RegExp]>([
    ['empty.csv', /^Tệp trống, không có nội dung\.$/],
    ['binary.csv', /không phải tệp CSV hay XLSX \(tệp chứa dữ liệu nhị phân\)/],
    ['old-excel.xls', /^Đây là tệp Excel 97-2003 \(\.xls\)/],
    ['encrypted.xlsx', /^Tệp Excel đang được đặt mật khẩu\. Hãy gỡ mật khẩu/],
    ['damaged.xlsx', /^Không mở được tệp Excel .*tệp có thể bị hỏng/],
    ['web-page.xls', /thực chất là trang web hoặc bảng tính XML/],
    ['no-name-column.csv', /^Không tìm thấy cột họ tên đại biểu: các cột có trong tệp là "STT", "Chức vụ", "Đơn vị"\. Hãy đặt tên cột là "Họ và tên"/],
    ['unknown-8bit.csv', /^Không nhận ra bảng mã của tệp .*hãy lưu lại dưới dạng UTF-8 \(CSV UTF-8\) hoặc XLSX rồi thử lại\.$/],
  ])('%s is refused in Vietnamese', async (file, reason) => {
    const result = await parseVi(file);
    expect(result.rows).toEqual([]);
    expect(result.fileErrors).toHaveLength(1);
    expect(result.fileErrors[0]).toMatch(reason);
  });

  it('tcvn3.csv and tcvn3.xlsx: the notes on conversion, in Vietnamese', async () => {
    const csv = await parseVi('tcvn3.csv');
    expect(csv.notes[0]).toMatch(/^Đã chuyển \d+ ô từ bảng mã TCVN3 \(ABC\) sang Unicode\.$/);
    expect(csv.notes).toContain('1 ô TCVN3 được gõ bằng phông chữ in hoa (kiểu ".VnTimeH") nên các chữ có dấu cũng được viết hoa: dòng 8, cột "Đơn vị" ("HỘI NÔNG DÂN TỈNH"). Hãy kiểm tra lại.');
    expect(csv.notes.at(-1)).toMatch(/^Các phông chữ TCVN3 thông dụng không có chữ in hoa có dấu.* ở \d+ dòng, chữ cái đầu/);
    const xlsx = await parseVi('tcvn3.xlsx');
    expect(xlsx.notes.slice(0, 2)).toEqual([
      'Đã chuyển 90 ô từ bảng mã TCVN3 (ABC) sang Unicode.',
      '30 ô TCVN3 được gõ bằng phông chữ in hoa (kiểu ".VnTimeH") nên các chữ có dấu cũng được viết hoa: dòng 2, cột "Đơn vị" ("TỈNH ỦY QUẢNG NGÃI"); dòng 3, cột "Đơn vị" ("ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI"); dòng 4, cột "Đơn vị" ("TỈNH ỦY QUẢNG NGÃI"); dòng 5, cột "Đơn vị" ("BAN TUYÊN GIÁO TỈNH ỦY"); dòng 6, cột "Đơn vị" ("SỞ KẾ HOẠCH VÀ ĐẦU TƯ"); và 25 ô khác. Hãy kiểm tra lại.',
    ]);
  });

  it('a cell holding an error, an unclosed quote, a zip that is not a workbook, a file over 10 MB', async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet('DS').addRows([['Họ và tên', 'Ghế'], ['Lê Văn Tám', { error: '#REF!' }]]);
    const xlsx = await parseDelegateFile(new Uint8Array(await book.xlsx.writeBuffer()), 'ds.xlsx', 'vi');
    expect(xlsx.rows[0]?.warnings).toEqual(['Dòng 2: ô B2 chứa giá trị lỗi #REF!, được đọc là ô trống.']);

    const quote = await parseDelegateFile(new TextEncoder().encode('Họ và tên,Chức vụ\nLê A,"Phó chủ tịch\nLê C,Ủy viên\n'), 'ds.csv', 'vi');
    expect(quote.fileErrors).toEqual(['Dòng 2: có một ô mở dấu ngoặc kép mà không đóng (thiếu một dấu "), nên không đọc được phần còn lại của tệp.']);

    const big = await parseDelegateFile(new Uint8Array(10 * 1024 * 1024 + 1).fill(0x41), 'big.csv', 'vi');
    expect(big.fileErrors).toEqual(['Tệp có dung lượng 10,0 MB; tệp danh sách đại biểu chỉ được tối đa 10 MB.']);
  });
});

describe('files that cannot be read are refused with a reason, and no rows', () => {
  it.each<[string, RegExp, string?]>([
    ['empty.csv', /^The file is empty\.$/],
    ['binary.csv', /neither a CSV nor an XLSX file \(it holds binary data\)/],
    ['old-excel.xls', /Excel 97-2003 workbook \(\.xls\), which is not read here\. Save it as \.xlsx/],
    ['encrypted.xlsx', /password-protected\. Remove the password/],
    ['damaged.xlsx', /could not be opened .*it may be damaged/],
    ['web-page.xls', /a web page or an XML spreadsheet under an Excel name/],
    ['no-name-column.csv', /No column for the delegates' names: the columns found are "STT", "Chức vụ", "Đơn vị"\. Name the column "Họ và tên"/, 'utf-8'],
    ['unknown-8bit.csv', /could not be recognised \(it is not UTF-8, and reads as Vietnamese neither in Windows-1258, TCVN3 nor VNI\)/],
  ])('%s', async (file, reason, encoding = 'unknown') => {
    const result = await parse(file);
    expect(result.rows).toEqual([]);
    expect(result.encoding).toBe(encoding);
    expect(result.fileErrors).toHaveLength(1);
    expect(result.fileErrors[0]).toMatch(reason);
  });
});

describe('real-world shapes', () => {
  const csv = (text: string) => parseDelegateFile(new TextEncoder().encode(text), 'list.csv');

  it.skipIf(!hasIconv)('keeps "Sở VHTTDL" of a TCVN3 list as typed: an abbreviation in capitals is no uppercase font', async () => {
    const text = 'Họ và tên,Đơn vị\r\nNguyễn Văn An,Sở VHTTDL\r\nTrần Bình,UBND tỉnh\r\nLê Cường,HỘI NÔNG DÂN TỈNH\r\n';
    // glibc's converter writes the bytes (the ABC fonts' lowercase codes for Ở, Ộ...), as a TCVN3 typist's file has them.
    const typed = text.replace(/[ỞỘÔÂỈ]/g, (c) => (c === 'Ô' || c === 'Â' ? c : c.toLowerCase()));
    const bytes = execFileSync('iconv', ['-f', 'UTF-8', '-t', 'TCVN5712-1'], { input: typed });
    const result = await parseDelegateFile(new Uint8Array(bytes), 'list.csv', 'vi');
    expect(result.encoding).toBe('tcvn3');
    expect(result.rows.map((r) => r.delegate.organisation)).toEqual(['Sở VHTTDL', 'UBND tỉnh', 'HỘI NÔNG DÂN TỈNH']);
    expect(result.notes).toContain('1 ô TCVN3 được gõ bằng phông chữ in hoa (kiểu ".VnTimeH") nên các chữ có dấu cũng được viết hoa: dòng 4, cột "Đơn vị" ("HỘI NÔNG DÂN TỈNH"). Hãy kiểm tra lại.');
  });

  it('finds the header below title rows that mention delegates', async () => {
    const result = await csv('ĐẠI BIỂU DỰ HỘI NGHỊ TỔNG KẾT NĂM 2024,,\nNgày 15/01/2025,,\nSTT,Họ và tên,Ghế\n1,Lê Văn Tám,5\n');
    expect(result.columns.map((c) => c.field)).toEqual(['number', 'fullName', 'seat']);
    expect(result.rows.map((r) => [r.line, r.delegate.fullName, r.delegate.seat])).toEqual([[4, 'Lê Văn Tám', '5']]);
  });

  it('skips a header repeated on each printed page', async () => {
    const result = await csv('Họ và tên,Ghế\nLê A,1\nHọ và tên,Ghế\nLê B,2\n');
    expect(result.rows.map((r) => r.delegate.fullName)).toEqual(['Lê A', 'Lê B']);
  });

  it('keeps a Unicode list of unusual names as it is (minority names are not legacy text)', async () => {
    const names = ['Y Ngông Niê Kđăm', 'H’Hen Niê', 'Ksor Phước Hà', 'Rơ Châm Long', 'Đinh Thị Mlô', 'Hoàng Thị Lắk'];
    const result = await csv(`Họ và tên\n${names.join('\n')}\n`);
    expect(result.fileErrors).toEqual([]);
    expect(result.encoding).toBe('utf-8');
    expect(result.rows.map((r) => r.delegate.fullName)).toEqual(names);
  });

  it('keeps foreign names with Latin accents in a UTF-8 file', async () => {
    const result = await csv('Full name,Organization\nJosé Müller,Embassy\nFrançoise Dubois,UNDP\nLê Văn Tám,Sở Y tế\n');
    expect(result.fileErrors).toEqual([]);
    expect(result.rows.map((r) => r.delegate.fullName)).toEqual(['José Müller', 'Françoise Dubois', 'Lê Văn Tám']);
  });

  it('says which line holds an unclosed quote', async () => {
    const result = await csv('Họ và tên,Chức vụ\nLê A,Chủ tịch\nLê B,"Phó chủ tịch\nLê C,Ủy viên\n');
    expect(result.fileErrors).toEqual(['Line 3: a quoted field is not closed (a " is missing), so the rest of the file cannot be read.']);
  });

  it('reads a workbook whose sheet has an error value, with a warning on that line', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('DS');
    sheet.addRow(['Họ và tên', 'Ghế']);
    sheet.addRow(['Lê Văn Tám', { error: '#REF!' }]);
    const result = await parseDelegateFile(new Uint8Array(await book.xlsx.writeBuffer()), 'ds.xlsx');
    expect(result.rows[0]?.delegate).toEqual({ fullName: 'Lê Văn Tám', title: '', organisation: '', group: '', seat: '' });
    expect(result.rows[0]?.warnings).toEqual(['Line 2: cell B2 holds the error #REF!; it was read as empty.']);
  });

  it('refuses a zip that is not a workbook, naming what it is', async () => {
    const yazl = await import('yazl');
    const zip = new yazl.ZipFile();
    zip.addBuffer(Buffer.from('<w:document/>'), 'word/document.xml');
    zip.end();
    const chunks: Buffer[] = [];
    for await (const chunk of zip.outputStream as AsyncIterable<Buffer>) chunks.push(chunk);
    const result = await parseDelegateFile(Buffer.concat(chunks), 'ds.xlsx');
    expect(result.fileErrors).toEqual(['This is a Word document, not an Excel workbook. Save the delegate list as .xlsx (Excel Workbook) or as CSV UTF-8 and try again.']);
  });

  it('refuses a file over 10 MB before reading it', async () => {
    const result = await parseDelegateFile(new Uint8Array(10 * 1024 * 1024 + 1).fill(0x41), 'big.csv');
    expect(result.fileErrors).toEqual(['The file is 10.0 MB; a delegate list may be at most 10 MB.']);
  });
});
