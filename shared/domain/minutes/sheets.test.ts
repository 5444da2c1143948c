import { describe, expect, it } from 'vitest';
import { minutesSheet, SHEET_NAMES, type SheetName } from './sheets.ts';
import { testSource, TZ } from './test-source.ts';

const sheet = (name: SheetName, lang: 'vi' | 'en' = 'vi') => minutesSheet(name, testSource(), lang, TZ);

describe("the minutes' spreadsheets", () => {
  it.each<[SheetName, 'vi' | 'en', string[]]>([
    ['attendance', 'vi', ['Ghế', 'Họ và tên', 'Chức vụ', 'Đơn vị', 'Nhóm', 'Tình trạng', 'Giờ điểm danh', 'Giờ rời']],
    ['attendance', 'en', ['Seat', 'Full name', 'Title', 'Organisation', 'Group', 'Status', 'Checked in', 'Left']],
    ['speakers', 'en', ['Item', 'Full name', 'Seat', 'Kind', 'Status', 'Asked', 'Started', 'Ended']],
    ['voters', 'vi', ['STT', 'Tiêu đề', 'Vòng', 'Ghế', 'Họ và tên', 'Cách bỏ phiếu', 'Biểu quyết / Bầu cho']],
  ])('%s in %s starts with its header row', (name, lang, header) => {
    expect(sheet(name, lang)[0]).toEqual(header);
  });

  it('every row as wide as its header', () => {
    for (const name of SHEET_NAMES) for (const lang of ['vi', 'en'] as const) {
      const [header, ...rows] = sheet(name, lang);
      for (const row of rows) expect(row.length).toBe(header?.length);
    }
  });

  it('attendance by seat, with sortable times on the room clock, names in NFC', () => {
    expect(sheet('attendance').slice(1)).toEqual([
      ['2', 'Nguyễn Văn An', 'Bí thư', 'Đảng ủy Khối', '', 'Có mặt', '2026-02-05 07:58:00', ''],
      ['3', 'Lê Thị Ngọc Ánh', '', 'Đảng ủy Khối', '', 'Vắng', '2026-02-05 08:05:00', '2026-02-05 10:10:00'],
      ['4', 'Phạm Đức Dũng', '', 'Đảng ủy Khối', '', 'Vắng có lý do', '', ''],
      ['10', 'Trần Thị Bình', 'Phó Bí thư', 'Đảng ủy Khối', '', 'Có mặt', '2026-02-05 08:02:30', ''],
    ]);
  });

  it('speakers: every request, withdrawn ones too, in the order of the floor (or of asking)', () => {
    expect(sheet('speakers').slice(1).map((r) => [r[1], r[3], r[4]])).toEqual([
      ['Nguyễn Văn An', 'Kiến nghị về thủ tục', 'Đã phát biểu'],
      ['Phạm Đức Dũng', 'Phát biểu', 'Rút đăng ký'],
      ['Trần Thị Bình', 'Phát biểu', 'Đã phát biểu'],
    ]);
  });

  it('votes: one line per vote held, counts as numbers, the result in words', () => {
    const rows = sheet('votes').slice(1);
    expect(rows.map((r) => [r[0], r[1], r[2], r[3], r[4]])).toEqual([
      ['1', 'Biểu quyết', '1', 'Thông qua chương trình hội nghị', ''],
      ['2', 'Biểu quyết', '1', 'Thông qua quy chế làm việc', ''],
      ['3', 'Bầu cử', '2.1', 'Bầu Ủy viên Ban Thường vụ', '1'],
    ]);
    expect(rows[0]?.slice(9, 12)).toEqual(['2', '1', '0']);
    expect(rows[1]?.slice(15)).toEqual(['1', 'Không thông qua: 2/4 đại biểu được triệu tập tán thành, không quá một nửa (cần 3)']);
    expect(rows[2]?.slice(12, 16)).toEqual(['3', '0', '0', '1']);
  });

  it('voters: what each voted only in a named vote, never in a secret one', () => {
    const rows = sheet('voters', 'en').slice(1);
    expect(rows.filter((r) => r[0] === '1').map((r) => [r[3], r[4], r[5], r[6]])).toEqual([
      ['2', 'Nguyễn Văn An', 'Tablet', 'Yes'],
      ['3', 'Lê Thị Ngọc Ánh', 'Paper', 'No'],
      ['10', 'Trần Thị Bình', 'Tablet', 'Yes'],
    ]);
    expect(rows.filter((r) => r[0] === '2').map((r) => r[6])).toEqual(['', '', '']);
    expect(rows.filter((r) => r[0] === '3').map((r) => r[6])).toEqual(['Trần Thị Bình', 'Trần Thị Bình', 'Trần Thị Bình']);
  });
});
