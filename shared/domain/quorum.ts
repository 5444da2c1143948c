import type { Attendance, Delegate, Quorum, QuorumRule } from '../protocol/model.ts';

export type { Quorum, QuorumRule };

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

/** The quorum as the protocol carries it, from the counts. */
export function quorumOf(rule: QuorumRule, members: number, present: number): Quorum {
  const { required, missing, reached } = quorumStatus(rule, members, present);
  return { rule, members, present, required, missing, reached };
}

/**
 * The quorum of a meeting from its list and its attendance: members are the delegates on the list; a delegate without
 * an attendance record is absent; records of delegates no longer on the list are ignored.
 */
export function meetingQuorum(rule: QuorumRule, delegates: readonly Pick<Delegate, 'id'>[], attendance: readonly Pick<Attendance, 'id' | 'status'>[]): Quorum {
  const listed = new Set(delegates.map((d) => d.id));
  return quorumOf(rule, listed.size, attendance.filter((a) => a.status === 'present' && listed.has(a.id)).length);
}

/** Whether two quorums say the same (a change is pushed only when the quorum moved). */
export function sameQuorum(a: Quorum, b: Quorum): boolean {
  const count = (r: QuorumRule) => (r.kind === 'fixed' ? r.count : null);
  return (
    a.rule.kind === b.rule.kind &&
    count(a.rule) === count(b.rule) &&
    a.members === b.members &&
    a.present === b.present &&
    a.required === b.required &&
    a.reached === b.reached
  );
}
