import { classifyBallot } from '../../../shared/domain/elections/ballot.ts';
import type { Language } from '../../i18n/types.ts';
import { queryWords, fold } from '../delegates/search.ts';
import type { Vote } from './select.ts';
import type { VoterRow } from './useVoters.ts';

/**
 * What a voter's row says she voted: a named motion's answer in the body's words, a named election ballot's kept
 * names, blank or invalid; null when the hub disclosed nothing (a secret ballot, or a vote not closed yet). Pure.
 */
export type VoterChoice = { kind: 'answer'; words: string } | { kind: 'kept'; names: string[] } | { kind: 'blank' } | { kind: 'invalid' } | null;

export function voterChoice(vote: Vote, voter: Pick<VoterRow, 'answer' | 'marks'>, language: Language): VoterChoice {
  if (vote.kind === 'motion') return voter.answer ? { kind: 'answer', words: vote.motion.words[language][voter.answer] } : null;
  if (!voter.marks) return null;
  const ballot = classifyBallot(vote.round, voter.marks);
  if (ballot.kind !== 'valid') return { kind: ballot.kind };
  const nameOf = new Map(vote.election.candidates.map((c) => [c.id, c.name]));
  return { kind: 'kept', names: vote.round.candidates.filter((id) => ballot.kept.includes(id)).map((id) => nameOf.get(id) ?? id) };
}

/** The voters whose name or seat holds every word typed, accents ignored, in the hub's order (by seat). Pure. */
export function searchVoters<T extends Pick<VoterRow, 'fullName' | 'seat'>>(voters: readonly T[], query: string): T[] {
  const words = queryWords(query);
  if (words.length === 0) return [...voters];
  return voters.filter((v) => {
    const text = fold(`${v.fullName} ${v.seat}`);
    return words.every((word) => text.includes(word));
  });
}
