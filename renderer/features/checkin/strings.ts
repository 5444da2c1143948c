import type { FeatureStrings } from '../../i18n/types.ts';

const vi = {
  search: 'Tìm đại biểu',
  searchPlaceholder: 'Họ tên, đơn vị, nhóm hoặc số ghế — gõ có dấu hay không dấu đều được',
  clear: 'Xóa tìm kiếm',
  shown: 'Hiển thị {{shown}} / {{total}} đại biểu',
  none: 'Không có đại biểu nào khớp với “{{query}}”.',
  empty: 'Danh sách đại biểu của cuộc họp này còn trống.',
  columns: {
    seat: 'Ghế',
    name: 'Họ và tên',
    organisation: 'Đơn vị',
    group: 'Đoàn / nhóm',
  },
};

export const strings: FeatureStrings<typeof vi> = {
  vi,
  en: {
    search: 'Find a delegate',
    searchPlaceholder: 'Name, organisation, group or seat — with or without accents',
    clear: 'Clear the search',
    shown: 'Showing {{shown}} of {{total}} delegates',
    none: 'No delegate matches “{{query}}”.',
    empty: 'This meeting has no delegates on its list yet.',
    columns: {
      seat: 'Seat',
      name: 'Full name',
      organisation: 'Organisation',
      group: 'Delegation / group',
    },
  },
};
