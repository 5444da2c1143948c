import type { FeatureStrings } from '../../i18n/types.ts';

const vi = {
  title: {
    motion: 'Biểu quyết',
    election: 'Phiếu bầu',
  },
  secretNote: 'Bỏ phiếu kín: không ai, kể cả chủ tọa, biết bạn đã chọn gì.',
  namedNote: 'Biểu quyết công khai: lựa chọn của bạn được ghi theo tên.',
  mayChange: 'Bạn có thể đổi lựa chọn cho đến khi kết thúc biểu quyết.',
  final: 'Sau khi xác nhận, phiếu không sửa được nữa.',
  choose: 'Chọn một phương án:',
  confirm: {
    question: 'Bạn chọn:',
    send: 'Xác nhận biểu quyết',
    sendBallot: 'Xác nhận bỏ phiếu',
    again: 'Chọn lại',
  },
  sending: 'Đang gửi phiếu tới máy chủ phòng họp…',
  recorded: {
    title: 'Phiếu của bạn đã được ghi nhận',
    answer: 'Bạn đã chọn: {{answer}}',
    secret: 'Nội dung phiếu kín không hiển thị ở đây.',
    paper: 'Bạn đã biểu quyết bằng phiếu giấy.',
    change: 'Đổi lựa chọn',
    waiting: 'Kết quả sẽ hiện khi chủ tọa kết thúc biểu quyết.',
  },
  failed: {
    notRecorded: 'Phiếu CHƯA được ghi nhận.',
    noAnswer: 'Máy chủ phòng họp không trả lời. Hãy gửi lại: phiếu không bao giờ bị tính hai lần.',
    retry: 'Gửi lại',
  },
  offline: {
    title: 'Không thể biểu quyết lúc này',
    text: 'Máy tính bảng đang mất kết nối với máy chủ phòng họp. Phiếu chỉ được ghi nhận khi máy chủ xác nhận; hãy đợi kết nối lại hoặc báo ban thư ký để bỏ phiếu giấy.',
  },
  notPresent: {
    title: 'Bạn chưa điểm danh',
    text: 'Chỉ đại biểu đã điểm danh mới biểu quyết được. Hãy điểm danh tại bàn đón tiếp.',
  },
  timeUp: 'Đã hết thời gian biểu quyết.',
  checking: 'Đang kiểm tra phiếu của bạn…',
  election: {
    instructions_one: 'Giữ tên người bạn bầu, gạch tên người bạn không bầu. Giữ nhiều nhất {{count}} tên.',
    instructions_other: 'Giữ tên người bạn bầu, gạch tên người bạn không bầu. Giữ nhiều nhất {{count}} tên.',
    keep: 'Giữ',
    strike: 'Gạch',
    kept: 'Đang giữ {{kept}}/{{seats}} tên',
    tooMany_one: 'Giữ quá số lượng cần bầu: hãy gạch thêm {{count}} tên.',
    tooMany_other: 'Giữ quá số lượng cần bầu: hãy gạch thêm {{count}} tên.',
    blank: 'Bạn đã gạch hết tên: đây là phiếu trắng.',
    next: 'Tiếp tục',
    review: 'Bạn bầu:',
    none: 'Không bầu ai (phiếu trắng).',
    markFor: '{{name}}: giữ hoặc gạch tên',
  },
  result: {
    title: 'Kết quả',
    close: 'Về chương trình họp',
  },
  strip: {
    open: 'Quay lại phiếu',
    voted: 'Bạn đã biểu quyết',
    toMeeting: 'Xem tài liệu',
  },
};

export const strings: FeatureStrings<typeof vi> = {
  vi,
  en: {
    title: {
      motion: 'Vote',
      election: 'Ballot',
    },
    secretNote: 'Secret ballot: nobody, the chair included, knows what you chose.',
    namedNote: 'Named vote: your choice is recorded against your name.',
    mayChange: 'You may change your choice until the vote closes.',
    final: 'Once confirmed, the ballot cannot be changed.',
    choose: 'Choose one:',
    confirm: {
      question: 'You chose:',
      send: 'Confirm my vote',
      sendBallot: 'Cast my ballot',
      again: 'Choose again',
    },
    sending: 'Sending your vote to the meeting hub…',
    recorded: {
      title: 'Your vote is recorded',
      answer: 'You chose: {{answer}}',
      secret: 'A secret ballot’s content is not shown here.',
      paper: 'You voted on paper.',
      change: 'Change my choice',
      waiting: 'The result appears when the chair closes the vote.',
    },
    failed: {
      notRecorded: 'Your vote is NOT recorded.',
      noAnswer: 'The meeting hub did not answer. Send it again: a vote is never counted twice.',
      retry: 'Send again',
    },
    offline: {
      title: 'You cannot vote right now',
      text: 'This tablet has lost its connection to the meeting hub. A vote counts only once the hub confirms it; wait for the connection or ask the secretariat for a paper ballot.',
    },
    notPresent: {
      title: 'You are not checked in',
      text: 'Only delegates who have checked in can vote. Please check in at the desk.',
    },
    timeUp: 'The time for voting is over.',
    checking: 'Checking your vote…',
    election: {
      instructions_one: 'Keep the name you elect, strike the names you do not. Keep at most {{count}} name.',
      instructions_other: 'Keep the names you elect, strike the names you do not. Keep at most {{count}} names.',
      keep: 'Keep',
      strike: 'Strike',
      kept: 'Keeping {{kept}} of {{seats}}',
      tooMany_one: 'More names kept than seats: strike {{count}} more.',
      tooMany_other: 'More names kept than seats: strike {{count}} more.',
      blank: 'You struck every name: this is a blank ballot.',
      next: 'Continue',
      review: 'You elect:',
      none: 'Nobody (a blank ballot).',
      markFor: '{{name}}: keep or strike',
    },
    result: {
      title: 'Result',
      close: 'Back to the agenda',
    },
    strip: {
      open: 'Back to the ballot',
      voted: 'You have voted',
      toMeeting: 'See the documents',
    },
  },
};
