import type { FeatureStrings } from '../../i18n/types.ts';

const vi = {
  now: 'Đang thảo luận',
  next: 'Tiếp theo',
  waiting: 'Phiên họp sắp bắt đầu',
  finished: 'Đã hết chương trình nghị sự',
  attendance: {
    present: 'Có mặt {{present}}/{{members}}',
    reached: 'Đủ số lượng',
    notReached: 'Chưa đủ số lượng (cần {{required}})',
  },
};

export const strings: FeatureStrings<typeof vi> = {
  vi,
  en: {
    now: 'Under discussion',
    next: 'Next',
    waiting: 'The session will begin shortly',
    finished: 'End of the agenda',
    attendance: {
      present: 'Present {{present}}/{{members}}',
      reached: 'Quorum reached',
      notReached: 'No quorum yet (needs {{required}})',
    },
  },
};
