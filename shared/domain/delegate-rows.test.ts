import { describe, expect, it } from 'vitest';
import type { DelegateFields } from './delegate-fields.ts';
import { againstListed, checkRows, headersOf, importableRows, importPayload, problemText, type DelegateImport, type ReadRow } from './delegate-rows.ts';

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

describe('checkRows', () => {
  /** Per line: its errors (skipped), its changes (seat left out) and its warnings, in English (the default) and in Vietnamese. */
  type Said = Record<number, { errors?: string[]; changes?: string[]; warnings?: string[] }>;
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
      'a seat given twice leaves it out of every line that gives it, each delegate imported all the same',
      rows([2, person('A Á', { seat: '12' })], [3, person('B Bé', { seat: '13' })], [4, person('C Cê', { seat: '12' })], [6, person('D Dê', { seat: '12' })]),
      {
        en: {
          2: { changes: ['Line 2: seat 12 (column "Ghế") is also given on lines 4, 6; the delegate is imported without a seat, to be assigned afterwards.'] },
          4: { changes: ['Line 4: seat 12 (column "Ghế") is also given on lines 2, 6; the delegate is imported without a seat, to be assigned afterwards.'] },
          6: { changes: ['Line 6: seat 12 (column "Ghế") is also given on lines 2, 4; the delegate is imported without a seat, to be assigned afterwards.'] },
        },
        vi: {
          2: { changes: ['Dòng 2: ghế 12 (cột "Ghế") trùng với các dòng 4, 6; đại biểu vẫn được nhập nhưng chưa có số ghế, cần xếp ghế sau.'] },
          4: { changes: ['Dòng 4: ghế 12 (cột "Ghế") trùng với các dòng 2, 6; đại biểu vẫn được nhập nhưng chưa có số ghế, cần xếp ghế sau.'] },
          6: { changes: ['Dòng 6: ghế 12 (cột "Ghế") trùng với các dòng 2, 4; đại biểu vẫn được nhập nhưng chưa có số ghế, cần xếp ghế sau.'] },
        },
      },
    ],
    [
      'a seat too long is left out',
      rows([3, person('A Á', { seat: '1'.repeat(21) })]),
      {
        en: { 3: { changes: ['Line 3: the seat (column "Ghế") is 21 characters long, more than the 20 that fit; the delegate is imported without a seat, to be assigned afterwards.'] } },
        vi: { 3: { changes: ['Dòng 3: số ghế (cột "Ghế") dài 21 ký tự, vượt quá mức tối đa 20 ký tự; đại biểu vẫn được nhập nhưng chưa có số ghế, cần xếp ghế sau.'] } },
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
        expect(row.changes, `changes of line ${row.line}`).toEqual(expected[row.line]?.changes ?? []);
        expect(row.warnings, `warnings of line ${row.line}`).toEqual(expected[row.line]?.warnings ?? []);
        expect(row.matches).toBeNull();
      }
    }
  });

  it('speaks of rows for a list sent with delegate.import', () => {
    const checked = checkRows(rows([1, person('', { seat: '3' })], [2, person('B', { seat: '3' })]), {}, 'row');
    expect(checked.map((row) => [row.errors, row.changes])).toEqual([
      [['Row 1: the name is empty.'], []],
      [[], []],
    ]);
    const inVietnamese = checkRows(rows([1, person('A', { seat: '3' })], [2, person('B', { seat: '3' })]), {}, 'row', 'vi');
    expect(inVietnamese[0]?.changes).toEqual(['Hàng 1: ghế 3 trùng với hàng 2; đại biểu vẫn được nhập nhưng chưa có số ghế, cần xếp ghế sau.']);
  });

  it('importableRows keeps the rows not skipped, and none of a refused file', () => {
    const checked = checkRows(rows([2, person('A Á', { seat: '1' })], [3, person('')], [4, person('B', { seat: '1' })]), {});
    const result: DelegateImport = { encoding: 'utf-8', format: 'csv', columns: [], rows: checked, fileErrors: [], notes: [] };
    expect(importableRows(result).map((row) => row.line)).toEqual([2, 4]);
    expect(importableRows({ ...result, fileErrors: ['The file is empty.'] })).toEqual([]);
  });

  it('importPayload sends every row with its line as the file gives it, a cell cut to what a row may carry', () => {
    const checked = checkRows(rows([2, person('A Á', { seat: '1' })], [3, person('', { title: 'Ễ'.repeat(1200) })], [4, person('B', { seat: '1' })]), {});
    const result: DelegateImport = { encoding: 'utf-8', format: 'csv', columns: [], rows: checked, fileErrors: [], notes: [] };
    expect(importPayload(result)).toEqual([
      { line: 2, ...person('A Á', { seat: '1' }) },
      { line: 3, ...person('', { title: 'Ễ'.repeat(1000) }) },
      { line: 4, ...person('B', { seat: '1' }) },
    ]);
    expect(importPayload({ ...result, fileErrors: ['The file is empty.'] })).toEqual([]);
  });
});

