import type { Election, ElectionRound, Motion } from '../../protocol/model.ts';
import { agendaTree, flattenAgenda } from '../agenda.ts';
import type { MinutesSource, MinutesVoter } from './source.ts';

/** A vote the meeting held (opened at least once): a motion, or one round of an election. */
export type HeldVote =
  | { kind: 'motion'; motion: Motion; openedAt: string; voters: readonly MinutesVoter[] }
  | { kind: 'round'; election: Election; round: ElectionRound; openedAt: string; voters: readonly MinutesVoter[] };

const titleOf = (v: HeldVote) => (v.kind === 'motion' ? v.motion.title : v.election.title);
const itemOf = (v: HeldVote) => (v.kind === 'motion' ? v.motion.itemId : v.election.itemId);

/**
 * Every vote held, in the order the record reads: by agenda item (votes outside the agenda last), then by when each
 * was opened. A vote prepared and never opened is not part of the record.
 */
export function heldVotes(source: MinutesSource): HeldVote[] {
  const order = new Map(flattenAgenda(agendaTree(source.agenda)).map((node, i) => [node.item.id, i]));
  const place = (itemId: string | null) => (itemId !== null && order.has(itemId) ? (order.get(itemId) ?? 0) : Number.MAX_SAFE_INTEGER);
  const held: HeldVote[] = [];
  for (const { motion, voters } of source.motions) {
    if (motion.status !== 'prepared' && motion.openedAt) held.push({ kind: 'motion', motion, openedAt: motion.openedAt, voters });
  }
  for (const { election, voters } of source.elections) {
    for (const round of election.rounds) {
      if (round.status !== 'prepared' && round.openedAt) held.push({ kind: 'round', election, round, openedAt: round.openedAt, voters: voters[round.round] ?? [] });
    }
  }
  return held.sort((a, b) => place(itemOf(a)) - place(itemOf(b)) || a.openedAt.localeCompare(b.openedAt) || titleOf(a).localeCompare(titleOf(b), 'vi'));
}
