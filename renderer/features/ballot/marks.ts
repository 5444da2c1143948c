import type { ElectionRound } from '../../../shared/protocol/index.ts';

/**
 * An election ballot as the delegate marks it on the tablet: the names struck, every other one kept, as a paper
 * ballot starts with every name and the voter strikes. Pure.
 */
export type Struck = ReadonlySet<string>;

export function toggleStruck(struck: Struck, candidateId: string): Struck {
  const next = new Set(struck);
  if (!next.delete(candidateId)) next.add(candidateId);
  return next;
}

export interface BallotState {
  kept: string[];
  /** Names to strike before the ballot may be cast (more kept than seats); 0 when it may. */
  over: number;
  blank: boolean;
}

export function ballotState(round: Pick<ElectionRound, 'candidates' | 'seats'>, struck: Struck): BallotState {
  const kept = round.candidates.filter((id) => !struck.has(id));
  return { kept, over: Math.max(0, kept.length - round.seats), blank: kept.length === 0 };
}

/** The marks the hub takes: every candidate of the round, kept or struck. */
export function ballotMarks(round: Pick<ElectionRound, 'candidates'>, struck: Struck): Record<string, 'keep' | 'strike'> {
  return Object.fromEntries(round.candidates.map((id) => [id, struck.has(id) ? 'strike' : 'keep']));
}
