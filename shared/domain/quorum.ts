import { z } from 'zod';

/**
 * How many members must be present for the meeting to decide. "Members" are the delegates on the
 * meeting's list; excused delegates still count as members (the usual rule of Party committees:
 * "hội nghị hợp lệ khi có ít nhất … số thành viên tham dự").
 */
export const QuorumRule = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('majority') }), // more than half of the members
    z.object({ kind: z.literal('twoThirds') }), // at least two thirds of the members
    z.object({ kind: z.literal('fixed'), count: z.number().int().min(1).max(100_000) }), // at least this many
  ])
  .meta({ id: 'QuorumRule' });
export type QuorumRule = z.infer<typeof QuorumRule>;

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
