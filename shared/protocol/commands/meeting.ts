import { z } from 'zod';
import { Change, Id, IsoDate, MeetingSnapshot, MeetingSummary, QuorumRule } from '../model.ts';
import { ANY_ROLE } from '../roles.ts';
import { EDITORS, command, meetingRef, nothing, required, text, type CommandSpec } from './spec.ts';

/** Meetings: listing, following, and their life from draft to closed. */

export const MEETING_COMMANDS = {
  'meeting.list': command({
    summary: 'The meetings held by this hub, newest first.',
    roles: ANY_ROLE,
    input: nothing,
    result: z.object({ meetings: z.array(MeetingSummary) }),
  }),
  'meeting.open': command({
    summary:
      'Follow a meeting: answers its full snapshot, or only the changes after `sinceRevision`, and subscribes to `meeting.changed`.',
    roles: ANY_ROLE,
    input: z.object({ ...meetingRef, sinceRevision: z.number().int().min(0).optional() }).strict(),
    result: z.discriminatedUnion('mode', [
      z.object({ mode: z.literal('snapshot'), snapshot: MeetingSnapshot }),
      z.object({ mode: z.literal('changes'), revision: z.number().int(), changes: z.array(Change) }),
    ]),
  }),
  'meeting.close': command({
    summary: 'Stop following a meeting (no more `meeting.changed` for it on this connection).',
    roles: ANY_ROLE,
    input: z.object(meetingRef).strict(),
    result: nothing,
  }),
  'meeting.create': command({
    summary:
      'Create a meeting in draft. The id goes into every screen\'s address (`/tablet/<id>`): one given must be unused (`conflict`); without one the hub uses the date (`2026-12-18`, then `2026-12-18-2`, `-3`… while taken).',
    roles: EDITORS,
    input: z
      .object({ id: Id.optional(), title: required(300), date: IsoDate, place: text(300).default('') })
      .strict(),
    result: z.object({ meetingId: Id }),
  }),
  'meeting.update': command({
    summary: 'Change the title, date, place or quorum rule of a meeting.',
    roles: EDITORS,
    input: z
      .object({
        ...meetingRef,
        title: required(300).optional(),
        date: IsoDate.optional(),
        place: text(300).optional(),
        quorumRule: QuorumRule.optional(),
      })
      .strict(),
    result: nothing,
  }),
  'meeting.publish': command({
    summary:
      'Publish a draft meeting: delegates see it and every signed-in tablet starts preloading the documents it may read. Changes after this are live (documents replaced become new versions).',
    roles: EDITORS,
    input: z.object(meetingRef).strict(),
    result: nothing,
  }),
  'meeting.end': command({
    summary:
      'End a published meeting (the chair, or the secretariat): refused while a vote is open; the time it ended is the audit log\'s entry of this command, and the minutes can be made at once (`GET /api/meetings/<id>/minutes.pdf`). Tablets delete the restricted documents from their cache and report it (`preload.report` with `purgedAt`). Nothing can be changed afterwards.',
    roles: ['chair', 'secretariat'],
    input: z.object(meetingRef).strict(),
    result: nothing,
  }),
} as const satisfies Record<string, CommandSpec>;
