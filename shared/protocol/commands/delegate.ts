import { z } from 'zod';
import { Delegate, Id } from '../model.ts';
import { EDITORS, command, meetingRef, nothing, text, type CommandSpec } from './spec.ts';

/** The delegate list. */

/** What `delegate.import` takes in one field of a row: the longest a cell may be (a delegate's own limits are lower). */
export const MAX_IMPORT_CELL = 1000;
const cell = z.string().trim().max(MAX_IMPORT_CELL);
const lineNumber = z.number().int().min(1);

/**
 * Why `delegate.import` skipped a row or imported it without its seat, as a code and its parameters: the screens word
 * it in their language (`shared/domain/delegate-rows.ts`, `problemText`). `lines`: the other rows giving the seat.
 */
export const ImportProblem = z
  .discriminatedUnion('code', [
    z.object({ code: z.literal('name_empty') }),
    z.object({
      code: z.literal('too_long'),
      field: z.enum(['fullName', 'title', 'organisation', 'group', 'seat']),
      length: z.number().int().min(0),
      limit: z.number().int().min(0),
    }),
    z.object({ code: z.literal('seat_twice'), seat: z.string(), lines: z.array(lineNumber) }),
    z.object({ code: z.literal('seat_taken'), seat: z.string(), holder: z.string() }),
  ])
  .meta({ id: 'ImportProblem' });
export type ImportProblem = z.infer<typeof ImportProblem>;

/** A row `delegate.import` skipped or changed: its line and why. */
export const ImportLine = z.object({ line: lineNumber, problems: z.array(ImportProblem) }).meta({ id: 'ImportLine' });
export type ImportLine = z.infer<typeof ImportLine>;

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
      "Add or update many delegates at once (the rows of a delegate list the secretariat previewed with `POST /api/meetings/<id>/delegates/preview`), judged again with the preview's rules. A row that cannot be a delegate (no name; a name, title, organisation or group longer than a delegate's) is skipped; a row whose only problem is its seat (given on another row too, kept by a delegate listed whom the list leaves alone, or too long) is imported without a seat, for the secretariat to assign. A row whose name and organisation match a delegate already listed updates that delegate; the others are added, in one revision. The result names every row skipped or changed (`line`: the row's own, else its 1-based position) with its problems as codes and parameters, for the screen to word. Refused with `bad_request` naming the rows when no row can be imported.",
    roles: EDITORS,
    input: z
      .object({
        ...meetingRef,
        delegates: z
          .array(
            z
              .object({
                /** The row's line in the file, for the result to name it; its 1-based position when left out. */
                line: z.number().int().min(1).optional(),
                // As long as a cell may be: a field longer than a delegate's skips its row (or, a seat, is left out).
                fullName: cell,
                title: cell.default(''),
                organisation: cell.default(''),
                group: cell.default(''),
                seat: cell.default(''),
              })
              .strict(),
          )
          .min(1, 'the list has no delegates')
          .max(10_000),
      })
      .strict(),
    result: z.object({
      added: z.number().int().min(0),
      updated: z.number().int().min(0),
      /** The rows left out, each with why. */
      skipped: z.array(ImportLine),
      /** The rows imported other than the list says (without their seat), each with why. */
      changed: z.array(ImportLine),
    }),
  }),
  'delegate.remove': command({
    summary: 'Remove a delegate from the meeting.',
    roles: EDITORS,
    input: z.object({ ...meetingRef, delegateId: Id }).strict(),
    result: nothing,
  }),
} as const satisfies Record<string, CommandSpec>;
