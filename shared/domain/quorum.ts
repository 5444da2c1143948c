import type { QuorumRule } from '../protocol/model.ts';

export type { QuorumRule };

export interface QuorumStatus {
  members: number;
  present: number;
  required: number;
  reached: boolean;
  /** How many more must arrive; 0 once reached. */
  missing: number;
}

export function quorumRequired(rule: QuorumRule, members: number): number {
  switch (rule.kind) {
    case 'majority':
      return Math.floor(members / 2) + 1;
    case 'twoThirds':
      // Integer arithmetic: 2/3 of 30 is exactly 20, never 20.000000001.
      return Math.ceil((2 * members) / 3);
    case 'fixed':
      return rule.count;
  }
}

export function quorumStatus(rule: QuorumRule, members: number, present: number): QuorumStatus {
  const required = quorumRequired(rule, members);
  // A meeting with nobody on its list has no quorum to reach.
  const reached = members > 0 && present >= required;
  return { members, present, required, reached, missing: reached ? 0 : Math.max(0, required - present) };
}
