import type { FeatureStrings } from '../../i18n/types.ts';

/** The camera scanner's own words (pairing by the room QR, badge sign-in); `problems` has one sentence per CameraProblem. */
const vi = {
  looking: 'Đưa mã QR vào khung hình…',
  starting: 'Đang mở camera…',
  stop: 'Tắt camera',
  rejected: 'Đã đọc được một mã QR, nhưng không phải mã cần quét.',
  problems: {
    insecure: 'Trình duyệt chỉ cho dùng camera trên kết nối bảo mật, nên không quét được ở đây. Hãy nhập mã bằng tay.',
    unsupported: 'Máy này hoặc trình duyệt này không có camera để quét. Hãy nhập mã bằng tay.',
    denied: 'Chưa được phép dùng camera. Hãy cho phép trong cài đặt của trình duyệt, hoặc nhập mã bằng tay.',
    no_camera: 'Không tìm thấy camera trên máy này. Hãy nhập mã bằng tay.',
    busy: 'Camera đang được một ứng dụng khác sử dụng. Hãy đóng ứng dụng đó, hoặc nhập mã bằng tay.',
    failed: 'Không mở được camera. Hãy nhập mã bằng tay.',
  },
};

export const strings: FeatureStrings<typeof vi> = {
  vi,
  en: {
    looking: 'Hold the QR code inside the frame…',
    starting: 'Starting the camera…',
    stop: 'Turn the camera off',
    rejected: 'A QR code was read, but it is not the one to scan here.',
    problems: {
      insecure: 'The browser allows the camera only on a secure connection, so it cannot scan here. Type the code instead.',
      unsupported: 'This device or browser has no camera to scan with. Type the code instead.',
      denied: 'The camera is not allowed. Allow it in the browser’s settings, or type the code instead.',
      no_camera: 'No camera was found on this device. Type the code instead.',
      busy: 'Another app is using the camera. Close it, or type the code instead.',
      failed: 'The camera could not be started. Type the code instead.',
    },
  },
};
