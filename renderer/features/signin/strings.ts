import type { FeatureStrings } from '../../i18n/types.ts';

const vi = {
  title: 'Đăng nhập: {{role}}',
  intro: 'Nhập mã truy cập Ban thư ký đã cấp cho vị trí của bạn để mở màn hình này.',
  introSecretariat: 'Nhập mã truy cập quản trị (in ra khi khởi động máy chủ lần đầu).',
  wrongRole: 'Mã này dành cho {{actual}}, không phải cho {{expected}}.',
  goToRole: 'Mở màn hình {{actual}}',
  useAnother: 'Dùng mã khác',
  passcode: 'Mã truy cập',
  submit: 'Đăng nhập',
  submitting: 'Đang đăng nhập…',
  checking: 'Đang khôi phục phiên làm việc…',
  ended: 'Phiên làm việc trước đã kết thúc. Vui lòng đăng nhập lại.',
  signedInAs: 'Đã đăng nhập: {{role}}',
  signOut: 'Đăng xuất',
  seat: 'Ghế {{seat}}',
};

export const strings: FeatureStrings<typeof vi> = {
  vi,
  en: {
    title: 'Sign in: {{role}}',
    intro: 'Enter the credential the secretariat issued for your post to open this screen.',
    introSecretariat: 'Enter the admin passcode (printed when the hub first started).',
    wrongRole: 'This credential is for the {{actual}}, not the {{expected}}.',
    goToRole: 'Open the {{actual}} screen',
    useAnother: 'Use another credential',
    passcode: 'Passcode',
    submit: 'Sign in',
    submitting: 'Signing in…',
    checking: 'Resuming your session…',
    ended: 'The previous session has ended. Please sign in again.',
    signedInAs: 'Signed in: {{role}}',
    signOut: 'Sign out',
    seat: 'Seat {{seat}}',
  },
};
