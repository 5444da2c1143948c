import { ballotsCounted, checkPaperElectionCount, type ElectionCount, type PaperCountIssue } from '../../../shared/domain/elections/count.ts';
import { votesCast, type Tally } from '../../../shared/domain/votes/tally.ts';
import type { Attendance, Delegate } from '../../../shared/protocol/index.ts';
import { fold, queryWords } from '../delegates/search.ts';

/**
 * The paper desk's arithmetic, apart from React: who may still vote on paper, finding her among 1,500, and whether
 * the secret ballot's paper counts add up to the delegates marked. The hub checks all of it again; this only shows
 * it first. Pure.
 */

/** How many rows the list shows at once: enough to scan by eye, few enough to stay quick; typing narrows it. */
export const SHOWN_AT_MOST = 50;

/**
 * The delegates present (checked in) who have not voted, on a tablet or on paper (`voted`: the hub's list, and
 * those this screen has just recorded), by seat then name as the hall and the hub's lists run.
 */
export function notVoted(delegates: readonly Delegate[], attendance: readonly Attendance[], voted: ReadonlySet<string>): Delegate[] {
  const present = new Set(attendance.filter((a) => a.status === 'present').map((a) => a.id));
  return delegates
    .filter((d) => present.has(d.id) && !voted.has(d.id))
    .sort((a, b) => a.seat.localeCompare(b.seat, 'vi', { numeric: true }) || a.fullName.localeCompare(b.fullName, 'vi'));
}

/** The delegates whose name, seat or organisation holds every word typed (accents ignored); the first `SHOWN_AT_MOST`. */
export function findDelegates(delegates: readonly Delegate[], query: string): { shown: Delegate[]; matching: number } {
  const words = queryWords(query);
  const matches = words.length === 0 ? delegates : delegates.filter((d) => {
    const text = fold(`${d.fullName} ${d.seat} ${d.organisation}`);
    return words.every((word) => text.includes(word));
  });
  return { shown: matches.slice(0, SHOWN_AT_MOST), matching: matches.length };
}

/** What the secretariat's paper counts say against the delegates marked on paper: the check the hub makes at the close. */
export type SumsState =
  /** Nobody on paper and no counts: nothing to check. */
  | { kind: 'none' }
  /** Delegates marked, no counts entered on this screen. */
  | { kind: 'missing'; marked: number }
  | { kind: 'match'; counted: number; marked: number }
  | { kind: 'mismatch'; counted: number; marked: number };

export function paperSums(counted: number | null, marked: number): SumsState {
  if (counted === null) return marked === 0 ? { kind: 'none' } : { kind: 'missing', marked };
  return counted === marked ? { kind: 'match', counted, marked } : { kind: 'mismatch', counted, marked };
}

/** The ballots a paper count holds: a motion's answers added, an election's valid, invalid and blank ballots. */
export function ballotsIn(counts: Tally | ElectionCount): number {
  return 'valid' in counts ? ballotsCounted(counts) : votesCast(counts);
}

/**
 * What makes an election's paper count impossible, whatever the marks (the hub refuses it): numbers that are not
 * whole, more votes for a name than valid ballots, fewer votes than valid ballots or more than seats per valid one.
 */
export function electionCountProblems(
  setup: { seats: number; candidates: readonly string[] },
  counts: ElectionCount,
): Exclude<PaperCountIssue, 'ballotsNotMarked'>[] {
  return checkPaperElectionCount(setup, counts, ballotsCounted(counts)).filter((issue) => issue !== 'ballotsNotMarked');
}
