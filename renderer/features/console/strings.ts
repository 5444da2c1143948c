import type { FeatureStrings } from '../../i18n/types.ts';

const vi = {
  agendaHint: 'Bấm vào một mục để chuyển cả phòng họp sang mục đó.',
  previous: 'Mục trước',
  next: 'Mục tiếp theo',
  start: 'Bắt đầu mục đầu tiên',
  stop: 'Dừng thảo luận',
  stopHint: 'Không mục nào được hiện là đang thảo luận',
  changing: 'Đang chuyển mục…',
  planned: 'Thời lượng dự kiến',
  delegates: 'Đại biểu',
  delegatesOnList: 'có tên trong danh sách',
  documents: 'Tài liệu',
  meeting: 'Cuộc họp',
  endOfAgenda: 'Đây là mục cuối cùng',
  startOfAgenda: 'Đây là mục đầu tiên',
  keysHint: 'Phím tắt: → hoặc Page Down sang mục tiếp theo, ← hoặc Page Up về mục trước.',
};

export const strings: FeatureStrings<typeof vi> = {
  vi,
  en: {
    agendaHint: 'Click an item to move the whole room to it.',
    previous: 'Previous item',
    next: 'Next item',
    start: 'Start the first item',
    stop: 'Stop discussion',
    stopHint: 'No item is shown as under discussion',
    changing: 'Changing item…',
    planned: 'Planned duration',
    delegates: 'Delegates',
    delegatesOnList: 'on the list',
    documents: 'Documents',
    meeting: 'Meeting',
    endOfAgenda: 'This is the last item',
    startOfAgenda: 'This is the first item',
    keysHint: 'Shortcuts: → or Page Down for the next item, ← or Page Up for the previous one.',
  },
};
