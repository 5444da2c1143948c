import type { FeatureStrings } from '../../i18n/types.ts';

const vi = {
  opening: 'Đang mở cuộc họp…',
  notFoundTitle: 'Không tìm thấy cuộc họp',
  notPublishedTitle: 'Cuộc họp chưa được phát hành',
  notPublishedBody: 'Ban thư ký đang chuẩn bị tài liệu cuộc họp. Màn hình này sẽ tự mở cuộc họp khi tài liệu được phát hành.',
  notFoundBody: 'Máy chủ phòng họp không có cuộc họp mã “{{id}}”. Hãy kiểm tra lại địa chỉ hoặc hỏi Ban thư ký.',
  failedTitle: 'Chưa mở được cuộc họp',
  backHome: 'Chọn cuộc họp khác',
  noPlace: 'Chưa có địa điểm',
  date: 'Ngày họp',
  place: 'Địa điểm',
  status: 'Trạng thái',
};

export const strings: FeatureStrings<typeof vi> = {
  vi,
  en: {
    opening: 'Opening the meeting…',
    notFoundTitle: 'Meeting not found',
    notPublishedTitle: 'The meeting is not published yet',
    notPublishedBody: 'The secretariat is still preparing this meeting’s documents. This screen opens the meeting by itself once they are published.',
    notFoundBody: 'The meeting hub has no meeting with the id “{{id}}”. Check the address or ask the secretariat.',
    failedTitle: 'The meeting could not be opened yet',
    backHome: 'Choose another meeting',
    noPlace: 'No place set',
    date: 'Date',
    place: 'Place',
    status: 'Status',
  },
};
