import { describe, expect, it } from 'vitest';
import type { DelegateFields } from './delegate-fields.ts';
import { checkRows, cleanText, importableRows, matchListed, personKey, type DelegateImport, type ReadRow } from './delegate-rows.ts';

const person = (fullName: string, more: Partial<DelegateFields> = {}): DelegateFields => ({
  fullName,
  title: '',
  organisation: '',
  group: '',
  seat: '',
  ...more,
});
const rows = (...list: [number, DelegateFields][]): ReadRow[] => list.map(([line, delegate]) => ({ line, delegate, warnings: [] }));
const HEADERS = { fullName: 'Họ và tên', seat: 'Ghế', title: 'Chức vụ' };

describe('cleanText', () => {
  it.each([
    ['NFD becomes NFC', 'Nguye\u0302\u0303n', 'Nguyễn'],
    ['spaces collapsed and trimmed', '  Đỗ   Quốc\tHưng \n', 'Đỗ Quốc Hưng'],
    ['no-break and zero-width spaces', 'Lê\u00A0Quang\u200B Vinh\uFEFF', 'Lê Quang Vinh'],
    ['empty stays empty', '   ', ''],
  ])('%s', (_, input, expected) => {
    expect(cleanText(input)).toBe(expected);
  });
});

describe('personKey', () => {
  it('is the same for the same person whatever the case, spacing or normal form', () => {
    expect(personKey({ fullName: 'NGUYỄN THỊ ÁNH', organisation: 'Sở Tài chính' })).toBe(personKey({ fullName: ' nguyễn  thị ánh', organisation: 'sở tài chính'.normalize('NFD') }));
  });
  it('tells namesakes of different organisations apart', () => {
    expect(personKey({ fullName: 'Lê Văn A', organisation: 'Sở Y tế' })).not.toBe(personKey({ fullName: 'Lê Văn A', organisation: 'Sở Tài chính' }));
  });
});

describe('checkRows', () => {
  /** Per line: its errors and its warnings, in English (the default) and in Vietnamese. */
  type Said = Record<number, { errors?: string[]; warnings?: string[] }>;
  it.each<[string, ReadRow[], { en: Said; vi: Said }]>([
    ['good rows pass', rows([2, person('Nguyễn Thị Ánh Tuyết', { seat: '1' })], [3, person('Đỗ Quốc Hưng', { seat: '2' })]), { en: {}, vi: {} }],
    [
      'an empty name is an error on its line',
      rows([2, person('   ', { title: 'Chủ tịch' })]),
      {
        en: { 2: { errors: ['Line 2: the name is empty (column "Họ và tên").'] } },
        vi: { 2: { errors: ['Dòng 2: chưa có họ tên (cột "Họ và tên").'] } },
      },
    ],
    [
      'a title too long names its length and the limit',
      rows([5, person('Lê Quang Đạo', { title: 'Giám đốc '.repeat(30) })]),
      {
        en: { 5: { errors: ['Line 5: the title (column "Chức vụ") is 269 characters long; at most 200 fit.'] } },
        vi: { 5: { errors: ['Dòng 5: chức vụ (cột "Chức vụ") dài 269 ký tự, vượt quá mức tối đa 200 ký tự.'] } },
      },
    ],
    [
      'a seat given twice is an error on both lines',
      rows([2, person('A Á', { seat: '12' })], [3, person('B Bé', { seat: '13' })], [4, person('C Cê', { seat: '12' })], [6, person('D Dê', { seat: '12' })]),
      {
        en: {
          2: { errors: ['Line 2: seat 12 (column "Ghế") is also given on lines 4, 6.'] },
          4: { errors: ['Line 4: seat 12 (column "Ghế") is also given on lines 2, 6.'] },
          6: { errors: ['Line 6: seat 12 (column "Ghế") is also given on lines 2, 4.'] },
        },
        vi: {
          2: { errors: ['Dòng 2: ghế 12 (cột "Ghế") trùng với các dòng 4, 6.'] },
          4: { errors: ['Dòng 4: ghế 12 (cột "Ghế") trùng với các dòng 2, 6.'] },
          6: { errors: ['Dòng 6: ghế 12 (cột "Ghế") trùng với các dòng 2, 4.'] },
        },
      },
    ],
    [
      'the same person twice is a warning (namesakes exist)',
      rows([2, person('Nguyễn Văn Nam', { organisation: 'Sở Y tế' })], [7, person('NGUYỄN VĂN NAM', { organisation: 'Sở Y tế' })]),
      {
        en: {
          2: { warnings: ['Line 2: Nguyễn Văn Nam of Sở Y tế is also listed on line 7.'] },
          7: { warnings: ['Line 7: NGUYỄN VĂN NAM of Sở Y tế is also listed on line 2.'] },
        },
        vi: {
          2: { warnings: ['Dòng 2: Nguyễn Văn Nam (Sở Y tế) cũng có tên ở dòng 7.'] },
          7: { warnings: ['Dòng 7: NGUYỄN VĂN NAM (Sở Y tế) cũng có tên ở dòng 2.'] },
        },
      },
    ],
    [
      'the same person twice without an organisation',
      rows([3, person('Lê Văn Tám')], [4, person('Lê Văn Tám')]),
      {
        en: { 3: { warnings: ['Line 3: Lê Văn Tám is also listed on line 4.'] }, 4: { warnings: ['Line 4: Lê Văn Tám is also listed on line 3.'] } },
        vi: { 3: { warnings: ['Dòng 3: Lê Văn Tám cũng có tên ở dòng 4.'] }, 4: { warnings: ['Dòng 4: Lê Văn Tám cũng có tên ở dòng 3.'] } },
      },
    ],
    ['namesakes of different organisations are not flagged', rows([2, person('Lê Văn A', { organisation: 'X' })], [3, person('Lê Văn A', { organisation: 'Y' })]), { en: {}, vi: {} }],
    ['empty seats are never duplicates', rows([2, person('A Á')], [3, person('B Bé')]), { en: {}, vi: {} }],
  ])('%s', (_, input, said) => {
    for (const [checked, expected] of [
      [checkRows(input, HEADERS), said.en],
      [checkRows(input, HEADERS, 'line', 'en'), said.en],
      [checkRows(input, HEADERS, 'line', 'vi'), said.vi],
    ] as const) {
      for (const row of checked) {
        expect(row.errors, `errors of line ${row.line}`).toEqual(expected[row.line]?.errors ?? []);
        expect(row.warnings, `warnings of line ${row.line}`).toEqual(expected[row.line]?.warnings ?? []);
        expect(row.matches).toBeNull();
      }
    }
  });

  it('cleans every field to NFC', () => {
    const [row] = checkRows(rows([2, person('  Nguye\u0302\u0303n  Văn ', { seat: ' 12 ' })]), {});
    expect(row?.delegate).toEqual(person('Nguyễn Văn', { seat: '12' }));
  });

  it('counts characters, not UTF-16 units or bytes, against the limit', () => {
    const [ok] = checkRows(rows([2, person('Ễ'.repeat(200))]), {});
    expect(ok?.errors).toEqual([]);
    const [long] = checkRows(rows([2, person('Ễ'.repeat(201))]), {});
    expect(long?.errors).toEqual(['Line 2: the name is 201 characters long; at most 200 fit.']);
    const [longVi] = checkRows(rows([2, person('Ễ'.repeat(1201))]), {}, 'line', 'vi');
    expect(longVi?.errors).toEqual(['Dòng 2: họ tên dài 1.201 ký tự, vượt quá mức tối đa 200 ký tự.']);
  });

  it('speaks of rows for a list sent with delegate.import', () => {
    const checked = checkRows(rows([1, person('', { seat: '3' })], [2, person('B', { seat: '3' })]), {}, 'row');
    expect(checked[0]?.errors).toEqual(['Row 1: the name is empty.', 'Row 1: seat 3 is also given on row 2.']);
    const inVietnamese = checkRows(rows([1, person('', { seat: '3' })], [2, person('B', { seat: '3' })]), {}, 'row', 'vi');
    expect(inVietnamese[0]?.errors).toEqual(['Hàng 1: chưa có họ tên.', 'Hàng 1: ghế 3 trùng với hàng 2.']);
  });

  it('importableRows keeps only the rows without errors, and none of a refused file', () => {
    const checked = checkRows(rows([2, person('A Á')], [3, person('')]), {});
    const result: DelegateImport = { encoding: 'utf-8', format: 'csv', columns: [], rows: checked, fileErrors: [], notes: [] };
    expect(importableRows(result)).toEqual([person('A Á')]);
    expect(importableRows({ ...result, fileErrors: ['The file is empty.'] })).toEqual([]);
  });
});

