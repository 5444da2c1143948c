import type { FeatureStrings } from '../../i18n/types.ts';

const vi = {
  title: 'Tài liệu',
  ofItem: 'Tài liệu của mục {{number}}',
  general: 'Tài liệu chung của cuộc họp',
  none: 'Mục này chưa có tài liệu.',
  noneGeneral: 'Chưa có tài liệu chung.',
  pages_one: '{{count}} trang',
  pages_other: '{{count}} trang',
  count_one: '{{count}} tài liệu',
  count_other: '{{count}} tài liệu',
  access: {
    staff: 'Chỉ chủ tọa và Ban thư ký',
    groups: 'Nhóm: {{groups}}',
  },
  open: 'Đọc',
  openTitle: 'Mở tài liệu “{{title}}”',
  offline: 'Có trên máy',
  offlineTitle: 'Đã lưu trên máy này: đọc được cả khi mất mạng',
  updated: 'Đã cập nhật',
  updatedTitle: 'Ban thư ký đã thay bằng phiên bản {{version}}; bạn chưa mở bản này',
};

export const strings: FeatureStrings<typeof vi> = {
  vi,
  en: {
    title: 'Documents',
    ofItem: 'Documents of item {{number}}',
    general: 'General meeting documents',
    none: 'This item has no documents yet.',
    noneGeneral: 'No general documents yet.',
    pages_one: '{{count}} page',
    pages_other: '{{count}} pages',
    count_one: '{{count}} document',
    count_other: '{{count}} documents',
    access: {
      staff: 'Chair and secretariat only',
      groups: 'Groups: {{groups}}',
    },
    open: 'Read',
    openTitle: 'Open the document “{{title}}”',
    offline: 'On this device',
    offlineTitle: 'Kept on this device: readable even without the network',
    updated: 'Updated',
    updatedTitle: 'The secretariat replaced it with version {{version}}; you have not opened it yet',
  },
};
