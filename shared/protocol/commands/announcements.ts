import { z } from 'zod';
import { Announcement, Id } from '../model.ts';
import { RUNNERS, command, meetingRef, nothing, type CommandSpec } from './spec.ts';

/** Announcements: on every tablet at once (and the projector when chosen) until each device dismisses it. */

export const ANNOUNCEMENTS_COMMANDS = {
  'announcements.post': command({
    summary:
      'Announce `text` to every screen of the meeting (the projector too with `onProjector`). Each tablet keeps it until dismissed there; it stays up until taken down.',
    roles: RUNNERS,
    input: z.object({ ...meetingRef, text: Announcement.shape.text, onProjector: z.boolean().default(false) }).strict(),
    result: z.object({ announcementId: Id }),
  }),
  'announcements.remove': command({
    summary: 'Take an announcement down from every screen (it stays in the record).',
    roles: RUNNERS,
    input: z.object({ ...meetingRef, announcementId: Id }).strict(),
    result: nothing,
  }),
} as const satisfies Record<string, CommandSpec>;
