import type { Answer } from '../../protocol/model.ts';
import { agendaNumbers } from '../agenda.ts';
import type { ResultLocale } from '../votes/locale.ts';
import { heldVotes } from './held.ts';
import { nfcDeep } from './nfc.ts';
import { bySeat } from './model.ts';
import type { MinutesSource } from './source.ts';
import { sheetDateTime } from './time.ts';
import { MINUTES_WORDS } from './words.ts';

/**
 * The minutes' spreadsheets, as rows (the first the header): attendance, speakers, votes (one row per vote or round)
 * and voters (one row per delegate who voted in each). Times on the room's clock, sortable; counts as plain numbers.
 */
export type SheetName = 'attendance' | 'speakers' | 'votes' | 'voters';
export const SHEET_NAMES: readonly SheetName[] = ['attendance', 'speakers', 'votes', 'voters'];
export const isSheetName = (name: string | undefined): name is SheetName => (SHEET_NAMES as readonly string[]).includes(name ?? '');

interface SheetWords {
  attendance: readonly string[];
  speakers: readonly string[];
  votes: readonly string[];
  voters: readonly string[];
  kind: { motion: string; election: string };
  status: Record<'waiting' | 'speaking' | 'done' | 'withdrawn', string>;
}

const SHEET_WORDS: Record<ResultLocale, SheetWords> = {
  vi: {
    attendance: ['Ghế', 'Họ và tên', 'Chức vụ', 'Đơn vị', 'Nhóm', 'Tình trạng', 'Giờ điểm danh', 'Giờ rời'],
    speakers: ['Mục', 'Họ và tên', 'Ghế', 'Loại', 'Tình trạng', 'Giờ đăng ký', 'Giờ bắt đầu', 'Giờ kết thúc'],
    votes: ['STT', 'Loại', 'Mục', 'Tiêu đề', 'Vòng', 'Hình thức', 'Điều kiện', 'Bắt đầu', 'Kết thúc', 'Tán thành', 'Không tán thành', 'Không biểu quyết', 'Phiếu hợp lệ', 'Phiếu không hợp lệ', 'Phiếu trắng', 'Trong đó phiếu giấy', 'Kết quả'],
    voters: ['STT', 'Tiêu đề', 'Vòng', 'Ghế', 'Họ và tên', 'Cách bỏ phiếu', 'Biểu quyết / Bầu cho'],
    kind: { motion: 'Biểu quyết', election: 'Bầu cử' },
    status: { waiting: 'Đang chờ', speaking: 'Đang phát biểu', done: 'Đã phát biểu', withdrawn: 'Rút đăng ký' },
  },
  en: {
    attendance: ['Seat', 'Full name', 'Title', 'Organisation', 'Group', 'Status', 'Checked in', 'Left'],
    speakers: ['Item', 'Full name', 'Seat', 'Kind', 'Status', 'Asked', 'Started', 'Ended'],
    votes: ['No.', 'Kind', 'Item', 'Title', 'Round', 'Ballot', 'Passes when', 'Opened', 'Closed', 'Yes', 'No', 'Abstain', 'Valid ballots', 'Invalid ballots', 'Blank ballots', 'Of which on paper', 'Result'],
    voters: ['No.', 'Title', 'Round', 'Seat', 'Full name', 'How', 'Vote / Voted for'],
    kind: { motion: 'Motion', election: 'Election' },
    status: { waiting: 'Waiting', speaking: 'Speaking', done: 'Spoke', withdrawn: 'Withdrawn' },
  },
};

const at = (iso: string | null | undefined, tz: string) => (iso ? sheetDateTime(iso, tz) : '');

export function attendanceSheet(source: MinutesSource, lang: ResultLocale, tz: string): string[][] {
  const w = MINUTES_WORDS[lang];
  const records = new Map(source.attendance.map((a) => [a.id, a]));
  const rows = [...source.delegates].sort(bySeat).map((d) => {
    const r = records.get(d.id);
    return [d.seat, d.fullName, d.title, d.organisation, d.group, w.attendanceStatus[r?.status ?? 'absent'], at(r?.checkedInAt, tz), at(r?.checkedOutAt, tz)];
  });
  return [[...SHEET_WORDS[lang].attendance], ...rows];
}

