import type { FeatureStrings } from '../../i18n/types.ts';
import { errorStrings } from './errorStrings.ts';

const vi = {
  appName: 'Roundtable',
  actions: {
    save: 'Lưu',
    saving: 'Đang lưu…',
    cancel: 'Hủy',
    edit: 'Sửa',
    remove: 'Xóa',
    reload: 'Tải lại trang',
  },
  roles: {
    guest: 'Khách',
    secretariat: 'Ban thư ký',
    chair: 'Chủ tọa',
    delegate: 'Đại biểu',
    projector: 'Màn hình chiếu',
    checkin: 'Bàn điểm danh',
  },
  screens: {
    tablet: 'Máy tính bảng đại biểu',
    console: 'Bàn điều khiển chủ tọa',
    secretariat: 'Ban thư ký',
    checkin: 'Bàn điểm danh',
    projector: 'Màn hình chiếu',
  },
  status: {
    draft: 'Bản nháp',
    published: 'Đã công bố',
    closed: 'Đã kết thúc',
  },
  loading: 'Đang tải…',
  copy: {
    action: 'Sao chép',
    done: 'Đã sao chép',
    manual: 'Đã chọn sẵn: nhấn Ctrl+C (hoặc giữ rồi chọn Sao chép) để sao chép.',
  },
  errors: errorStrings.vi,
};

export const strings: FeatureStrings<typeof vi> = {
  vi,
  en: {
    appName: 'Roundtable',
    actions: {
      save: 'Save',
      saving: 'Saving…',
      cancel: 'Cancel',
      edit: 'Edit',
      remove: 'Remove',
      reload: 'Reload the page',
    },
    roles: {
      guest: 'Guest',
      secretariat: 'Secretariat',
      chair: 'Chair',
      delegate: 'Delegate',
      projector: 'Projector',
      checkin: 'Check-in desk',
    },
    screens: {
      tablet: 'Delegate tablet',
      console: 'Chair console',
      secretariat: 'Secretariat',
      checkin: 'Check-in desk',
      projector: 'Projector',
    },
    status: {
      draft: 'Draft',
      published: 'Published',
      closed: 'Closed',
    },
    loading: 'Loading…',
    copy: {
      action: 'Copy',
      done: 'Copied',
      manual: 'Selected: press Ctrl+C (or hold and choose Copy) to copy it.',
    },
    errors: errorStrings.en,
  },
};
