import type { FeatureStrings } from '../../i18n/types.ts';

const vi = {
  title: 'Chương trình nghị sự',
  empty: 'Chương trình nghị sự chưa có mục nào.',
  current: 'Đang thảo luận',
  currentSince: 'Đang thảo luận từ {{time}}',
  noCurrent: 'Chưa thảo luận mục nào',
  noCurrentHint: 'Khi chủ tọa bắt đầu một mục, mục đó sẽ hiện ở đây.',
  next: 'Tiếp theo',
  previous: 'Trước đó',
  duration_one: '{{count}} phút',
  duration_other: '{{count}} phút',
  itemLabel: 'Mục {{number}}: {{title}}',
};

export const strings: FeatureStrings<typeof vi> = {
  vi,
  en: {
    title: 'Agenda',
    empty: 'The agenda has no items yet.',
    current: 'Under discussion',
    currentSince: 'Under discussion since {{time}}',
    noCurrent: 'No item under discussion',
    noCurrentHint: 'When the chair opens an item, it appears here.',
    next: 'Next',
    previous: 'Previous',
    duration_one: '{{count}} minute',
    duration_other: '{{count}} minutes',
    itemLabel: 'Item {{number}}: {{title}}',
  },
};
