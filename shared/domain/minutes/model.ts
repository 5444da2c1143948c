import type { Answer, Attendance, Delegate, Election, ElectionRound, Motion } from '../../protocol/model.ts';
import { agendaNumbers, agendaTree, flattenAgenda } from '../agenda.ts';
import { formatCount, type ResultLocale } from '../votes/locale.ts';
import { heldVotes } from './held.ts';
import { nfcDeep } from './nfc.ts';
import type { MinutesItemTime, MinutesOptions, MinutesSource, MinutesVoter } from './source.ts';
import { clockDateTime, clockTime, durationText } from './time.ts';
import { MINUTES_WORDS, type MinutesWords } from './words.ts';

/**
 * The minutes' content, built from the store's records by one pure function (`buildMinutes`): every sentence and
 * table in the chosen language, in the order the document reads. The PDF (main/hub/minutes/) only lays it out, so
 * what the minutes say is tested here, without a PDF.
 */

export interface MinutesTable {
  columns: readonly string[];
  rows: string[][];
}

export interface MinutesVote {
  /** "2. Bầu cử: Ban Thường vụ (vòng 1)". */
  heading: string;
  /** The agenda item it was voted under: "Mục 2: …", or "Ngoài chương trình". */
  item: string;
  /** A motion's wording put to the vote ('' for none, and for an election). */
  text: string;
  facts: [string, string][];
  /** The counts, one line each; the decision in words, one line each (the words the hub froze at the close). */
  counts: string[];
  result: string[];
  /** Who voted, by seat: for a named vote with what, for a secret ballot only how (tablet or paper). */
  voters: MinutesTable;
}

export interface Minutes {
  lang: ResultLocale;
  /** Minutes of a meeting not yet ended: marked as a draft on every page. */
  draft: boolean;
  header: { kind: MinutesOptions['header']; left: string[]; right: readonly string[]; placeDate: string };
  title: string;
  subtitle: string;
  draftNote: string | null;
  facts: [string, string][];
  attendance: { heading: string; summary: string; table: MinutesTable };
  agenda: { heading: string; table: MinutesTable | null; none: string };
  speakers: { heading: string; table: MinutesTable | null; none: string };
  votes: { heading: string; list: MinutesVote[]; none: string };
  audit: { heading: string; text: string; hash: string | null; check: string };
  signatures: { secretary: string; chair: string; sign: string };
}

/** Seats in the order of the hall (2 before 10), then names in Vietnamese order. */
export const bySeat = <T extends { seat: string; fullName: string }>(a: T, b: T): number =>
  a.seat.localeCompare(b.seat, 'vi', { numeric: true }) || a.fullName.localeCompare(b.fullName, 'vi');

/** The date line of a Vietnamese administrative document: a day below 10 and the months 1 and 2 take a leading zero. */
export function documentDate(lang: ResultLocale, isoDate: string): string {
  const [year = '', month = '', day = ''] = isoDate.split('-');
  const m = Number(month);
  const vi = MINUTES_WORDS.vi.date(day.padStart(2, '0'), m <= 2 ? month.padStart(2, '0') : String(m), year);
  return lang === 'vi' ? vi : MINUTES_WORDS.en.date(day.padStart(2, '0'), month.padStart(2, '0'), year);
}

/** Whole minutes spent on each item (rounded): its finished stretches, and one still running counted until `now`. */
export function itemMinutes(times: readonly MinutesItemTime[], now: string): Map<string, number> {
  return new Map(
    times.map((t) => {
      const running = t.since ? Math.max(0, Date.parse(now) - Date.parse(t.since)) / 1000 : 0;
      return [t.itemId, Math.round((t.spentSeconds + running) / 60)];
    }),
  );
}

interface AttendanceLine {
  delegate: Delegate;
  record: Attendance | undefined;
}

function attendanceStatus(w: MinutesWords, record: Attendance | undefined, tz: string): string {
  if (!record) return w.attendanceStatus.absent;
  if (record.status === 'absent' && record.checkedInAt && record.checkedOutAt) return w.left(clockTime(record.checkedOutAt, tz));
  return w.attendanceStatus[record.status];
}

function attendanceSection(w: MinutesWords, source: MinutesSource, tz: string, lang: ResultLocale): Minutes['attendance'] {
  const records = new Map(source.attendance.map((a) => [a.id, a]));
  const lines: AttendanceLine[] = source.delegates
    .map((delegate) => ({ delegate, record: records.get(delegate.id) }))
    .sort((a, b) => bySeat(a.delegate, b.delegate));
  const present = lines.filter((l) => l.record?.status === 'present').length;
  const excused = lines.filter((l) => l.record?.status === 'excused').length;
  const left = lines.filter((l) => l.record?.status === 'absent' && l.record.checkedInAt).length;
  const n = (v: number) => formatCount(lang, v);
  return {
    heading: w.attendance.heading,
    summary: w.attendance.summary(n(lines.length), n(present), n(lines.length - present), n(excused), left ? n(left) : null),
    table: {
      columns: w.attendance.columns,
      rows: lines.map(({ delegate: d, record }, i) => [
        String(i + 1),
        d.seat,
        d.fullName,
        [d.title, d.organisation].filter(Boolean).join(', '),
        attendanceStatus(w, record, tz),
        record?.checkedInAt ? clockTime(record.checkedInAt, tz) : '',
      ]),
    },
  };
}

