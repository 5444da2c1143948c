import { describe, expect, it } from 'vitest';
import {
  acceptedImportLang,
  IMPORT_LANGS,
  IMPORT_MESSAGES,
  importMessages,
  isImportLang,
  type ImportLang,
  type ImportMessageKey,
} from './delegate-import-messages.ts';

type Params<K extends ImportMessageKey> = Parameters<(typeof IMPORT_MESSAGES)[K]['en']>[0];

/**
 * Parameters for every message, in every shape that changes the sentence (typed: a new message cannot go without
 * one). Values are what a Vietnamese list holds, so an English word in a Vietnamese sentence can only be the text's.
 */
const SAMPLES: { [K in ImportMessageKey]: Params<K>[] } = {
  nameEmpty: [{ at: { unit: 'line', line: 4 }, column: 'Họ và tên' }, { at: { unit: 'row', line: 1 } }],
  tooLong: [
    { at: { unit: 'line', line: 7 }, field: 'title', column: 'Chức vụ', length: 269, limit: 200 },
    { at: { unit: 'row', line: 2 }, field: 'seat', length: 21, limit: 20 },
    { at: { unit: 'line', line: 3 }, field: 'organisation', length: 201, limit: 200 },
    { at: { unit: 'line', line: 3 }, field: 'group', length: 101, limit: 100 },
    { at: { unit: 'line', line: 3 }, field: 'fullName', length: 201, limit: 200 },
  ],
  seatTwice: [
    { at: { unit: 'line', line: 2 }, seat: '12', column: 'Ghế', others: [5] },
    { at: { unit: 'row', line: 2 }, seat: 'A1', others: [4, 9] },
  ],
  seatTooLong: [
    { at: { unit: 'line', line: 3 }, column: 'Ghế', length: 21, limit: 20 },
    { at: { unit: 'row', line: 2 }, length: 1_000, limit: 20 },
  ],
  personTwice: [
    { at: { unit: 'line', line: 2 }, name: 'Nguyễn Thị Ngọc Ánh', organisation: 'Tỉnh ủy Thanh Hóa', others: [8] },
    { at: { unit: 'line', line: 2 }, name: 'Lê Văn Tám', organisation: '', others: [3, 9] },
  ],
  seatTaken: [{ at: { unit: 'line', line: 5 }, seat: '2', holder: 'Trần Thị Hoa' }],
  cellError: [{ line: 2, cell: 'B2', error: '#REF!' }],
  fileEmpty: [undefined],
  fileTooLarge: [{ bytes: 10 * 1024 * 1024 + 1, maxBytes: 10 * 1024 * 1024 }],
  bodyTooLarge: [{ maxBytes: 10 * 1024 * 1024 }],
  passwordProtected: [undefined],
  oldExcel: [undefined],
  webPageAsExcel: [{ fileName: 'ds.xls' }],
  notXlsx: [{ fileName: 'ds.xlsx' }],
  binary: [undefined],
  badUtf8: [undefined],
  unclosedQuote: [{ line: 3 }],
  workbookUnreadable: [{ detail: '#' }],
  notWorkbook: [{ kind: 'word' }, { kind: 'opendocument' }, { kind: 'zip' }],
  unpackedTooLarge: [{ maxBytes: 64 * 1024 * 1024 }],
  tooManyParts: [{ parts: 65_535, max: 1000 }],
  workbookTooHeavy: [{ maxMb: 512 }],
  workbookTooSlow: [{ seconds: 30 }],
  noData: [undefined],
  sheetTooLong: [{ sheet: 'Danh sách', rows: 12_345, max: 10_020 }],
  noNameColumn: [{ found: ['STT', 'Chức vụ', 'Đơn vị'] }, { found: [] }],
  tooManyRows: [{ rows: 10_001, max: 10_000 }],
  legacyUnsure: [
    { encoding: 'VNI', format: 'csv' },
    { encoding: 'TCVN3 (ABC)', format: 'xlsx' },
    { encoding: null, format: 'csv' },
    { encoding: null, format: 'xlsx' },
  ],
  converted: [
    { cells: 1, encoding: 'TCVN3 (ABC)' },
    { cells: 125, encoding: 'VNI' },
  ],
  uppercaseFont: [
    { cells: [{ line: 8, column: 'Đơn vị', text: 'HỘI NÔNG DÂN TỈNH' }], more: 0 },
    { cells: [{ line: 2, column: 'Đơn vị', text: 'TỈNH ỦY QUẢNG NGÃI' }, { line: 3, column: 'Đơn vị', text: 'SỞ TÀI CHÍNH' }], more: 28 },
  ],
  recapitalised: [{ rows: 1 }, { rows: 12 }],
};

