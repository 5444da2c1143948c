import type { ElectionSetup } from './setup.ts';

/**
 * One election ballot: each name on it kept or struck, as Party ballots are marked (the delegate strikes the names
 * she does not elect). A tablet's ballot and a named paper ballot alike.
 */
export type Mark = 'keep' | 'strike';
export type ElectionBallot = Readonly<Record<string, Mark>>;

/**
 * - `valid`: as many names kept as the seats, or fewer (244-QĐ/TW Điều 17: "bầu đủ hoặc thiếu số lượng cần bầu");
 * - `invalid`: `tooMany` names kept, or `malformed` (a name missing, a name not on the ballot, a mark neither keep
 *   nor strike) — a ballot the counting committee did not issue;
 * - `blank`: every name struck. The Party and state texts count it as invalid; it is counted apart here, as the
 *   minutes list it, and like an invalid ballot never counts towards the valid ones (docs/voting.md).
 */
export type BallotClass =
  | { readonly kind: 'valid'; readonly kept: readonly string[] }
  | { readonly kind: 'invalid'; readonly reason: 'tooMany' | 'malformed' }
  | { readonly kind: 'blank' };

export function classifyBallot(setup: Pick<ElectionSetup, 'seats' | 'candidates'>, ballot: ElectionBallot): BallotClass {
  const names = Object.keys(ballot);
  const onBallot = new Set(setup.candidates);
  const wellFormed =
    names.length === onBallot.size &&
    names.every((id) => onBallot.has(id)) &&
    names.every((id) => ballot[id] === 'keep' || ballot[id] === 'strike');
  if (!wellFormed) return { kind: 'invalid', reason: 'malformed' };
  // Ballot order, whatever order the marks arrived in.
  const kept = setup.candidates.filter((id) => ballot[id] === 'keep');
  if (kept.length > setup.seats) return { kind: 'invalid', reason: 'tooMany' };
  if (kept.length === 0) return { kind: 'blank' };
  return { kind: 'valid', kept };
}