export function speakersSheet(source: MinutesSource, lang: ResultLocale, tz: string): string[][] {
  const w = MINUTES_WORDS[lang];
  const sw = SHEET_WORDS[lang];
  const numbers = agendaNumbers(source.agenda);
  const delegates = new Map(source.delegates.map((d) => [d.id, d]));
  const rows = [...source.speeches]
    .sort((a, b) => (a.startedAt ?? a.requestedAt).localeCompare(b.startedAt ?? b.requestedAt))
    .map((s) => {
      const d = delegates.get(s.delegateId);
      return [
        s.itemId ? (numbers.get(s.itemId) ?? '') : '',
        d?.fullName ?? s.delegateId,
        d?.seat ?? '',
        s.kind === 'pointOfOrder' ? w.speakers.pointOfOrder : w.speakers.speech,
        sw.status[s.status],
        at(s.requestedAt, tz),
        at(s.startedAt, tz),
        at(s.endedAt, tz),
      ];
    });
  return [[...sw.speakers], ...rows];
}

interface VoteLine {
  row: (n: number) => string[];
  voters: (n: number) => string[][];
}

/** Every vote held, as the minutes order them: one line each, with its voters. */
function voteLines(source: MinutesSource, lang: ResultLocale, tz: string): VoteLine[] {
  const w = MINUTES_WORDS[lang];
  const sw = SHEET_WORDS[lang];
  const numbers = agendaNumbers(source.agenda);
  const item = (id: string | null) => (id ? (numbers.get(id) ?? '') : '');
  const how = (paper: boolean) => (paper ? w.how.paper : w.how.tablet);
  return heldVotes(source).map((v): VoteLine => {
    if (v.kind === 'motion') {
      const { motion: m } = v;
      const r = m.result;
      const answer = (a: Answer | null | undefined) => (a ? m.words[lang][a] : '');
      return {
        row: (n) => [String(n), sw.kind.motion, item(m.itemId), m.title, '', w.ballot[m.ballot], w.rules[m.rule], at(m.openedAt, tz), at(m.closedAt, tz),
          r ? String(r.yes) : '', r ? String(r.no) : '', r ? String(r.abstain) : '', '', '', '',
          r ? String(r.paper.yes + r.paper.no + r.paper.abstain) : '', r ? r.words[lang].result : w.voteFacts.stillOpen],
        voters: (n) => [...v.voters].sort(bySeat).map((x) => [String(n), m.title, '', x.seat, x.fullName, how(x.paper), answer(x.answer)]),
      };
    }
    const { election: e, round } = v;
    const names = new Map(e.candidates.map((c) => [c.id, c.name]));
    const r = round.result;
    const kept = (marks: Readonly<Record<string, string>> | null | undefined) => {
      if (!marks) return '';
      const ids = round.candidates.filter((id) => marks[id] === 'keep');
      return ids.length ? ids.map((id) => names.get(id) ?? id).join('; ') : w.noneKept;
    };
    return {
      row: (n) => [String(n), sw.kind.election, item(e.itemId), e.title, String(round.round), w.ballot[e.ballot], w.bases[e.base], at(round.openedAt, tz), at(round.closedAt, tz),
        '', '', '', r ? String(r.valid) : '', r ? String(r.invalid) : '', r ? String(r.blank) : '',
        r ? String(r.paper.valid + r.paper.invalid + r.paper.blank) : '',
        r ? [r.words[lang].ballots, ...r.words[lang].candidates, r.words[lang].outcome].join('\n') : w.voteFacts.stillOpen],
      voters: (n) => [...v.voters].sort(bySeat).map((x) => [String(n), e.title, String(round.round), x.seat, x.fullName, how(x.paper), kept(x.marks)]),
    };
  });
}

export function votesSheet(source: MinutesSource, lang: ResultLocale, tz: string): string[][] {
  return [[...SHEET_WORDS[lang].votes], ...voteLines(source, lang, tz).map((l, i) => l.row(i + 1))];
}

export function votersSheet(source: MinutesSource, lang: ResultLocale, tz: string): string[][] {
  return [[...SHEET_WORDS[lang].voters], ...voteLines(source, lang, tz).flatMap((l, i) => l.voters(i + 1))];
}

const SHEETS: Record<SheetName, (source: MinutesSource, lang: ResultLocale, tz: string) => string[][]> = {
  attendance: attendanceSheet,
  speakers: speakersSheet,
  votes: votesSheet,
  voters: votersSheet,
};

/** One of the minutes' spreadsheets, every text in NFC. */
export function minutesSheet(name: SheetName, source: MinutesSource, lang: ResultLocale, tz: string): string[][] {
  return nfcDeep(SHEETS[name](source, lang, tz));
}
