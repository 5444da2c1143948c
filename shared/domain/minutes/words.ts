import type { AttendanceStatus, ElectionBase, MajorityRule } from '../../protocol/model.ts';
import type { ResultLocale } from '../votes/locale.ts';
import { RULE_WORDS } from '../votes/rule-words.ts';

/**
 * The minutes' own words, in Vietnamese and English: headings, column names, labels. The decisions themselves are the
 * words the hub froze at each close (MotionResult.words, ElectionResult.words), never written again here.
 */
export interface MinutesWords {
  /** The national motto (state bodies, Decree 30/2020) or the Party's name (Party bodies), as the header's right column. */
  motto: { state: readonly [string, string]; party: readonly [string] };
  number: string;
  title: string;
  draft: string;
  draftNote: string;
  date(day: string, month: string, year: string): string;
  facts: { meeting: string; id: string; place: string; date: string; published: string; ended: string; status: string; convened: string };
  statuses: { draft: string; published: string; closed: string };
  attendance: { heading: string; columns: readonly string[]; summary(convened: string, present: string, absent: string, excused: string, left: string | null): string };
  attendanceStatus: Record<AttendanceStatus, string>;
  left(time: string): string;
  agenda: { heading: string; columns: readonly string[]; none: string };
  minutes(n: number): string;
  speakers: { heading: string; columns: readonly string[]; none: string; pointOfOrder: string; speech: string; withdrawn: string; waiting: string; speaking: string };
  votes: { heading: string; none: string; motion: string; election: string; round(n: number): string; item: string; noItem: string };
  ballot: { named: string; secret: string };
  voteFacts: { ballot: string; rule: string; opened: string; closed: string; counts: string; paper: string; result: string; note: string; override(reason: string, by: string, missing: number): string; seats: string; ballots: string; stillOpen: string };
  rules: Record<MajorityRule, string>;
  bases: Record<ElectionBase, string>;
  voterColumns: { named: readonly string[]; secret: readonly string[]; election: readonly string[] };
  how: { tablet: string; paper: string };
  kept: string;
  noneKept: string;
  audit: { heading: string; text(seq: number): string; check: string; none: string };
  signatures: { secretary: string; chair: string; sign: string };
  page(current: number, total: number): string;
}