describe('againstListed', () => {
  const listed = [
    { id: 'd1', fullName: 'Nguyễn Văn Nam', organisation: 'Sở Y tế', seat: '1' },
    { id: 'd2', fullName: 'Trần Thị Hoa', organisation: 'Sở Tài chính', seat: '2' },
  ];

  it('matches the rows imported, and leaves out a seat someone outside the list keeps, in the language asked', () => {
    const checked = checkRows(rows([2, person('Nguyễn Văn Nam', { organisation: 'Sở Y tế', seat: '5' })], [3, person('Lê Mới', { seat: '2' })], [4, person('', { seat: '9' })]), {}, 'line', 'vi');
    const against = againstListed(checked, listed, 'line', 'vi');
    expect(against.map((row) => [row.line, row.matches, row.errors.length, row.changes])).toEqual([
      [2, 'd1', 0, []],
      [3, null, 0, ['Dòng 3: ghế 2 đã được xếp cho đại biểu Trần Thị Hoa (đại biểu này không có trong danh sách); đại biểu vẫn được nhập nhưng chưa có số ghế, cần xếp ghế sau.']],
      [4, null, 1, []],
    ]);
  });

  it('takes no seat for a row whose seat is left out already, nor matches a skipped row', () => {
    const checked = checkRows(rows([2, person('A', { seat: '2' })], [3, person('B', { seat: '2' })], [4, person('Trần Thị Hoa', { organisation: 'Sở Tài chính', title: 'x'.repeat(201) })]), {});
    const against = againstListed(checked, listed);
    expect(against.map((row) => [row.matches, row.changes.length])).toEqual([
      [null, 1],
      [null, 1],
      [null, 0],
    ]);
  });
});

describe('problemText', () => {
  it.each([
    [{ code: 'name_empty' } as const, 'Line 7: the name is empty.'],
    [{ code: 'too_long', field: 'group', length: 101, limit: 100 } as const, 'Line 7: the group is 101 characters long; at most 100 fit.'],
    [{ code: 'seat_taken', seat: 'A1', holder: 'Lê Hà' } as const, 'Line 7: seat A1 is already assigned to Lê Hà, who is not in this list; the delegate is imported without a seat, to be assigned afterwards.'],
  ])('%o', (problem, text) => {
    expect(problemText(problem, { unit: 'line', line: 7 }, 'en')).toBe(text);
  });
});

describe('headersOf', () => {
  it('names each field by its column, a name split in two by both', () => {
    const columns = [
      { index: 0, header: 'STT', field: 'number' as const },
      { index: 1, header: 'Họ đệm', field: 'fullName' as const },
      { index: 2, header: 'Tên', field: 'fullName' as const },
      { index: 3, header: 'Số ghế', field: 'seat' as const },
      { index: 4, header: 'Ghi chú', field: null },
    ];
    expect(headersOf(columns)).toEqual({ fullName: 'Họ đệm" + "Tên', seat: 'Số ghế' });
  });
});
