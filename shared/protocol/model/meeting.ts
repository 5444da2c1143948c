import { z } from 'zod';
import { Id, IsoDate, IsoDateTime, required, text } from './primitives.ts';

export const MeetingStatus = z.enum(['draft', 'published', 'closed']);
export type MeetingStatus = z.infer<typeof MeetingStatus>;

/**
 * How many members must be present for the meeting to decide (shared/domain/quorum.ts computes it).
 * Members are the delegates on the list; excused delegates still count as members.
 */
export const QuorumRule = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('majority') }), // more than half of the members
    z.object({ kind: z.literal('twoThirds') }), // at least two thirds of the members
    z.object({ kind: z.literal('fixed'), count: z.number().int().min(1).max(100_000) }), // at least this many
  ])
  .meta({ id: 'QuorumRule' });
export type QuorumRule = z.infer<typeof QuorumRule>;

/**
 * The quorum as the hub computes it (shared/domain/quorum.ts), so no client recomputes it: `members` are the delegates
 * on the list, `present` those of them present now, `required` how many the rule asks for, `missing` how many more
 * must arrive (0 once reached); a meeting with nobody on its list never reaches it.
 */
export const Quorum = z
  .object({
    rule: QuorumRule,
    members: z.number().int().min(0),
    present: z.number().int().min(0),
    required: z.number().int().min(0),
    missing: z.number().int().min(0),
    reached: z.boolean(),
  })
  .meta({ id: 'Quorum' });
export type Quorum = z.infer<typeof Quorum>;

export const Meeting = z.object({
  id: Id,
  title: required(300),
  date: IsoDate,
  place: text(300),
  status: MeetingStatus,
  currentItemId: Id.nullable(),
  /** When the chair last set the current item; lets screens say "since hh:mm". */
  currentSince: IsoDateTime.nullable(),
  quorumRule: QuorumRule,
}).meta({ id: 'Meeting' });
export type Meeting = z.infer<typeof Meeting>;

export const MeetingSummary = Meeting.pick({ id: true, title: true, date: true, place: true, status: true }).meta({
  id: 'MeetingSummary',
});
export type MeetingSummary = z.infer<typeof MeetingSummary>;
