import { RULE_WORDS } from '../../../shared/domain/votes/rule-words.ts';
import type { FeatureStrings } from '../../i18n/types.ts';

// The words of votes and elections every screen shares: kinds, ballots, rules, counts, outcomes.
const vi = {
  kind: {
    motion: 'Biểu quyết',
    election: 'Bầu cử',
  },
  ballot: {
    named: 'Biểu quyết công khai',
    secret: 'Bỏ phiếu kín',
  },
  status: {
    prepared: 'Đã chuẩn bị',
    open: 'Đang biểu quyết',
    closed: 'Đã kết thúc',
  },
  openNow: {
    motion: 'Đang biểu quyết',
    election: 'Đang bỏ phiếu bầu cử',
  },
  round: 'Vòng {{round}}',
  seats_one: 'Bầu {{count}} người',
  seats_other: 'Bầu {{count}} người',
  voted: 'đã biểu quyết',
  votedOf: '{{voted}}/{{entitled}}',
  countdown: {
    left: 'Còn lại',
    over: 'Hết giờ',
  },
  rules: RULE_WORDS.vi.rules,
  bases: RULE_WORDS.vi.bases,
  passed: 'Thông qua',
  failed: 'Không thông qua',
  outcomes: {
    elected: 'Trúng cử',
    tied: 'Bằng phiếu',
    beyondSeats: 'Ngoài số lượng cần bầu',
    notElected: 'Không trúng cử',
  },
  chart: {
    motion: 'Kết quả biểu quyết',
    election: 'Kết quả bầu cử',
    threshold: 'Cần {{needed}}',
  },
  override: 'Mở khi chưa đủ số lượng đại biểu (thiếu {{missing}}): {{reason}}',
  voters: {
    open: {
      motion: 'Danh sách đã biểu quyết',
      election: 'Danh sách đã bỏ phiếu',
    },
    title: {
      motion: 'Đại biểu đã biểu quyết',
      election: 'Đại biểu đã bỏ phiếu',
    },
    count_one: '{{count}} đại biểu, trong đó {{paper}} bằng phiếu giấy',
    count_other: '{{count}} đại biểu, trong đó {{paper}} bằng phiếu giấy',
    search: 'Tìm theo tên hoặc số ghế',
    shown: 'Hiển thị {{shown}}/{{total}}',
    seat: 'Ghế',
    name: 'Họ và tên',
    how: 'Hình thức',
    choice: 'Nội dung',
    tablet: 'Máy tính bảng',
    paper: 'Phiếu giấy',
    kept: 'Giữ tên: {{names}}',
    blank: 'Phiếu trắng (gạch hết tên)',
    invalid: 'Phiếu không hợp lệ',
    secretNote: 'Bỏ phiếu kín: danh sách chỉ ghi ai đã bỏ phiếu, không ghi nội dung phiếu.',
    notYet: 'Nội dung từng phiếu chỉ được công bố khi kết thúc.',
    none: 'Chưa có đại biểu nào.',
    noMatch: 'Không có ai khớp với “{{query}}”.',
    loading: 'Đang tải danh sách…',
    close: 'Đóng',
  },
};

export const strings: FeatureStrings<typeof vi> = {
  vi,
  en: {
    kind: {
      motion: 'Vote',
      election: 'Election',
    },
    ballot: {
      named: 'Named vote',
      secret: 'Secret ballot',
    },
    status: {
      prepared: 'Prepared',
      open: 'Voting',
      closed: 'Closed',
    },
    openNow: {
      motion: 'Voting now',
      election: 'Election under way',
    },
    round: 'Round {{round}}',
    seats_one: '{{count}} seat',
    seats_other: '{{count}} seats',
    voted: 'have voted',
    votedOf: '{{voted}} of {{entitled}}',
    countdown: {
      left: 'Time left',
      over: 'Time is up',
    },
    rules: RULE_WORDS.en.rules,
    bases: RULE_WORDS.en.bases,
    passed: 'Passed',
    failed: 'Failed',
    outcomes: {
      elected: 'Elected',
      tied: 'Tied',
      beyondSeats: 'Beyond the seats',
      notElected: 'Not elected',
    },
    chart: {
      motion: 'Result of the vote',
      election: 'Result of the election',
      threshold: '{{needed}} needed',
    },
    override: 'Opened without the quorum ({{missing}} missing): {{reason}}',
    voters: {
      open: {
        motion: 'Who voted',
        election: 'Who voted',
      },
      title: {
        motion: 'Delegates who voted',
        election: 'Delegates who cast a ballot',
      },
      count_one: '{{count}} delegate, {{paper}} of them on paper',
      count_other: '{{count}} delegates, {{paper}} of them on paper',
      search: 'Find by name or seat',
      shown: 'Showing {{shown}} of {{total}}',
      seat: 'Seat',
      name: 'Name',
      how: 'How',
      choice: 'Vote',
      tablet: 'Tablet',
      paper: 'Paper',
      kept: 'Kept: {{names}}',
      blank: 'Blank (every name struck)',
      invalid: 'Invalid ballot',
      secretNote: 'Secret ballot: the list says who voted, never what.',
      notYet: 'What each delegate voted is disclosed only at the close.',
      none: 'Nobody yet.',
      noMatch: 'Nobody matches “{{query}}”.',
      loading: 'Loading the list…',
      close: 'Close',
    },
  },
};