describe('matchListed', () => {
  const listed = [
    { id: 'd1', fullName: 'Nguyễn Văn Nam', organisation: 'Sở Y tế', seat: '1' },
    { id: 'd2', fullName: 'Trần Thị Hoa', organisation: 'Sở Tài chính', seat: '2' },
    { id: 'd3', fullName: 'Nguyễn Văn Nam', organisation: 'Sở Y tế', seat: '3' },
  ];
  const row = (line: number, fullName: string, organisation: string, seat: string) => ({ line, delegate: { fullName, organisation, seat } });

  it('matches by name and organisation, whatever the case; others are added', () => {
    const { matches, errors } = matchListed([row(2, 'TRẦN THỊ HOA', 'sở tài chính', '2'), row(3, 'Lê Mới', 'Sở Y tế', '9')], listed);
    expect(matches).toEqual(['d2', null]);
    expect(errors).toEqual([[], []]);
  });

  it('gives namesakes listed twice one row each, in order, so the same file imported again matches the same people', () => {
    const { matches } = matchListed([row(2, 'Nguyễn Văn Nam', 'Sở Y tế', '1'), row(3, 'Nguyễn Văn Nam', 'Sở Y tế', '3'), row(4, 'Nguyễn Văn Nam', 'Sở Y tế', '4')], listed);
    expect(matches).toEqual(['d1', 'd3', null]);
  });

  it('refuses a seat a listed delegate outside the file keeps', () => {
    const { errors } = matchListed([row(5, 'Lê Mới', '', '2')], listed);
    expect(errors).toEqual([['Line 5: seat 2 is already assigned to Trần Thị Hoa, who is not in this list.']]);
    expect(matchListed([row(5, 'Lê Mới', '', '2')], listed, 'line', 'vi').errors).toEqual([
      ['Dòng 5: ghế 2 đã được xếp cho đại biểu Trần Thị Hoa (đại biểu này không có trong danh sách).'],
    ]);
  });

  it('allows seats to be swapped between delegates the file updates', () => {
    const { errors } = matchListed([row(2, 'Nguyễn Văn Nam', 'Sở Y tế', '2'), row(3, 'Trần Thị Hoa', 'Sở Tài chính', '1')], listed);
    expect(errors).toEqual([[], []]);
  });

  it('frees the seat of a delegate the file moves', () => {
    const { errors } = matchListed([row(2, 'Trần Thị Hoa', 'Sở Tài chính', '7'), row(3, 'Lê Mới', '', '2')], listed);
    expect(errors).toEqual([[], []]);
  });

  it('never matches a row without a name', () => {
    expect(matchListed([row(2, '', '', '')], [{ id: 'x', fullName: '', organisation: '', seat: '' }]).matches).toEqual([null]);
  });
});
