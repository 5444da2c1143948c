import { describe, expect, it } from 'vitest';
import type { DelegateFields } from './delegate-fields.ts';
import { cleanText, judgeRows, matchListed, personKey, savedSeat, type RowProblem } from './delegate-judge.ts';

const person = (fullName: string, more: Partial<DelegateFields> = {}): DelegateFields => ({
  fullName,
  title: '',
  organisation: '',
  group: '',
  seat: '',
  ...more,
});
const rows = (...list: [number, DelegateFields][]) => list.map(([line, delegate]) => ({ line, delegate }));

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

describe('judgeRows: only a row that cannot be a delegate is skipped; a seat problem leaves the seat out', () => {
  /** Per line: what skips it, what leaves its seat out, the other lines naming the same person. */
  type Verdict = Record<number, { skip?: RowProblem[]; seat?: RowProblem[]; namesakes?: number[] }>;
  it.each<[string, ReturnType<typeof rows>, Verdict]>([
    ['good rows pass', rows([2, person('Nguyễn Thị Ánh Tuyết', { seat: '1' })], [3, person('Đỗ Quốc Hưng', { seat: '2' })]), {}],
    ['an empty name skips the row', rows([2, person('   ', { title: 'Chủ tịch' })]), { 2: { skip: [{ code: 'name_empty' }] } }],
    [
      'a title too long skips the row',
      rows([5, person('Lê Quang Đạo', { title: 'Giám đốc '.repeat(30) })]),
      { 5: { skip: [{ code: 'too_long', field: 'title', length: 269, limit: 200 }] } },
    ],
    [
      'two delegates sharing a seat are both imported, both without it',
      rows([2, person('A Á', { seat: '12' })], [3, person('B Bé', { seat: '13' })], [4, person('C Cê', { seat: '12' })], [6, person('D Dê', { seat: '12' })]),
      {
        2: { seat: [{ code: 'seat_twice', seat: '12', lines: [4, 6] }] },
        4: { seat: [{ code: 'seat_twice', seat: '12', lines: [2, 6] }] },
        6: { seat: [{ code: 'seat_twice', seat: '12', lines: [2, 4] }] },
      },
    ],
    ['a seat too long is left out, the delegate kept', rows([3, person('A Á', { seat: '1'.repeat(21) })]), { 3: { seat: [{ code: 'too_long', field: 'seat', length: 21, limit: 20 }] } }],
    [
      'a skipped row takes no seat, and its own seat is not judged',
      rows([2, person('', { seat: '12' })], [3, person('B Bé', { seat: '12' })], [4, person('', { seat: 'x'.repeat(30) })]),
      { 2: { skip: [{ code: 'name_empty' }] }, 4: { skip: [{ code: 'name_empty' }] } },
    ],
    [
      'the same person twice is only worth a look (namesakes exist)',
      rows([2, person('Nguyễn Văn Nam', { organisation: 'Sở Y tế' })], [7, person('NGUYỄN VĂN NAM', { organisation: 'Sở Y tế' })]),
      { 2: { namesakes: [7] }, 7: { namesakes: [2] } },
    ],
    ['namesakes of different organisations are not flagged', rows([2, person('Lê Văn A', { organisation: 'X' })], [3, person('Lê Văn A', { organisation: 'Y' })]), {}],
    ['empty seats are never shared', rows([2, person('A Á')], [3, person('B Bé')]), {}],
  ])('%s', (_, input, verdict) => {
    for (const row of judgeRows(input)) {
      expect(row.skip, `skip of line ${row.line}`).toEqual(verdict[row.line]?.skip ?? []);
      expect(row.seat, `seat of line ${row.line}`).toEqual(verdict[row.line]?.seat ?? []);
      expect(row.namesakes, `namesakes of line ${row.line}`).toEqual(verdict[row.line]?.namesakes ?? []);
    }
  });

  it('cleans every field to NFC, and saves a seat only when it has no problem', () => {
    const [row, twice] = judgeRows(rows([2, person('  Nguye\u0302\u0303n  Văn ', { seat: ' 12 ' })], [3, person('B', { seat: '7' })]));
    expect(row?.delegate).toEqual(person('Nguyễn Văn', { seat: '12' }));
    expect(savedSeat(row!)).toBe('12');
    expect(savedSeat({ ...twice!, seat: [{ code: 'seat_twice', seat: '7', lines: [9] }] })).toBe('');
  });

  it('counts characters, not UTF-16 units or bytes, against the limit', () => {
    expect(judgeRows(rows([2, person('Ễ'.repeat(200))]))[0]?.skip).toEqual([]);
    expect(judgeRows(rows([2, person('Ễ'.repeat(201))]))[0]?.skip).toEqual([{ code: 'too_long', field: 'fullName', length: 201, limit: 200 }]);
  });

  it('tells rows that share a line number apart (a list sent without its lines)', () => {
    const judged = judgeRows(rows([1, person('A', { seat: '3' })], [1, person('B', { seat: '3' })]));
    expect(judged.map((row) => row.seat)).toEqual([[{ code: 'seat_twice', seat: '3', lines: [1] }], [{ code: 'seat_twice', seat: '3', lines: [1] }]]);
  });
});

describe('matchListed', () => {
  const listed = [
    { id: 'd1', fullName: 'Nguyễn Văn Nam', organisation: 'Sở Y tế', seat: '1' },
    { id: 'd2', fullName: 'Trần Thị Hoa', organisation: 'Sở Tài chính', seat: '2' },
    { id: 'd3', fullName: 'Nguyễn Văn Nam', organisation: 'Sở Y tế', seat: '3' },
  ];
  const row = (fullName: string, organisation: string, seat: string) => ({ delegate: { fullName, organisation, seat } });

  it.each<[string, ReturnType<typeof row>[], Partial<ReturnType<typeof matchListed>>]>([
    ['matches by name and organisation, whatever the case; others are added', [row('TRẦN THỊ HOA', 'sở tài chính', '2'), row('Lê Mới', 'Sở Y tế', '9')], { matches: ['d2', null], taken: [null, null] }],
    [
      'gives namesakes listed twice one row each, in order, so the same file imported again matches the same people',
      [row('Nguyễn Văn Nam', 'Sở Y tế', '1'), row('Nguyễn Văn Nam', 'Sở Y tế', '3'), row('Nguyễn Văn Nam', 'Sở Y tế', '4')],
      { matches: ['d1', 'd3', null] },
    ],
    ['finds a seat a listed delegate outside the list keeps', [row('Lê Mới', '', '2')], { taken: [{ code: 'seat_taken', seat: '2', holder: 'Trần Thị Hoa' }] }],
    ['allows seats to be swapped between delegates the list updates', [row('Nguyễn Văn Nam', 'Sở Y tế', '2'), row('Trần Thị Hoa', 'Sở Tài chính', '1')], { taken: [null, null] }],
    ['frees the seat of a delegate the list moves', [row('Trần Thị Hoa', 'Sở Tài chính', '7'), row('Lê Mới', '', '2')], { taken: [null, null] }],
    ['frees the seat of a delegate the list leaves without a seat', [row('Trần Thị Hoa', 'Sở Tài chính', ''), row('Lê Mới', '', '2')], { taken: [null, null] }],
  ])('%s', (_, input, expected) => {
    expect(matchListed(input, listed)).toMatchObject(expected);
  });

  it('never matches a row without a name', () => {
    expect(matchListed([row('', '', '')], [{ id: 'x', fullName: '', organisation: '', seat: '' }]).matches).toEqual([null]);
  });
});