/**
 * Words of the English texts that have no business in a Vietnamese sentence. Names of Excel's own menus and
 * formats ("Excel Workbook", "File > Info") are quoted as the English program shows them, so they are not listed.
 */
const ENGLISH = /\b(the|is|are|was|were|of|on|and|or|not|line|lines|row|rows|seat|column|cell|cells|name|empty|characters|fit|listed|given|assigned|try|again|save|converted|capitals|encoding|damaged|sheet|workbook is|please)\b/i;
/** A Vietnamese sentence has letters only Vietnamese writes with (ă â đ ê ô ơ ư, tone marks). */
const VIETNAMESE = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/i;

/** Parameters that are text from the file or the person (the others choose words: a field, a kind of file). */
const TEXT_PARAMS = new Set(['column', 'seat', 'name', 'organisation', 'holder', 'fileName', 'sheet', 'cell', 'error', 'detail', 'encoding']);

const cases = (Object.keys(IMPORT_MESSAGES) as ImportMessageKey[]).flatMap((key) =>
  (SAMPLES[key] as unknown[]).map((params, i) => ({ name: `${key} #${i + 1}`, key, params })),
);

describe('delegate import messages', () => {
  it('has a sample for every message', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual(Object.keys(IMPORT_MESSAGES).sort());
  });

  it.each(cases)('$name is written in both languages', ({ key, params }) => {
    const say = (lang: ImportLang) => (IMPORT_MESSAGES[key][lang] as (p: unknown) => string)(params);
    const vi = say('vi');
    const en = say('en');
    for (const text of [vi, en]) {
      expect(text.trim()).toBe(text);
      expect(text).toMatch(/[.)]$/);
      expect(text).not.toMatch(/undefined|null|NaN|\[object/);
      expect(text).toBe(text.normalize('NFC'));
    }
    expect(vi).not.toBe(en);
    expect(vi).toMatch(VIETNAMESE);
    // Quoted text is the file's or a header the person may type ("Full name"), not the sentence's.
    expect(vi.replace(/"[^"]*"/g, '""').match(ENGLISH)?.[0], vi).toBeUndefined();
    expect(vi, 'a Vietnamese sentence starts with a capital').toMatch(/^["\p{Lu}\d]/u);
    // What the person typed or the file named is quoted as it is, in both.
    for (const [name, value] of Object.entries((params ?? {}) as Record<string, unknown>)) {
      const quoted = TEXT_PARAMS.has(name) ? [value] : name === 'found' ? (value as string[]) : [];
      for (const text of quoted.filter((v): v is string => typeof v === 'string' && v !== '')) {
        expect(vi).toContain(text);
        expect(en).toContain(text);
      }
    }
  });

  it('importMessages gives one language', () => {
    for (const lang of IMPORT_LANGS) {
      const t = importMessages(lang);
      expect(Object.keys(t).sort()).toEqual(Object.keys(IMPORT_MESSAGES).sort());
      expect(t.fileEmpty()).toBe(IMPORT_MESSAGES.fileEmpty[lang]());
    }
  });

  it.each([
    ['counts in Vietnamese', 'vi', 'tooManyRows', { rows: 12_345, max: 10_000 }, 'Tệp có 12.345 dòng đại biểu; mỗi lần chỉ nhập được tối đa 10.000 dòng.'],
    ['counts in English', 'en', 'tooManyRows', { rows: 12_345, max: 10_000 }, 'The file has 12,345 delegate rows; at most 10,000 can be imported at once.'],
    ['sizes in Vietnamese', 'vi', 'fileTooLarge', { bytes: 11 * 1024 * 1024, maxBytes: 10 * 1024 * 1024 }, 'Tệp có dung lượng 11,0 MB; tệp danh sách đại biểu chỉ được tối đa 10 MB.'],
    ['sizes in English', 'en', 'fileTooLarge', { bytes: 11 * 1024 * 1024, maxBytes: 10 * 1024 * 1024 }, 'The file is 11.0 MB; a delegate list may be at most 10 MB.'],
    ['one cell converted', 'en', 'converted', { cells: 1, encoding: 'VNI' }, '1 cell was converted from VNI to Unicode.'],
    ['cells converted', 'vi', 'converted', { cells: 12, encoding: 'TCVN3 (ABC)' }, 'Đã chuyển 12 ô từ bảng mã TCVN3 (ABC) sang Unicode.'],
    [
      'a seat on two other lines',
      'vi',
      'seatTwice',
      { at: { unit: 'line', line: 2 }, seat: '12', column: 'Ghế', others: [5, 8] },
      'Dòng 2: ghế 12 (cột "Ghế") trùng với các dòng 5, 8; đại biểu vẫn được nhập nhưng chưa có số ghế, cần xếp ghế sau.',
    ],
    [
      'a seat on another line, in English',
      'en',
      'seatTwice',
      { at: { unit: 'line', line: 2 }, seat: '12', column: 'Ghế', others: [5] },
      'Line 2: seat 12 (column "Ghế") is also given on line 5; the delegate is imported without a seat, to be assigned afterwards.',
    ],
    [
      'a cell written in capitals, by its line and column',
      'vi',
      'uppercaseFont',
      { cells: [{ line: 8, column: 'Đơn vị', text: 'HỘI NÔNG DÂN TỈNH' }], more: 0 },
      '1 ô TCVN3 được gõ bằng phông chữ in hoa (kiểu ".VnTimeH") nên các chữ có dấu cũng được viết hoa: dòng 8, cột "Đơn vị" ("HỘI NÔNG DÂN TỈNH"). Hãy kiểm tra lại.',
    ],
    [
      'cells written in capitals, the first named and the others counted',
      'en',
      'uppercaseFont',
      { cells: [{ line: 2, column: 'Đơn vị', text: 'TỈNH ỦY' }, { line: 3, column: 'Đơn vị', text: 'SỞ TÀI CHÍNH' }], more: 1_200 },
      '1,202 TCVN3 cells were written in capitals (an uppercase ".VnTimeH"-style font), so the accented letters were made capitals too: line 2, column "Đơn vị" ("TỈNH ỦY"); line 3, column "Đơn vị" ("SỞ TÀI CHÍNH"); and 1,200 more. Check them.',
    ],
    ['a legacy encoding', 'vi', 'legacyUnsure', { encoding: 'TCVN3 (ABC)', format: 'csv' }, 'Tệp có vẻ dùng bảng mã tiếng Việt cũ (TCVN3 (ABC)?) nhưng không chuyển sang Unicode an toàn được; hãy lưu lại dưới dạng UTF-8 (CSV UTF-8) hoặc XLSX rồi thử lại.'],
  ] as const)('%s', (_, lang, key, params, expected) => {
    expect((IMPORT_MESSAGES[key][lang] as (p: unknown) => string)(params)).toBe(expected);
  });
});

describe('the language asked', () => {
  it.each<[string | undefined, ImportLang | null]>([
    [undefined, null],
    ['', null],
    ['vi', 'vi'],
    ['vi-VN,vi;q=0.9,en;q=0.8', 'vi'],
    ['en-US,en;q=0.9,vi;q=0.8', 'en'],
    ['en;q=0.5, vi', 'vi'],
    ['fr-FR,fr;q=0.9,en;q=0.7', 'en'],
    ['EN-GB', 'en'],
    ['de,fr', null],
    ['en;q=0, vi;q=0.1', 'vi'],
    ['*', null],
  ])('Accept-Language %j is %j', (header, lang) => {
    expect(acceptedImportLang(header)).toBe(lang);
  });

  it('knows only vi and en', () => {
    expect(['vi', 'en', 'fr', 'VI', '', null].map(isImportLang)).toEqual([true, true, false, false, false, false]);
  });
});
