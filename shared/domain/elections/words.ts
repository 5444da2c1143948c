import { formatCount, listNames, type ResultLocale } from '../votes/locale.ts';
import type { CandidateOutcome, ElectionDecision } from './decide.ts';
import type { ElectionBase } from './setup.ts';

/**
 * An election round's result in words, in Vietnamese or English: the ballots, one line per candidate, and the
 * outcome (who is elected, a tie at the cut-off, seats left for a further round). Pure.
 */
export interface ElectionWords {
  readonly ballots: string;
  readonly candidates: readonly string[];
  readonly outcome: string;
}

interface Texts {
  ballots(d: ElectionDecision, n: (v: number) => string): string;
  /** The pieces of a candidate's line: the base's noun, more than half or not, what became of her. */
  of: Record<ElectionBase, string>;
  half: { more: string; notMore: string };
  status: Record<CandidateOutcome, string>;
  candidate(name: string, votes: string, base: string, rest: string): string;
  filled(d: ElectionDecision, names: string): string;
  elected(d: ElectionDecision, names: string): string;
  noneElected: string;
  tie(names: string, votes: string, seatsLeft: number, n: (v: number) => string): string;
  open(seatsLeft: number, n: (v: number) => string): string;
}

const VI: Texts = {
  ballots: (d, n) => `Phiếu hợp lệ: ${n(d.valid)}; phiếu không hợp lệ: ${n(d.invalid)}; phiếu trắng (gạch hết tên): ${n(d.blank)}`,
  of: { validBallots: 'phiếu hợp lệ', convened: 'đại biểu được triệu tập' },
  half: { more: 'quá một nửa', notMore: 'không quá một nửa' },
  status: {
    elected: 'trúng cử',
    tied: 'bằng phiếu ở vị trí cuối, cần bầu tiếp',
    beyondSeats: 'không trúng cử (ngoài số lượng cần bầu)',
    notElected: 'không trúng cử',
  },
  candidate: (name, votes, base, rest) => `${name}: ${votes}/${base} ${rest}`,
  filled: (d, names) => `Trúng cử đủ số lượng cần bầu (${d.seats}): ${names}`,
  elected: (d, names) => `Trúng cử ${d.elected.length}/${d.seats}: ${names}. `,
  noneElected: 'Không có ai trúng cử. ',
  tie: (names, votes, seatsLeft, n) =>
    `Bằng phiếu ở vị trí cuối: ${names} (mỗi người ${votes} phiếu) cho ${n(seatsLeft)} chỗ còn lại; không tự phân định, cần bầu tiếp.`,
  open: (seatsLeft, n) => `Còn thiếu ${n(seatsLeft)} so với số lượng cần bầu; đại hội (hội nghị) quyết định có bầu tiếp hay không.`,
};

const seatWord = (n: number) => (n === 1 ? 'seat' : 'seats');

const EN: Texts = {
  ballots: (d, n) => `Valid ballots: ${n(d.valid)}; invalid: ${n(d.invalid)}; blank (every name struck): ${n(d.blank)}`,
  of: { validBallots: 'valid ballots', convened: 'delegates convened' },
  half: { more: 'more than half', notMore: 'not more than half' },
  status: {
    elected: 'elected',
    tied: 'tied at the cut-off, a further round is needed',
    beyondSeats: 'not elected (beyond the seats)',
    notElected: 'not elected',
  },
  candidate: (name, votes, base, rest) => `${name}: ${votes} of ${base} ${rest}`,
  filled: (d, names) => (d.seats === 1 ? `Seat filled: ${names}` : `All ${d.seats} seats filled: ${names}`),
  elected: (d, names) => `Elected, ${d.elected.length} of ${d.seats} ${seatWord(d.seats)}: ${names}. `,
  noneElected: 'Nobody elected. ',
  tie: (names, votes, seatsLeft, n) =>
    `Tie at the cut-off: ${names} (${votes} votes each) for ${n(seatsLeft)} ${seatWord(seatsLeft)} left; not resolved here, a further round is needed.`,
  open: (seatsLeft, n) => `${n(seatsLeft)} ${seatWord(seatsLeft)} still open; the meeting decides whether to hold a further round.`,
};

const TEXTS: Record<ResultLocale, Texts> = { vi: VI, en: EN };

/** `nameOf` gives a candidate's name from her id (an id without a name shows as itself). */
export function electionResultWords(locale: ResultLocale, decision: ElectionDecision, nameOf: (id: string) => string | undefined): ElectionWords {
  const t = TEXTS[locale];
  const n = (value: number) => formatCount(locale, value);
  const name = (id: string) => nameOf(id) ?? id;
  const names = (ids: readonly string[]) => listNames(locale, ids.map(name));
  const head = decision.elected.length > 0 ? t.elected(decision, names(decision.elected)) : t.noneElected;
  const { tie } = decision;
  const rest = tie ? t.tie(names(tie.candidates), n(tie.votes), tie.seatsLeft, n) : t.open(decision.seatsLeft, n);
  const outcome = decision.seatsLeft === 0 ? t.filled(decision, names(decision.elected)) : head + rest;
  return {
    ballots: t.ballots(decision, n),
    candidates: decision.candidates.map((c) => {
      const half = c.outcome === 'notElected' ? t.half.notMore : t.half.more;
      return t.candidate(name(c.id), n(c.votes), n(decision.base), `${t.of[decision.basis]}, ${half} — ${t.status[c.outcome]}`);
    }),
    outcome,
  };
}
