import type { MotionResult, VoteWords } from '../../protocol/model.ts';
import { type BodyCounts, decideMotion } from './decide.ts';
import type { MajorityRuleId } from './rules.ts';
import { addTallies, type Tally } from './tally.ts';
import { motionCountWords, motionResultWords } from './words.ts';

/**
 * A motion's result as the hub freezes it at the close: the decision on the tablet and paper votes together, the
 * paper part apart, and both in words in each language with the motion's answer words. Pure.
 */
export function motionResult(
  motion: { readonly rule: MajorityRuleId; readonly words: VoteWords },
  votes: { readonly ballots: Tally; readonly paper: Tally },
  body: BodyCounts,
): MotionResult {
  const tally = addTallies(votes.ballots, votes.paper);
  const decision = decideMotion(motion.rule, tally, body);
  const said = (locale: 'vi' | 'en') => ({
    result: motionResultWords(locale, decision, motion.words[locale]),
    counts: motionCountWords(locale, tally, motion.words[locale]),
  });
  return { ...decision, paper: { ...votes.paper }, quorumHeld: body.quorumHeld, words: { vi: said('vi'), en: said('en') } };
}
