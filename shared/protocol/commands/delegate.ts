import { z } from 'zod';
import { Delegate, Id } from '../model.ts';
import { EDITORS, command, meetingRef, nothing, required, text, type CommandSpec } from './spec.ts';

/** The delegate list. */

export const DELEGATE_COMMANDS = {
  'delegate.add': command({
    summary: 'Add a delegate to the meeting.',
    roles: EDITORS,
    input: Delegate.omit({ id: true, badgeSerial: true })
      .extend({ ...meetingRef, title: text(200).default(''), organisation: text(200).default(''), group: text(100).default(''), seat: text(20).default('') })
      .strict(),
    result: z.object({ delegateId: Id }),
  }),
  'delegate.update': command({
    summary: "Change a delegate's name, title, organisation, group or seat.",
    roles: EDITORS,
    input: Delegate.omit({ id: true, badgeSerial: true }).partial().extend({ ...meetingRef, delegateId: Id }).strict(),
    result: nothing,
  }),
  'delegate.import': command({
    summary:
      'Add or update many delegates at once (the rows of a delegate list the secretariat previewed with `POST /api/meetings/<id>/delegates/preview`). A row whose name and organisation match a delegate already listed updates that delegate; the others are added. All rows or none, in one revision.',
    roles: EDITORS,
    input: z
      .object({
        ...meetingRef,
        delegates: z
          .array(
            z
              .object({
                fullName: required(200),
                title: text(200).default(''),
                organisation: text(200).default(''),
                group: text(100).default(''),
                seat: text(20).default(''),
              })
              .strict(),
          )
          .min(1, 'the list has no delegates')
          .max(10_000),
      })
      .strict(),
    result: z.object({ added: z.number().int().min(0), updated: z.number().int().min(0) }),
  }),
  'delegate.remove': command({
    summary: 'Remove a delegate from the meeting.',
    roles: EDITORS,
    input: z.object({ ...meetingRef, delegateId: Id }).strict(),
    result: nothing,
  }),
} as const satisfies Record<string, CommandSpec>;
