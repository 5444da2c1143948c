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
  rules: {
    moreYesThanNo: 'Số tán thành nhiều hơn số không tán thành (không tính phiếu không biểu quyết)',
    halfOfAllVotes: 'Quá một nửa số phiếu biểu quyết (tính cả phiếu không biểu quyết)',
    halfOfPresent: 'Quá một nửa số đại biểu có mặt',
    halfOfConvened: 'Quá một nửa tổng số đại biểu được triệu tập (Điều lệ Đảng)',
    twoThirdsOfYesNo: 'Từ hai phần ba số phiếu tán thành và không tán thành trở lên',
    twoThirdsOfPresent: 'Từ hai phần ba số đại biểu có mặt trở lên',
    twoThirdsOfConvened: 'Từ hai phần ba tổng số đại biểu được triệu tập trở lên',
  },
  bases: {
    convened: 'Quá một nửa tổng số đại biểu được triệu tập (Điều lệ Đảng)',
    validBallots: 'Quá một nửa số phiếu hợp lệ',
  },
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
    rules: {
      moreYesThanNo: 'More yes than no votes (abstentions not counted)',
      halfOfAllVotes: 'More than half of the votes cast (abstentions counted)',
      halfOfPresent: 'More than half of the delegates present',
      halfOfConvened: 'More than half of all delegates convened (Party statute)',
      twoThirdsOfYesNo: 'At least two thirds of the yes and no votes',
      twoThirdsOfPresent: 'At least two thirds of the delegates present',
      twoThirdsOfConvened: 'At least two thirds of all delegates convened',
    },
    bases: {
      convened: 'More than half of all delegates convened (Party statute)',
      validBallots: 'More than half of the valid ballots',
    },
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
  },
};