function agendaSection(w: MinutesWords, source: MinutesSource, now: string): Minutes['agenda'] {
  const nodes = flattenAgenda(agendaTree(source.agenda));
  const spent = itemMinutes(source.itemTimes, now);
  const table: MinutesTable = {
    columns: w.agenda.columns,
    rows: nodes.map(({ item, number }) => [
      number,
      item.title,
      item.durationMinutes === null ? '' : w.minutes(item.durationMinutes),
      spent.has(item.id) ? w.minutes(spent.get(item.id) ?? 0) : '',
    ]),
  };
  return { heading: w.agenda.heading, table: nodes.length ? table : null, none: w.agenda.none };
}

function speakersSection(w: MinutesWords, source: MinutesSource, tz: string, now: string): Minutes['speakers'] {
  const numbers = agendaNumbers(source.agenda);
  const delegates = new Map(source.delegates.map((d) => [d.id, d]));
  const spoken = source.speeches
    .filter((s): s is typeof s & { startedAt: string } => s.startedAt !== null && (s.status === 'done' || s.status === 'speaking'))
    .sort((a, b) => a.startedAt.localeCompare(b.startedAt));
  const rows = spoken.map((s, i) => {
    const d = delegates.get(s.delegateId);
    return [
      String(i + 1),
      s.itemId ? (numbers.get(s.itemId) ?? '') : '',
      d?.fullName ?? s.delegateId,
      d?.seat ?? '',
      s.kind === 'pointOfOrder' ? w.speakers.pointOfOrder : w.speakers.speech,
      clockTime(s.startedAt, tz),
      durationText(s.startedAt, s.endedAt ?? now),
    ];
  });
  return { heading: w.speakers.heading, table: rows.length ? { columns: w.speakers.columns, rows } : null, none: w.speakers.none };
}

function itemLine(w: MinutesWords, source: MinutesSource, itemId: string | null): string {
  const item = itemId ? source.agenda.find((i) => i.id === itemId) : undefined;
  if (!item || !itemId) return w.votes.noItem;
  return `${w.votes.item} ${agendaNumbers(source.agenda).get(itemId) ?? ''}: ${item.title}`;
}

const how = (w: MinutesWords, v: MinutesVoter) => (v.paper ? w.how.paper : w.how.tablet);

function timeFacts(w: MinutesWords, tz: string, openedAt: string | null, closedAt: string | null, override: Motion['quorumOverride']): [string, string][] {
  const facts: [string, string][] = [];
  if (openedAt) facts.push([w.voteFacts.opened, clockDateTime(openedAt, tz)]);
  if (closedAt) facts.push([w.voteFacts.closed, clockDateTime(closedAt, tz)]);
  if (override) facts.push([w.voteFacts.note, w.voteFacts.override(override.reason, override.by, override.missing)]);
  return facts;
}

function paperTally(lang: ResultLocale, motion: Motion, w: MinutesWords): string | null {
  const paper = motion.result?.paper;
  if (!paper || paper.yes + paper.no + paper.abstain === 0) return null;
  const words = motion.words[lang];
  const n = (v: number) => formatCount(lang, v);
  return `${w.voteFacts.paper}: ${words.yes}: ${n(paper.yes)}; ${words.no}: ${n(paper.no)}; ${words.abstain}: ${n(paper.abstain)}`;
}

function motionVote(w: MinutesWords, lang: ResultLocale, source: MinutesSource, tz: string, motion: Motion, voters: readonly MinutesVoter[], heading: string): MinutesVote {
  const sorted = [...voters].sort(bySeat);
  const answerWord = (a: Answer | null | undefined) => (a ? motion.words[lang][a] : '');
  const named = motion.ballot === 'named';
  const result = motion.result;
  return {
    heading,
    item: itemLine(w, source, motion.itemId),
    text: motion.text,
    facts: [
      [w.voteFacts.ballot, w.ballot[motion.ballot]],
      [w.voteFacts.rule, w.rules[motion.rule]],
      ...timeFacts(w, tz, motion.openedAt, motion.closedAt, motion.quorumOverride),
    ],
    counts: result ? [result.words[lang].counts, paperTally(lang, motion, w)].filter((l): l is string => l !== null) : [],
    result: result ? [result.words[lang].result] : [w.voteFacts.stillOpen],
    voters: {
      columns: named ? w.voterColumns.named : w.voterColumns.secret,
      rows: sorted.map((v, i) =>
        named ? [String(i + 1), v.seat, v.fullName, answerWord(v.answer), how(w, v)] : [String(i + 1), v.seat, v.fullName, how(w, v)],
      ),
    },
  };
}

