import type { FeatureStrings } from '../../i18n/types.ts';

const vi = {
  now: 'Đang thảo luận',
  waiting: 'Phiên họp chưa bắt đầu',
  waitingHint: 'Màn hình sẽ tự chuyển khi chủ tọa bắt đầu một mục.',
  showCurrent: 'Xem mục đang thảo luận',
  chooseItem: 'Chọn một mục trong chương trình nghị sự để xem tài liệu.',
  isCurrent: 'Mục này đang được thảo luận',
};

export const strings: FeatureStrings<typeof vi> = {
  vi,
  en: {
    now: 'Under discussion',
    waiting: 'The session has not started',
    waitingHint: 'This screen follows by itself when the chair opens an item.',
    showCurrent: 'Show the current item',
    chooseItem: 'Choose an agenda item to see its documents.',
    isCurrent: 'This item is under discussion',
  },
};
