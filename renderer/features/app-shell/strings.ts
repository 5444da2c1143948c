import type { FeatureStrings } from '../../i18n/types.ts';

/** The app shell's words: a newer build of the app is ready. */
const vi = {
  ready: 'Đã có phiên bản mới của ứng dụng.',
  apply: 'Tải lại để cập nhật',
};

export const strings: FeatureStrings<typeof vi> = {
  vi,
  en: {
    ready: 'A new version of the app is ready.',
    apply: 'Reload to update',
  },
};
