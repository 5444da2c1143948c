import type { FeatureStrings } from '../../i18n/types.ts';

const vi = {
  connecting: 'Đang kết nối…',
  connected: 'Đã kết nối',
  reconnecting: 'Đang kết nối lại…',
  offline: 'Mất kết nối từ {{time}}',
  connectedTitle: 'Đã kết nối với máy chủ phòng họp từ {{time}}',
  reconnectingTitle: 'Mất liên lạc với máy chủ phòng họp lúc {{time}}; đang thử kết nối lại',
  offlineTitle: 'Không liên lạc được với máy chủ phòng họp từ {{time}}. Màn hình sẽ tự cập nhật khi có kết nối trở lại.',
  mismatchTitle: 'Cần tải lại ứng dụng',
  mismatchBody:
    'Màn hình này dùng một phiên bản khác với máy chủ phòng họp nên không thể kết nối. Hãy tải lại trang để nhận phiên bản đúng; nếu vẫn lỗi, hãy báo Ban thư ký.',
  insecure: 'Phòng họp thử nghiệm: kết nối không mã hóa (HTTP). Tài liệu và mật khẩu đi qua mạng dưới dạng rõ. Không dùng cho cuộc họp thật.',
};

export const strings: FeatureStrings<typeof vi> = {
  vi,
  en: {
    connecting: 'Connecting…',
    connected: 'Connected',
    reconnecting: 'Reconnecting…',
    offline: 'Offline since {{time}}',
    connectedTitle: 'Connected to the meeting hub since {{time}}',
    reconnectingTitle: 'Lost the meeting hub at {{time}}; trying to reconnect',
    offlineTitle: 'The meeting hub has been unreachable since {{time}}. This screen will update itself once the link is back.',
    mismatchTitle: 'The app needs to be reloaded',
    mismatchBody:
      'This screen runs a different version from the meeting hub, so it cannot connect. Reload the page to get the right version; if that does not help, tell the secretariat.',
    insecure: 'Test room: the connection is not encrypted (HTTP). Documents and passcodes cross the network in clear text. Not for a real meeting.',
  },
};
