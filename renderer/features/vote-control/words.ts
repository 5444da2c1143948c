import { ANSWER_WORD_PRESETS } from '../../../shared/domain/votes/answer-words.ts';
import type { Motion, VoteWords } from '../../../shared/protocol/index.ts';

/**
 * The answer words a chair may choose for a motion: the presets in both languages, paired as bodies use them (Tán
 * thành… with Yes…, Đồng ý… with In favour…), and the words of the meeting's last motion first when they are its own:
 * a body keeps its words from one vote to the next. A motion being edited keeps its own words first. Pure.
 */
export function wordChoices(motions: readonly Pick<Motion, 'words' | 'createdAt'>[], own?: VoteWords): VoteWords[] {
  const presets = ANSWER_WORD_PRESETS.vi.map((vi, i) => ({ vi, en: ANSWER_WORD_PRESETS.en[i] ?? ANSWER_WORD_PRESETS.en[0]! }));
  const last = [...motions].sort((a, b) => a.createdAt.localeCompare(b.createdAt)).at(-1)?.words;
  const first = [own, last].filter((w): w is VoteWords => w !== undefined);
  const same = (a: VoteWords, b: VoteWords) => JSON.stringify(a) === JSON.stringify(b);
  return [...first, ...presets].filter((w, i, all) => all.findIndex((other) => same(other, w)) === i);
}

/** "Tán thành / Không tán thành / Không biểu quyết" */
export function wordsLabel(words: VoteWords, language: 'vi' | 'en'): string {
  const w = words[language];
  return `${w.yes} / ${w.no} / ${w.abstain}`;
}
