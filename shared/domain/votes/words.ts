import type { AnswerWords } from './answer-words.ts';
import type { MotionDecision } from './decide.ts';
import { formatCount, lowerFirst, type ResultLocale } from './locale.ts';
import type { Tally } from './tally.ts';

/**
 * A motion's result in words, in Vietnamese or English, with the body's own answer words:
 * "Thông qua: 41/60 đại biểu có mặt tán thành, quá một nửa" / "Passed: 41 of 60 delegates present voted yes, more
 * than half". The words are those of the sentence's language (the meeting sets them per language). Pure.
 */

interface Said {
  readonly d: MotionDecision;
  readonly n: (value: number) => string;
  /** The answer words as they read inside a sentence. */
  readonly w: AnswerWords;
}

type Sentences = (said: Said) => string;

const VI: Sentences = ({ d, n, w }) => {
  const outcome = d.passed ? 'Thông qua' : 'Không thông qua';
  if (d.reason === 'quorumLost') {
    return `${outcome}: không còn đủ số đại biểu có mặt theo quy định khi kết thúc biểu quyết (${n(d.present)}/${n(d.convened)} có mặt)`;
  }
  if (d.reason === 'noVotes') {
    if (d.basis === 'yesNo') return `${outcome}: không có phiếu ${w.yes} hay ${w.no} (${n(d.abstain)} ${w.abstain})`;
    if (d.basis === 'allVotes') return `${outcome}: không có đại biểu nào biểu quyết`;
    return `${outcome}: không có đại biểu nào ${d.basis === 'present' ? 'có mặt' : 'được triệu tập'}`;
  }
  const needed = d.passed ? '' : ` (cần ${n(d.threshold)})`;
  if (d.basis === 'yesNo') {
    const abstained = d.abstain > 0 ? ` (không tính ${n(d.abstain)} ${w.abstain})` : '';
    const reached =
      d.fraction === 'half'
        ? `số ${w.yes} ${d.passed ? '' : 'không '}nhiều hơn số ${w.no}`
        : `${w.yes} ${d.passed ? 'từ hai phần ba trở lên' : 'chưa đạt hai phần ba'}${needed}`;
    return `${outcome}: ${n(d.yes)} ${w.yes}, ${n(d.no)} ${w.no}${abstained}, ${reached}`;
  }
  const part = d.fraction === 'half' ? (d.passed ? 'quá một nửa' : 'không quá một nửa') : d.passed ? 'từ hai phần ba trở lên' : 'chưa đạt hai phần ba';
  const counted =
    d.basis === 'allVotes'
      ? `${n(d.yes)}/${n(d.base)} phiếu biểu quyết là ${w.yes}${d.abstain > 0 ? ` (tính cả ${n(d.abstain)} ${w.abstain})` : ''}`
      : `${n(d.yes)}/${n(d.base)} đại biểu ${d.basis === 'present' ? 'có mặt' : 'được triệu tập'} ${w.yes}`;
  return `${outcome}: ${counted}, ${part}${needed}`;
};

const EN: Sentences = ({ d, n, w }) => {
  const outcome = d.passed ? 'Passed' : 'Failed';
  if (d.reason === 'quorumLost') {
    return `${outcome}: the quorum no longer held when the vote closed (${n(d.present)} of ${n(d.convened)} present)`;
  }
  if (d.reason === 'noVotes') {
    if (d.basis === 'yesNo') return `${outcome}: no votes ${w.yes} or ${w.no} (${n(d.abstain)} ${w.abstain})`;
    if (d.basis === 'allVotes') return `${outcome}: nobody voted`;
    return `${outcome}: no delegates ${d.basis === 'present' ? 'present' : 'convened'}`;
  }
  const needed = d.passed ? '' : ` (${n(d.threshold)} needed)`;
  if (d.basis === 'yesNo') {
    const abstained = d.abstain > 0 ? ` (${n(d.abstain)} ${w.abstain} not counted)` : '';
    const reached =
      d.fraction === 'half'
        ? `${d.passed ? 'more' : 'not more'} ${w.yes} than ${w.no}`
        : `${d.passed ? 'at least' : 'less than'} two thirds ${w.yes}${needed}`;
    return `${outcome}: ${n(d.yes)} ${w.yes}, ${n(d.no)} ${w.no}${abstained}, ${reached}`;
  }
  const part = d.fraction === 'half' ? (d.passed ? 'more than half' : 'not more than half') : d.passed ? 'at least two thirds' : 'less than two thirds';
  const counted =
    d.basis === 'allVotes'
      ? `${n(d.yes)} of ${n(d.base)} votes cast were ${w.yes}${d.abstain > 0 ? ` (${n(d.abstain)} ${w.abstain} included)` : ''}`
      : `${n(d.yes)} of ${n(d.base)} delegates ${d.basis} voted ${w.yes}`;
  return `${outcome}: ${counted}, ${part}${needed}`;
};

const SENTENCES: Record<ResultLocale, Sentences> = { vi: VI, en: EN };

function inSentence(locale: ResultLocale, words: AnswerWords): AnswerWords {
  return { yes: lowerFirst(locale, words.yes), no: lowerFirst(locale, words.no), abstain: lowerFirst(locale, words.abstain) };
}

/** The decision in one sentence. */
export function motionResultWords(locale: ResultLocale, decision: MotionDecision, words: AnswerWords): string {
  return SENTENCES[locale]({ d: decision, n: (value) => formatCount(locale, value), w: inSentence(locale, words) });
}

/** The counts, each under the body's word: "Tán thành: 41; Không tán thành: 12; Không biểu quyết: 7". */
export function motionCountWords(locale: ResultLocale, tally: Tally, words: AnswerWords): string {
  const n = (value: number) => formatCount(locale, value);
  return `${words.yes.trim()}: ${n(tally.yes)}; ${words.no.trim()}: ${n(tally.no)}; ${words.abstain.trim()}: ${n(tally.abstain)}`;
}
