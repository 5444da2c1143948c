import type { FeatureStrings } from '../../i18n/types.ts';

const vi = {
  now: 'Đang thảo luận',
  next: 'Tiếp theo',
  waiting: 'Phiên họp sắp bắt đầu',
  finished: 'Đã hết chương trình nghị sự',
};

export const strings: FeatureStrings<typeof vi> = {
  vi,
  en: {
    now: 'Under discussion',
    next: 'Next',
    waiting: 'The session will begin shortly',
    finished: 'End of the agenda',
  },
};
