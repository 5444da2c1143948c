import { z } from 'zod';
import { Id, SpeakingSeconds, SpeechKind } from '../model.ts';
import { RUNNERS, command, meetingRef, nothing, type CommandSpec } from './spec.ts';

/**
 * The speaker queue and the speaking-time limits (issue 15; the rules in shared/domain/speakers.ts). Every change
 * reaches the meeting's screens as `speech` and `speakingLimits` changes.
 */

const speechRef = { ...meetingRef, speechId: Id };

export const SPEAKERS_COMMANDS = {
  'speakers.ask': command({
    summary:
      'Ask to speak: a checked-in delegate for herself (no `delegateId`), or the chair or the secretariat on a delegate\'s behalf (`delegateId`). A point of order goes ahead of every ordinary request waiting. One waiting request of each kind per delegate.',
    roles: ['delegate', 'secretariat', 'chair'],
    input: z.object({ ...meetingRef, kind: SpeechKind.default('speech'), delegateId: Id.optional() }).strict(),
    result: z.object({ speechId: Id }),
  }),
  'speakers.withdraw': command({
    summary: 'Withdraw a waiting request: a delegate her own, the chair or the secretariat any.',
    roles: ['delegate', 'secretariat', 'chair'],
    input: z.object(speechRef).strict(),
    result: nothing,
  }),
  'speakers.give': command({
    summary:
      'Give the floor to a waiting request (`speechId`; left out: the first in the queue). The speech under way, if any, ends. The speech takes the item\'s speaking-time limit, else the meeting\'s.',
    roles: RUNNERS,
    input: z.object({ ...meetingRef, speechId: Id.optional() }).strict(),
    result: z.object({ speechId: Id }),
  }),
  'speakers.end': command({
    summary: 'End the speech under way (take the floor back).',
    roles: RUNNERS,
    input: z.object(speechRef).strict(),
    result: nothing,
  }),
  'speakers.move': command({
    summary: 'Move a waiting request to `position` in the queue (0: next; beyond the end: last).',
    roles: RUNNERS,
    input: z.object({ ...speechRef, position: z.number().int().min(0).max(100_000) }).strict(),
    result: nothing,
  }),
  'speakers.setLimit': command({
    summary:
      'Set the speaking-time limit of the meeting (`itemId` null) or of one agenda item, in seconds (null: none; an item without its own takes the meeting\'s). Applies from the next floor given.',
    roles: RUNNERS,
    input: z.object({ ...meetingRef, itemId: Id.nullable(), seconds: SpeakingSeconds.nullable() }).strict(),
    result: nothing,
  }),
} as const satisfies Record<string, CommandSpec>;
