import type { FeatureStrings } from '../../i18n/types.ts';

const vi = {
  title: 'Chọn màn hình cho thiết bị này',
  intro: 'Mỗi thiết bị trong phòng họp mở một màn hình: máy tính bảng cho đại biểu, bàn điều khiển cho chủ tọa, màn hình chiếu cho hội trường.',
  meetings: 'Cuộc họp trên máy chủ này',
  empty: 'Máy chủ phòng họp chưa có cuộc họp nào.',
  emptyHint: 'Ban thư ký tạo cuộc họp, chương trình nghị sự và danh sách đại biểu.',
  createMeeting: 'Mở trang Ban thư ký',
  secretariatTitle: 'Ban thư ký',
  secretariatBody: 'Tạo và chuẩn bị cuộc họp: chương trình, tài liệu, đại biểu.',
  screens: {
    tablet: 'Đọc chương trình và tài liệu, theo dõi mục đang thảo luận.',
    console: 'Điều hành phiên họp: chuyển mục, xem tài liệu và số đại biểu.',
    secretariat: 'Sửa thông tin, chương trình, tài liệu và đại biểu.',
    checkin: 'Quét thẻ đại biểu, điểm danh và theo dõi số lượng có mặt.',
    projector: 'Hiện mục đang thảo luận cho cả hội trường.',
  },
  version: 'Phiên bản {{version}}',
  hubVersion: 'Máy chủ phòng họp {{version}}',
  platform: {
    browser: 'Trình duyệt',
    electron: 'Ứng dụng Roundtable',
  },
};

export const strings: FeatureStrings<typeof vi> = {
  vi,
  en: {
    title: 'Choose the screen for this device',
    intro: 'Each device in the room opens one screen: a tablet for delegates, a console for the chair, a projector view for the hall.',
    meetings: 'Meetings on this hub',
    empty: 'The meeting hub holds no meetings yet.',
    emptyHint: 'The secretariat creates meetings, their agenda and the list of delegates.',
    createMeeting: 'Open the secretariat',
    secretariatTitle: 'Secretariat',
    secretariatBody: 'Create and prepare meetings: agenda, documents, delegates.',
    screens: {
      tablet: 'Read the agenda and documents, follow the item under discussion.',
      console: 'Run the session: move between items, see documents and delegates.',
      secretariat: 'Edit details, agenda, documents and delegates.',
      checkin: 'Scan delegates’ badges, check them in and follow attendance.',
      projector: 'Show the item under discussion to the whole hall.',
    },
    version: 'Version {{version}}',
    hubVersion: 'Meeting hub {{version}}',
    platform: {
      browser: 'Browser',
      electron: 'Roundtable app',
    },
  },
};
