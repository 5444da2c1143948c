import { z } from 'zod';
import { Id } from '../model.ts';
import { RUNNERS, command, meetingRef, nothing, type CommandSpec } from './spec.ts';

/** Follow the chair: the page the chair shows the room, which following tablets and the projector open. */

export const PRESENTATION_COMMANDS = {
  'presentation.show': command({
    summary:
      'Show the room page `page` of document `documentId` (null: stop showing); tablets in follow mode and the projector open it there. A reader who may not read the document hears only that something restricted is shown.',
    roles: RUNNERS,
    input: z
      .object({ ...meetingRef, documentId: Id.nullable(), page: z.number().int().min(1).max(100_000).default(1) })
      .strict(),
    result: nothing,
  }),
} as const satisfies Record<string, CommandSpec>;
