import type { FeatureStrings } from '../../i18n/types.ts';

const vi = {
  following: 'Đang theo chủ tọa',
  followingTitle: 'Máy tính bảng mở trang chủ tọa trình chiếu. Chạm để tự đọc.',
  notFollowing: 'Theo chủ tọa',
  notFollowingTitle: 'Chạm để máy tính bảng mở trang chủ tọa đang trình chiếu',
  chairOnPage: 'Chủ tọa đang ở trang {{page}} của',
  chairHidden: 'Chủ tọa đang trình chiếu một tài liệu bạn không được xem.',
  goBack: 'Về trang {{page}}',
  goBackTitle: 'Theo chủ tọa trở lại: mở trang {{page}}',
  show: 'Trình chiếu trang này',
  showTitle: 'Các máy tính bảng đang theo chủ tọa và màn hình chiếu mở trang này, và theo khi bạn lật trang',
  showing: 'Đang trình chiếu trang {{page}}',
  stop: 'Dừng trình chiếu',
  stopTitle: 'Thôi trình chiếu: máy tính bảng ở lại trang đang mở',
  showFailed: 'Chưa trình chiếu được:',
  shownHere: 'Trang {{page}}',
};

export const strings: FeatureStrings<typeof vi> = {
  vi,
  en: {
    following: 'Following the chair',
    followingTitle: 'This tablet opens the page the chair shows. Tap to read on your own.',
    notFollowing: 'Follow the chair',
    notFollowingTitle: 'Tap to open the page the chair is showing, and follow it',
    chairOnPage: 'The chair is on page {{page}} of',
    chairHidden: 'The chair is showing a document you may not read.',
    goBack: 'Go to page {{page}}',
    goBackTitle: 'Follow the chair again: open page {{page}}',
    show: 'Show this page to the room',
    showTitle: 'The tablets following the chair and the projector open this page, and follow as you turn pages',
    showing: 'Showing page {{page}}',
    stop: 'Stop showing',
    stopTitle: 'Stop showing: the tablets stay on the page they have open',
    showFailed: 'Could not show the page:',
    shownHere: 'Page {{page}}',
  },
};
