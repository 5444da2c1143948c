import type { FeatureStrings } from '../../i18n/types.ts';

const vi = {
  language: 'Ngôn ngữ',
  languages: {
    vi: 'Tiếng Việt',
    en: 'English',
  },
  home: 'Về trang chủ',
  notFoundTitle: 'Không có trang này',
  notFoundBody: 'Địa chỉ bạn mở không thuộc ứng dụng Roundtable.',
  goHome: 'Về trang chủ',
};

export const strings: FeatureStrings<typeof vi> = {
  vi,
  en: {
    language: 'Language',
    languages: {
      vi: 'Tiếng Việt',
      en: 'English',
    },
    home: 'Go to the home page',
    notFoundTitle: 'No such page',
    notFoundBody: 'The address you opened is not part of Roundtable.',
    goHome: 'Go to the home page',
  },
};
