import { z } from 'zod';
import { AgendaItem, Id } from '../model.ts';
import { EDITORS, RUNNERS, command, meetingRef, nothing, required, text, type CommandSpec } from './spec.ts';

/** The agenda tree and the item under discussion. */

export const AGENDA_COMMANDS = {
  'agenda.add': command({
    summary: 'Add an agenda item under `parentId` (null: top level) at `position` (default: last).',
    roles: EDITORS,
    input: z
      .object({
        ...meetingRef,
        parentId: Id.nullable().default(null),
        position: z.number().int().min(0).optional(),
        title: required(500),
        description: text(5000).default(''),
        durationMinutes: AgendaItem.shape.durationMinutes.default(null),
      })
      .strict(),
    result: z.object({ itemId: Id }),
  }),
  'agenda.update': command({
    summary: 'Change the title, description or planned duration of an agenda item.',
    roles: EDITORS,
    input: z
      .object({
        ...meetingRef,
        itemId: Id,
        title: required(500).optional(),
        description: text(5000).optional(),
        durationMinutes: AgendaItem.shape.durationMinutes.optional(),
      })
      .strict(),
    result: nothing,
  }),
  'agenda.move': command({
    summary: 'Move an agenda item (with its sub-items) under another parent and/or to another position.',
    roles: EDITORS,
    input: z
      .object({ ...meetingRef, itemId: Id, parentId: Id.nullable(), position: z.number().int().min(0) })
      .strict(),
    result: nothing,
  }),
  'agenda.remove': command({
    summary: 'Remove an agenda item and its sub-items; their documents stay in the meeting, unattached.',
    roles: EDITORS,
    input: z.object({ ...meetingRef, itemId: Id }).strict(),
    result: nothing,
  }),
  'agenda.setCurrent': command({
    summary: 'Make an agenda item the one under discussion (null: none); every screen follows.',
    roles: RUNNERS,
    input: z.object({ ...meetingRef, itemId: Id.nullable() }).strict(),
    result: nothing,
  }),
} as const satisfies Record<string, CommandSpec>;
