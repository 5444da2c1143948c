import { describe, expect, it } from 'vitest';
import type { MeetingStatus } from '../../protocol/model.ts';
import { buildMinutes, documentDate, itemMinutes, type Minutes } from './model.ts';
import type { MinutesHeaderKind, MinutesOptions } from './source.ts';
import { meeting, namedMotion, testSource, TZ } from './test-source.ts';

const options = (over: Partial<MinutesOptions> = {}): MinutesOptions => ({ lang: 'vi', header: 'state', body: 'ĐẢNG ỦY KHỐI', locality: 'Hà Nội', timeZone: TZ, madeAt: '2026-02-05T04:05:00Z', ...over });
const vi = (): Minutes => buildMinutes(testSource(), options());
const en = (): Minutes => buildMinutes(testSource(), options({ lang: 'en' }));

describe('the minutes header', () => {
  it.each<[MinutesHeaderKind, string, string[], string[]]>([
    ['state', 'ĐẢNG ỦY KHỐI', ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'], ['ĐẢNG ỦY KHỐI', 'Số:        /BB']],
    ['party', 'ĐẢNG BỘ TỈNH\nĐẢNG ỦY KHỐI', ['ĐẢNG CỘNG SẢN VIỆT NAM'], ['ĐẢNG BỘ TỈNH', 'ĐẢNG ỦY KHỐI', '*', 'Số:        /BB']],
    ['party', '', ['ĐẢNG CỘNG SẢN VIỆT NAM'], ['Số:        /BB']],
  ])('%s with body %j', (header, body, right, left) => {
    const m = buildMinutes(testSource(), options({ header, body }));
    expect(m.header.right).toEqual(right);
    expect(m.header.left).toEqual(left);
  });

  it.each<[string, 'vi' | 'en', string]>([
    ['2026-02-05', 'vi', 'ngày 05 tháng 02 năm 2026'],
    ['2026-12-17', 'vi', 'ngày 17 tháng 12 năm 2026'],
    ['2026-03-09', 'vi', 'ngày 09 tháng 3 năm 2026'],
    ['2026-03-09', 'en', '09/03/2026'],
  ])('dates %s in %s as a document writes them: %s', (date, lang, text) => {
    expect(documentDate(lang, date)).toBe(text);
  });

  it("says the body's place name and the meeting's date", () => {
    expect(vi().header.placeDate).toBe('Hà Nội, ngày 05 tháng 02 năm 2026');
    expect(buildMinutes(testSource(), options({ locality: ' ' })).header.placeDate).toBe('ngày 05 tháng 02 năm 2026');
  });
});

describe('a draft', () => {
  it.each<[MeetingStatus, boolean]>([
    ['closed', false],
    ['published', true],
  ])('a meeting %s gives draft minutes: %s', (status, draft) => {
    const m = buildMinutes(testSource({ meeting: { ...meeting, status }, endedAt: status === 'closed' ? '2026-02-05T04:00:00Z' : null }), options());
    expect(m.draft).toBe(draft);
    expect(m.title).toBe(draft ? 'BIÊN BẢN (DỰ THẢO)' : 'BIÊN BẢN');
    expect(m.draftNote !== null).toBe(draft);
    expect(m.facts.find(([label]) => label === 'Kết thúc')?.[1] ?? null).toBe(draft ? null : '11:00 05/02/2026');
  });
});

describe('attendance', () => {
  it('lists every delegate by seat (2 before 10), with check-in times on the room clock', () => {
    expect(vi().attendance.table.rows).toEqual([
      ['1', '2', 'Nguyễn Văn An', 'Bí thư, Đảng ủy Khối', 'Có mặt', '07:58'],
      ['2', '3', 'Lê Thị Ngọc Ánh', 'Đảng ủy Khối', 'Đã rời lúc 10:10', '08:05'],
      ['3', '4', 'Phạm Đức Dũng', 'Đảng ủy Khối', 'Vắng có lý do', ''],
      ['4', '10', 'Trần Thị Bình', 'Phó Bí thư, Đảng ủy Khối', 'Có mặt', '08:02'],
    ]);
  });

  it('prints names composed (NFC) even when stored decomposed', () => {
    const name = vi().attendance.table.rows[1]?.[2] ?? '';
    expect(name).toBe('Lê Thị Ngọc Ánh'.normalize('NFC'));
    expect(name.normalize('NFC')).toBe(name);
  });

  it.each<['vi' | 'en', string]>([
    ['vi', 'Tổng số đại biểu được triệu tập: 4; có mặt: 2; vắng mặt: 2 (trong đó có lý do: 1); đã rời cuộc họp: 1.'],
    ['en', 'Delegates convened: 4; present: 2; absent: 2 (of whom excused: 1); left the meeting: 1.'],
  ])('counts in %s', (lang, summary) => {
    expect(buildMinutes(testSource(), options({ lang })).attendance.summary).toBe(summary);
  });

  it('writes a congress count as the language does', () => {
    const many = Array.from({ length: 1500 }, (_, i) => ({ id: `x${i}`, fullName: `Đại biểu ${i}`, title: '', organisation: '', group: '', seat: String(i + 1), badgeSerial: 1 }));
    expect(buildMinutes(testSource({ delegates: many, attendance: [] }), options()).attendance.summary).toMatch(/^Tổng số đại biểu được triệu tập: 1\.500; có mặt: 0; vắng mặt: 1\.500/);
  });
});

describe('agenda and speakers', () => {
  it('gives each item in agenda order with its planned and actual minutes', () => {
    expect(vi().agenda.table?.rows).toEqual([
      ['1', 'Khai mạc', '10 phút', '25 phút'],
      ['2', 'Công tác cán bộ', '45 phút', '40 phút'],
      ['2.1', 'Bầu Ủy viên Ban Thường vụ', '', ''],
    ]);
  });

  it.each<[number, string | null, string, number]>([
    [600, null, '2026-02-05T04:00:00Z', 10],
    [600, '2026-02-05T03:55:00Z', '2026-02-05T04:00:00Z', 15],
    [89, null, '2026-02-05T04:00:00Z', 1],
    [0, '2026-02-05T04:00:00Z', '2026-02-05T03:59:00Z', 0],
  ])('item minutes: %i s spent, current since %s, now %s → %i', (spentSeconds, since, now, minutes) => {
    expect(itemMinutes([{ itemId: 'a', spentSeconds, since }], now).get('a')).toBe(minutes);
  });

  it('lists those who spoke in the order they spoke, a point of order marked; a withdrawn request is not a speech', () => {
    expect(vi().speakers.table?.rows).toEqual([
      ['1', '1', 'Nguyễn Văn An', '2', 'Kiến nghị về thủ tục', '08:21', '1:00'],
      ['2', '2', 'Trần Thị Bình', '10', 'Phát biểu', '08:45', '4:05'],
    ]);
    expect(buildMinutes(testSource({ speeches: [] }), options()).speakers.table).toBeNull();
  });
});

describe('votes', () => {
  it('orders the votes held by agenda item, then by opening time; a vote never opened is left out', () => {
    expect(vi().votes.list.map((v) => v.heading)).toEqual([
      '1. Biểu quyết: Thông qua chương trình hội nghị',
      '2. Biểu quyết: Thông qua quy chế làm việc',
      '3. Bầu cử: Bầu Ủy viên Ban Thường vụ (vòng 1)',
    ]);
  });

  it.each<['vi' | 'en', number, string[], string[]]>([
    ['vi', 0, ['Tán thành: 2; Không tán thành: 1; Không biểu quyết: 0', 'Trong đó bằng phiếu giấy: Tán thành: 0; Không tán thành: 1; Không biểu quyết: 0'], ['Không thông qua: 2/4 đại biểu được triệu tập tán thành, không quá một nửa (cần 3)']],
    ['en', 0, ['Yes: 2; No: 1; Abstain: 0', 'Of which on paper: Yes: 0; No: 1; Abstain: 0'], ['Failed: 2 of 4 delegates convened voted yes, not more than half (3 needed)']],
    ['vi', 1, ['Tán thành: 2; Không tán thành: 0; Không biểu quyết: 1', 'Trong đó bằng phiếu giấy: Tán thành: 1; Không tán thành: 0; Không biểu quyết: 0'], ['Không thông qua: 2/4 đại biểu được triệu tập tán thành, không quá một nửa (cần 3)']],
    [
      'vi',
      2,
      ['Phiếu hợp lệ: 3; phiếu không hợp lệ: 0; phiếu trắng (gạch hết tên): 0', 'Trong đó bằng phiếu giấy: 1', 'Trần Thị Bình: 3/4 đại biểu được triệu tập, quá một nửa — trúng cử', 'Phạm Đức Dũng: 0/4 đại biểu được triệu tập, không quá một nửa — không trúng cử'],
      ['Trúng cử đủ số lượng cần bầu (1): Trần Thị Bình'],
    ],
  ])('counts and result in words (%s, vote %i)', (lang, index, counts, result) => {
    const v = buildMinutes(testSource(), options({ lang })).votes.list[index];
    expect(v?.counts).toEqual(counts);
    expect(v?.result).toEqual(result);
  });

  it('states the ballot and the rule in words', () => {
    const [named, secret, round] = vi().votes.list;
    expect(named?.facts.slice(0, 2)).toEqual([
      ['Hình thức', 'Biểu quyết công khai (ghi danh)'],
      ['Điều kiện thông qua', 'Quá một nửa tổng số đại biểu được triệu tập (Điều lệ Đảng)'],
    ]);
    expect(secret?.facts[0]).toEqual(['Hình thức', 'Bỏ phiếu kín']);
    expect(round?.facts.slice(1, 3)).toEqual([
      ['Điều kiện thông qua', 'Quá một nửa tổng số đại biểu được triệu tập (Điều lệ Đảng)'],
      ['Số lượng cần bầu', '1'],
    ]);
    expect(en().votes.list[0]?.facts.slice(2)).toEqual([
      ['Opened', '08:10 05/02/2026'],
      ['Closed', '08:12 05/02/2026'],
    ]);
  });

  it('a named vote lists who voted what by seat, paper marked; a secret ballot only who voted and how', () => {
    const [named, secret, round] = vi().votes.list;
    expect(named?.voters.rows).toEqual([
      ['1', '2', 'Nguyễn Văn An', 'Tán thành', 'Máy tính bảng'],
      ['2', '3', 'Lê Thị Ngọc Ánh', 'Không tán thành', 'Phiếu giấy'],
      ['3', '10', 'Trần Thị Bình', 'Tán thành', 'Máy tính bảng'],
    ]);
    expect(secret?.voters.columns).toEqual(['STT', 'Ghế', 'Họ và tên', 'Cách bỏ phiếu']);
    expect(secret?.voters.rows.map((r) => r.length)).toEqual([4, 4, 4]);
    expect(round?.voters.rows[1]).toEqual(['2', '3', 'Lê Thị Ngọc Ánh', 'Trần Thị Bình', 'Phiếu giấy']);
  });

  it('a vote still open says so, with no count', () => {
    const open = { ...namedMotion, status: 'open' as const, closedAt: null, result: null };
    const m = buildMinutes(testSource({ motions: [{ motion: open, voters: [] }], elections: [] }), options({ lang: 'en' }));
    expect(m.votes.list[0]?.counts).toEqual([]);
    expect(m.votes.list[0]?.result).toEqual(['Voting in progress: no result yet.']);
  });

  it('a quorum overridden at the open is recorded with its reason', () => {
    const overridden = { ...namedMotion, quorumOverride: { reason: 'Đại biểu đang trên đường tới', missing: 2, by: 'chủ tọa' } };
    const m = buildMinutes(testSource({ motions: [{ motion: overridden, voters: [] }], elections: [] }), options());
    expect(m.votes.list[0]?.facts.at(-1)).toEqual(['Ghi chú', 'Mở khi chưa đủ số đại biểu theo quy định (thiếu 2), do chủ tọa quyết định: Đại biểu đang trên đường tới']);
  });
});

describe('the audit head', () => {
  it.each<[{ seq: number; hash: string } | null, string, string | null]>([
    [{ seq: 42, hash: 'ab'.repeat(32) }, 'Mã băm đầu nhật ký kiểm toán (mục 42), bao gồm mọi thao tác của cuộc họp đến thời điểm lập biên bản:', 'ab'.repeat(32)],
    [null, 'Nhật ký kiểm toán chưa có mục nào.', null],
  ])('%j', (auditHead, text, hash) => {
    const m = buildMinutes(testSource({ auditHead }), options());
    expect(m.audit.text).toBe(text);
    expect(m.audit.hash).toBe(hash);
  });
});
