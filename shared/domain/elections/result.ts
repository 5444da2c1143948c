import type { ElectionResult } from '../../protocol/model.ts';
import { addElectionCounts, type ElectionCount } from './count.ts';
import { decideElection } from './decide.ts';
import type { ElectionSetup } from './setup.ts';
import { electionResultWords } from './words.ts';

/**
 * A round's result as the hub freezes it at the close: the decision on the tablet and paper ballots together, the
 * paper part apart, the body it was decided in, and the result in words in each language. Pure.
 */
export function electionResult(
  setup: ElectionSetup,
  votes: { readonly ballots: ElectionCount; readonly paper: ElectionCount },
  body: { readonly convened: number; readonly present: number; readonly quorumHeld: boolean },
  nameOf: (id: string) => string | undefined,
): ElectionResult {
  const decision = decideElection(setup, addElectionCounts(setup, votes.ballots, votes.paper), { convened: body.convened });
  const said = (locale: 'vi' | 'en') => {
    const words = electionResultWords(locale, decision, nameOf);
    return { ballots: words.ballots, candidates: [...words.candidates], outcome: words.outcome };
  };
  return {
    ...decision,
    candidates: decision.candidates.map((c) => ({ ...c })),
    elected: [...decision.elected],
    tie: decision.tie && { ...decision.tie, candidates: [...decision.tie.candidates] },
    present: body.present,
    paper: { valid: votes.paper.valid, invalid: votes.paper.invalid, blank: votes.paper.blank },
    quorumHeld: body.quorumHeld,
    words: { vi: said('vi'), en: said('en') },
  };
}
