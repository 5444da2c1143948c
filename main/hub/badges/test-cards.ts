import { createHash, createHmac } from 'node:crypto';
import { type BadgeAuthority, dayNumber, shortCodeFromMac, signBadge } from '../../../shared/domain/badge-token.ts';
import type { BadgeCard } from './card.ts';

/**
 * Badge cards for tests: real Vietnamese names with the hardest diacritics, tokens signed as the hub signs
 * them (HMAC-SHA256, first 16 bytes, base64url) with a test key, ids the length the hub makes (12 characters).
 */
const KEY = Buffer.from('roundtable-badge-sheet-test-key!');
export const TEST_MEETING_ID = 'hnbch-2025-q3';

const mac = (message: string) => createHmac('sha256', KEY).update(message).digest().subarray(0, 16).toString('base64url');

const PEOPLE: readonly [fullName: string, title: string, organisation: string, seat: string][] = [
  ['Nguyễn Thị Ngọc Ánh', 'Bí thư Tỉnh ủy', 'Thường trực Tỉnh ủy', 'A01'],
  ['Trần Đức Thắng', 'Phó Chủ tịch UBND tỉnh', 'Ủy ban nhân dân tỉnh', 'A02'],
  ['Phạm Thị Hường', 'Trưởng Ban Tuyên giáo', 'Ban Tuyên giáo Tỉnh ủy', 'A03'],
  ['Lê Quang Đạo', 'Ủy viên Ban Thường vụ', 'Đảng bộ Khối các cơ quan tỉnh', 'A04'],
  ['Huỳnh Thị Mỹ Duyên', 'Chủ tịch Hội Liên hiệp Phụ nữ', 'Hội Liên hiệp Phụ nữ tỉnh', 'A05'],
  ['Vũ Văn Ứng', 'Giám đốc Sở Tài chính', 'Sở Tài chính', 'A06'],
  [
    'Tôn Nữ Thị Huyền Trang Công Tằng Tôn Nữ',
    'Phó Trưởng Ban Tổ chức Tỉnh ủy kiêm Trưởng phòng Tổ chức cán bộ',
    'Đoàn đại biểu Đảng bộ Khối Doanh nghiệp tỉnh Thừa Thiên Huế và các đơn vị trực thuộc',
    'B12',
  ],
  ['Đỗ Thị Ỷ Lan', 'Chánh Văn phòng', 'Văn phòng Tỉnh ủy', 'A08'],
  ['Ngô Xuân Lịch', 'Chỉ huy trưởng Bộ CHQS tỉnh', 'Bộ Chỉ huy Quân sự tỉnh', 'A09'],
  ['Đặng Thị Ngọc Thịnh', 'Chủ tịch HĐND tỉnh', 'Hội đồng nhân dân tỉnh', 'A10'],
  ['Bùi Thị Quỳnh Vân', 'Ủy viên', 'Ủy ban Kiểm tra Tỉnh ủy', 'A11'],
];

export const TEST_MEETING_TITLE = 'Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 12, nhiệm kỳ 2020–2025';

/** `count` cards (the 11 people above, then numbered ones), each with its own delegate id and serial. */
export function testCards(count = PEOPLE.length, today = new Date()): BadgeCard[] {
  return Array.from({ length: count }, (_, i) => {
    const [fullName, title, organisation, seat] = PEOPLE[i] ?? [`Đại biểu Số ${i + 1}`, 'Ủy viên', 'Đoàn đại biểu', `C${i + 1}`];
    const delegateId = createHash('sha256').update(`delegate ${i}`).digest('base64url').slice(0, 12);
    const serial = 1 + (i % 3);
    const token = signBadge({ meetingId: TEST_MEETING_ID, delegateId, serial, expiresDay: dayNumber(today) + 30 }, mac);
    return {
      meetingTitle: TEST_MEETING_TITLE,
      meetingDate: today.toISOString().slice(0, 10),
      fullName,
      title,
      organisation,
      seat,
      token,
      shortCode: shortCodeFromMac(token.slice(token.lastIndexOf('.') + 1)),
      serial,
    };
  });
}

/** The hub's side of verification for these cards: same key, and each card's serial is the delegate's current one. */
export function testAuthority(cards: readonly BadgeCard[], today = new Date()): BadgeAuthority {
  const serials = new Map(cards.map((card) => [card.token.split('.')[2] ?? '', card.serial]));
  return { meetingId: TEST_MEETING_ID, mac, currentSerial: (id) => serials.get(id) ?? null, isIssuedMac: () => false, today: dayNumber(today) };
}
