import type { ElectionDecision } from './decide.ts';
import type { ElectionSetup } from './setup.ts';

/**
 * The further round a result calls for ("bầu tiếp", at the meeting's choice): after a tie at the cut-off, the tied
 * candidates for the seats they tied for; after seats left unfilled, every candidate not elected for those seats.
 * The chair may still change the list before opening it. None when every seat is filled.
 */
export function nextRound(setup: ElectionSetup, decision: ElectionDecision): ElectionSetup | null {
  if (decision.seatsLeft === 0) return null;
  const elected = new Set(decision.elected);
  const candidates = decision.tie ? decision.tie.candidates : setup.candidates.filter((id) => !elected.has(id));
  return { round: setup.round + 1, seats: decision.seatsLeft, candidates, base: setup.base };
}
