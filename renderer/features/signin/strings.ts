import type { FeatureStrings } from '../../i18n/types.ts';

const vi = {
  title: 'Đăng nhập: {{role}}',
  intro: 'Nhập mã truy cập quản trị do Ban thư ký cung cấp để mở màn hình này.',
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
    intro: 'Enter the admin passcode given by the secretariat to open this screen.',
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