const VI: MinutesWords = {
  motto: { state: ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'], party: ['ĐẢNG CỘNG SẢN VIỆT NAM'] },
  number: 'Số:        /BB',
  title: 'BIÊN BẢN',
  draft: 'DỰ THẢO',
  draftNote: 'Dự thảo: cuộc họp chưa kết thúc, biên bản này chưa phải bản cuối cùng.',
  date: (d, m, y) => `ngày ${d} tháng ${m} năm ${y}`,
  facts: {
    meeting: 'Cuộc họp',
    id: 'Mã cuộc họp',
    place: 'Địa điểm',
    date: 'Ngày họp',
    published: 'Bắt đầu (công bố)',
    ended: 'Kết thúc',
    status: 'Trạng thái',
    convened: 'Số đại biểu được triệu tập',
  },
  statuses: { draft: 'Bản nháp', published: 'Đang họp', closed: 'Đã kết thúc' },
  attendance: {
    heading: 'I. THÀNH PHẦN THAM DỰ',
    columns: ['STT', 'Ghế', 'Họ và tên', 'Chức vụ, đơn vị', 'Tình trạng', 'Giờ điểm danh'],
    summary: (convened, present, absent, excused, left) =>
      `Tổng số đại biểu được triệu tập: ${convened}; có mặt: ${present}; vắng mặt: ${absent} (trong đó có lý do: ${excused})${left ? `; đã rời cuộc họp: ${left}` : ''}.`,
  },
  attendanceStatus: { present: 'Có mặt', absent: 'Vắng', excused: 'Vắng có lý do' },
  left: (time) => `Đã rời lúc ${time}`,
  agenda: { heading: 'II. NỘI DUNG VÀ THỜI GIAN', columns: ['Mục', 'Nội dung', 'Dự kiến', 'Thực tế'], none: 'Chương trình chưa có mục nào.' },
  minutes: (n) => `${n} phút`,
  speakers: {
    heading: 'III. Ý KIẾN PHÁT BIỂU',
    columns: ['STT', 'Mục', 'Họ và tên', 'Ghế', 'Loại', 'Bắt đầu', 'Thời lượng'],
    none: 'Không có đại biểu phát biểu.',
    pointOfOrder: 'Kiến nghị về thủ tục',
    speech: 'Phát biểu',
    withdrawn: 'Rút đăng ký',
    waiting: 'Đang chờ',
    speaking: 'Đang phát biểu',
  },
  votes: { heading: 'IV. BIỂU QUYẾT VÀ BẦU CỬ', none: 'Không có biểu quyết hay bầu cử nào.', motion: 'Biểu quyết', election: 'Bầu cử', round: (n) => `vòng ${n}`, item: 'Mục', noItem: 'Ngoài chương trình' },
  ballot: { named: 'Biểu quyết công khai (ghi danh)', secret: 'Bỏ phiếu kín' },
  voteFacts: {
    ballot: 'Hình thức',
    rule: 'Điều kiện thông qua',
    opened: 'Bắt đầu',
    closed: 'Kết thúc',
    counts: 'Kết quả kiểm phiếu',
    paper: 'Trong đó bằng phiếu giấy',
    result: 'Kết quả',
    note: 'Ghi chú',
    override: (reason, by, missing) => `Mở khi chưa đủ số đại biểu theo quy định (thiếu ${missing}), do ${by} quyết định: ${reason}`,
    seats: 'Số lượng cần bầu',
    ballots: 'Phiếu bầu',
    stillOpen: 'Đang biểu quyết: chưa có kết quả.',
  },
  rules: RULE_WORDS.vi.rules,
  bases: RULE_WORDS.vi.bases,
  voterColumns: {
    named: ['STT', 'Ghế', 'Họ và tên', 'Biểu quyết', 'Cách bỏ phiếu'],
    secret: ['STT', 'Ghế', 'Họ và tên', 'Cách bỏ phiếu'],
    election: ['STT', 'Ghế', 'Họ và tên', 'Bầu cho', 'Cách bỏ phiếu'],
  },
  how: { tablet: 'Máy tính bảng', paper: 'Phiếu giấy' },
  kept: 'Giữ tên',
  noneKept: 'Gạch hết tên',
  audit: {
    heading: 'V. XÁC THỰC',
    text: (seq) => `Mã băm đầu nhật ký kiểm toán (mục ${seq}), bao gồm mọi thao tác của cuộc họp đến thời điểm lập biên bản:`,
    check: 'Kiểm tra: npm run cli -- audit verify --data <thư mục dữ liệu> --head <mã băm>',
    none: 'Nhật ký kiểm toán chưa có mục nào.',
  },
  signatures: { secretary: 'THƯ KÝ', chair: 'CHỦ TỌA', sign: '(Ký, ghi rõ họ tên)' },
  page: (c, t) => `Trang ${c}/${t}`,
};

const EN: MinutesWords = {
  motto: { state: ['SOCIALIST REPUBLIC OF VIET NAM', 'Independence - Freedom - Happiness'], party: ['COMMUNIST PARTY OF VIET NAM'] },
  number: 'No.:        /BB',
  title: 'MINUTES',
  draft: 'DRAFT',
  draftNote: 'Draft: the meeting has not ended; these are not the final minutes.',
  date: (d, m, y) => `${d}/${m}/${y}`,
  facts: {
    meeting: 'Meeting',
    id: 'Meeting id',
    place: 'Place',
    date: 'Date',
    published: 'Started (published)',
    ended: 'Ended',
    status: 'Status',
    convened: 'Delegates convened',
  },
  statuses: { draft: 'Draft', published: 'In session', closed: 'Ended' },
  attendance: {
    heading: 'I. ATTENDANCE',
    columns: ['No.', 'Seat', 'Full name', 'Title, organisation', 'Status', 'Checked in'],
    summary: (convened, present, absent, excused, left) =>
      `Delegates convened: ${convened}; present: ${present}; absent: ${absent} (of whom excused: ${excused})${left ? `; left the meeting: ${left}` : ''}.`,
  },
  attendanceStatus: { present: 'Present', absent: 'Absent', excused: 'Excused' },
  left: (time) => `Left at ${time}`,
  agenda: { heading: 'II. AGENDA AND TIME', columns: ['Item', 'Title', 'Planned', 'Actual'], none: 'The agenda has no items.' },
  minutes: (n) => `${n} min`,
  speakers: {
    heading: 'III. SPEAKERS',
    columns: ['No.', 'Item', 'Full name', 'Seat', 'Kind', 'Started', 'Duration'],
    none: 'Nobody spoke.',
    pointOfOrder: 'Point of order',
    speech: 'Speech',
    withdrawn: 'Withdrawn',
    waiting: 'Waiting',
    speaking: 'Speaking',
  },
  votes: { heading: 'IV. VOTES AND ELECTIONS', none: 'No vote or election was held.', motion: 'Motion', election: 'Election', round: (n) => `round ${n}`, item: 'Item', noItem: 'Outside the agenda' },
  ballot: { named: 'Named vote', secret: 'Secret ballot' },
  voteFacts: {
    ballot: 'Ballot',
    rule: 'Passes when',
    opened: 'Opened',
    closed: 'Closed',
    counts: 'Counts',
    paper: 'Of which on paper',
    result: 'Result',
    note: 'Note',
    override: (reason, by, missing) => `Opened without the quorum (${missing} missing), decided by ${by}: ${reason}`,
    seats: 'Seats',
    ballots: 'Ballots',
    stillOpen: 'Voting in progress: no result yet.',
  },
  rules: RULE_WORDS.en.rules,
  bases: RULE_WORDS.en.bases,
  voterColumns: {
    named: ['No.', 'Seat', 'Full name', 'Vote', 'How'],
    secret: ['No.', 'Seat', 'Full name', 'How'],
    election: ['No.', 'Seat', 'Full name', 'Voted for', 'How'],
  },
  how: { tablet: 'Tablet', paper: 'Paper' },
  kept: 'Kept',
  noneKept: 'Every name struck',
  audit: {
    heading: 'V. AUTHENTICATION',
    text: (seq) => `Head hash of the audit log (entry ${seq}), covering every action of the meeting up to when these minutes were made:`,
    check: 'To check: npm run cli -- audit verify --data <data folder> --head <hash>',
    none: 'The audit log has no entries yet.',
  },
  signatures: { secretary: 'SECRETARY', chair: 'CHAIR', sign: '(Signature and full name)' },
  page: (c, t) => `Page ${c} of ${t}`,
};

export const MINUTES_WORDS: Readonly<Record<ResultLocale, MinutesWords>> = { vi: VI, en: EN };
