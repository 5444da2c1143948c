import type { DocumentAccess } from '../../../shared/protocol/index.ts';

/** The demo meeting a newcomer sees: a provincial standing committee's regular session. */
export const DEMO_MEETING = {
  id: 'demo',
  title: 'Hội nghị Ban Thường vụ Tỉnh ủy — phiên thường kỳ tháng 11',
  place: 'Hội trường A, Trụ sở Tỉnh ủy',
};

export interface DemoDocument {
  title: string;
  access: DocumentAccess;
  /** Paragraphs; each becomes part of a page of the generated PDF. */
  pages: string[][];
}

export interface DemoItem {
  title: string;
  description?: string;
  durationMinutes?: number;
  documents?: DemoDocument[];
  children?: DemoItem[];
}

const lorem = (topic: string): string[] => [
  `Căn cứ Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh khóa XV, Ban Thường vụ Tỉnh ủy xem xét nội dung về ${topic}.`,
  'Các đồng chí đại biểu nghiên cứu kỹ tài liệu, chuẩn bị ý kiến phát biểu tập trung vào những vấn đề trọng tâm, có tính định hướng.',
  'Văn phòng Tỉnh ủy tổng hợp ý kiến, báo cáo Thường trực Tỉnh ủy trước khi trình Hội nghị quyết định.',
];

export const DEMO_AGENDA: DemoItem[] = [
  {
    title: 'Khai mạc hội nghị',
    description: 'Tuyên bố lý do, giới thiệu đại biểu, thông qua chương trình.',
    durationMinutes: 15,
    documents: [
      {
        title: 'Chương trình hội nghị',
        access: { kind: 'all' },
        pages: [['Chương trình làm việc', '08:00 — Khai mạc hội nghị', '08:15 — Báo cáo tình hình kinh tế - xã hội', '09:30 — Thảo luận dự thảo Nghị quyết về chuyển đổi số', '10:45 — Công tác cán bộ', '11:30 — Bế mạc']],
      },
    ],
  },
  {
    title: 'Báo cáo tình hình kinh tế - xã hội 10 tháng đầu năm',
    durationMinutes: 60,
    children: [
      {
        title: 'Báo cáo của Ủy ban nhân dân tỉnh',
        durationMinutes: 30,
        documents: [
          {
            title: 'Báo cáo số 215/BC-UBND',
            access: { kind: 'all' },
            pages: [lorem('tình hình kinh tế - xã hội'), ['Tổng sản phẩm trên địa bàn tăng 7,8% so với cùng kỳ.', 'Thu ngân sách nhà nước đạt 86% dự toán năm.', 'Giải ngân vốn đầu tư công đạt 61% kế hoạch.'], ['Nhiệm vụ, giải pháp trọng tâm hai tháng cuối năm.']],
          },
        ],
      },
      {
        title: 'Ý kiến thẩm tra của Ban Kinh tế - Ngân sách',
        durationMinutes: 15,
        documents: [{ title: 'Báo cáo thẩm tra', access: { kind: 'all' }, pages: [lorem('báo cáo thẩm tra')] }],
      },
      { title: 'Thảo luận', durationMinutes: 15 },
    ],
  },
  {
    title: 'Cho ý kiến dự thảo Nghị quyết về chuyển đổi số giai đoạn 2026–2030',
    durationMinutes: 75,
    documents: [
      { title: 'Dự thảo Nghị quyết', access: { kind: 'all' }, pages: [lorem('chuyển đổi số'), ['Mục tiêu đến năm 2030: 100% hồ sơ công việc cấp tỉnh được xử lý trên môi trường mạng.'], ['Tổ chức thực hiện.']] },
      { title: 'Tờ trình của Ban Cán sự đảng UBND tỉnh', access: { kind: 'all' }, pages: [lorem('tờ trình dự thảo Nghị quyết')] },
    ],
  },
  {
    title: 'Công tác cán bộ',
    description: 'Nội dung mật: tài liệu chỉ dành cho Chủ tọa và Ban Thư ký.',
    durationMinutes: 45,
    documents: [{ title: 'Tờ trình về công tác cán bộ (Mật)', access: { kind: 'staff' }, pages: [lorem('công tác cán bộ')] }],
  },
  { title: 'Bế mạc hội nghị', durationMinutes: 10 },
];

export const DEMO_DELEGATES = [
  { fullName: 'Nguyễn Văn Hùng', title: 'Bí thư Tỉnh ủy', organisation: 'Thường trực Tỉnh ủy', group: 'Thường trực', seat: 'A01' },
  { fullName: 'Trần Thị Thu Hằng', title: 'Phó Bí thư Thường trực', organisation: 'Thường trực Tỉnh ủy', group: 'Thường trực', seat: 'A02' },
  { fullName: 'Lê Quang Đạo', title: 'Phó Bí thư, Chủ tịch UBND tỉnh', organisation: 'UBND tỉnh', group: 'Thường trực', seat: 'A03' },
  { fullName: 'Phạm Thị Ngọc Ánh', title: 'Trưởng Ban Tổ chức', organisation: 'Ban Tổ chức Tỉnh ủy', group: 'Ủy viên BTV', seat: 'A04' },
  { fullName: 'Hoàng Đức Thắng', title: 'Chủ nhiệm Ủy ban Kiểm tra', organisation: 'UBKT Tỉnh ủy', group: 'Ủy viên BTV', seat: 'A05' },
  { fullName: 'Vũ Thị Hồng Nhung', title: 'Trưởng Ban Tuyên giáo', organisation: 'Ban Tuyên giáo Tỉnh ủy', group: 'Ủy viên BTV', seat: 'A06' },
  { fullName: 'Đặng Minh Khôi', title: 'Trưởng Ban Nội chính', organisation: 'Ban Nội chính Tỉnh ủy', group: 'Ủy viên BTV', seat: 'A07' },
  { fullName: 'Bùi Thanh Tùng', title: 'Chủ tịch HĐND tỉnh', organisation: 'HĐND tỉnh', group: 'Ủy viên BTV', seat: 'A08' },
  { fullName: 'Đỗ Thị Lệ Quyên', title: 'Phó Chủ tịch UBND tỉnh', organisation: 'UBND tỉnh', group: 'Ủy viên BTV', seat: 'B01' },
  { fullName: 'Ngô Xuân Trường', title: 'Chỉ huy trưởng Bộ CHQS tỉnh', organisation: 'Bộ Chỉ huy Quân sự tỉnh', group: 'Ủy viên BTV', seat: 'B02' },
  { fullName: 'Dương Văn Lực', title: 'Giám đốc Công an tỉnh', organisation: 'Công an tỉnh', group: 'Ủy viên BTV', seat: 'B03' },
  { fullName: 'Huỳnh Thị Mỹ Duyên', title: 'Bí thư Thành ủy', organisation: 'Thành ủy', group: 'Ủy viên BTV', seat: 'B04' },
];