function roundVote(
  w: MinutesWords,
  lang: ResultLocale,
  source: MinutesSource,
  tz: string,
  election: Election,
  round: ElectionRound,
  voters: readonly MinutesVoter[],
  heading: string,
): MinutesVote {
  const names = new Map(election.candidates.map((c) => [c.id, c.name]));
  const named = election.ballot === 'named';
  const result = round.result;
  const kept = (v: MinutesVoter) => {
    if (!v.marks) return '';
    const ids = round.candidates.filter((id) => v.marks?.[id] === 'keep');
    return ids.length ? ids.map((id) => names.get(id) ?? id).join(', ') : w.noneKept;
  };
  const n = (v: number) => formatCount(lang, v);
  const paper = result?.paper;
  const paperLine = paper && paper.valid + paper.invalid + paper.blank > 0 ? `${w.voteFacts.paper}: ${n(paper.valid + paper.invalid + paper.blank)}` : null;
  return {
    heading,
    item: itemLine(w, source, election.itemId),
    text: '',
    facts: [
      [w.voteFacts.ballot, w.ballot[election.ballot]],
      [w.voteFacts.rule, w.bases[election.base]],
      [w.voteFacts.seats, n(round.seats)],
      ...timeFacts(w, tz, round.openedAt, round.closedAt, round.quorumOverride),
    ],
    counts: result ? [result.words[lang].ballots, ...(paperLine ? [paperLine] : []), ...result.words[lang].candidates] : [],
    result: result ? [result.words[lang].outcome] : [w.voteFacts.stillOpen],
    voters: {
      columns: named ? w.voterColumns.election : w.voterColumns.secret,
      rows: [...voters].sort(bySeat).map((v, i) => (named ? [String(i + 1), v.seat, v.fullName, kept(v), how(w, v)] : [String(i + 1), v.seat, v.fullName, how(w, v)])),
    },
  };
}

/** Every vote held, in the record's order, numbered. */
function votesSection(w: MinutesWords, lang: ResultLocale, source: MinutesSource, tz: string): Minutes['votes'] {
  const list = heldVotes(source).map((v, i) =>
    v.kind === 'motion'
      ? motionVote(w, lang, source, tz, v.motion, v.voters, `${i + 1}. ${w.votes.motion}: ${v.motion.title}`)
      : roundVote(w, lang, source, tz, v.election, v.round, v.voters, `${i + 1}. ${w.votes.election}: ${v.election.title} (${w.votes.round(v.round.round)})`),
  );
  return { heading: w.votes.heading, list, none: w.votes.none };
}

/** The minutes of one meeting, in one language, from its records. Pure: the same records give the same minutes. */
export function buildMinutes(source: MinutesSource, options: MinutesOptions): Minutes {
  const { lang, timeZone: tz, madeAt } = options;
  const w = MINUTES_WORDS[lang];
  const { meeting } = source;
  const draft = meeting.status !== 'closed';
  const bodyLines = options.body
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const left = [...bodyLines, ...(options.header === 'party' && bodyLines.length ? ['*'] : []), w.number];
  const dateText = documentDate(lang, meeting.date);
  const facts: [string, string][] = [
    [w.facts.meeting, meeting.title],
    [w.facts.id, meeting.id],
    [w.facts.date, dateText],
  ];
  if (meeting.place) facts.push([w.facts.place, meeting.place]);
  if (source.publishedAt) facts.push([w.facts.published, clockDateTime(source.publishedAt, tz)]);
  facts.push(source.endedAt ? [w.facts.ended, clockDateTime(source.endedAt, tz)] : [w.facts.status, w.statuses[meeting.status]]);
  facts.push([w.facts.convened, formatCount(lang, source.delegates.length)]);
  return nfcDeep({
    lang,
    draft,
    header: {
      kind: options.header,
      left,
      right: w.motto[options.header],
      placeDate: options.locality.trim() ? `${options.locality.trim()}, ${dateText}` : dateText,
    },
    title: draft ? `${w.title} (${w.draft})` : w.title,
    subtitle: meeting.title,
    draftNote: draft ? w.draftNote : null,
    facts,
    attendance: attendanceSection(w, source, tz, lang),
    agenda: agendaSection(w, source, madeAt),
    speakers: speakersSection(w, source, tz, madeAt),
    votes: votesSection(w, lang, source, tz),
    audit: {
      heading: w.audit.heading,
      text: source.auditHead ? w.audit.text(source.auditHead.seq) : w.audit.none,
      hash: source.auditHead?.hash ?? null,
      check: w.audit.check,
    },
    signatures: w.signatures,
  });
}
