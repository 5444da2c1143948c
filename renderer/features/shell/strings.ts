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
  display: {
    title: 'Cỡ chữ và độ tương phản',
    largeText: 'Chữ lớn',
    highContrast: 'Tương phản cao',
  },
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
    display: {
      title: 'Text size and contrast',
      largeText: 'Large text',
      highContrast: 'High contrast',
    },
  },
};
