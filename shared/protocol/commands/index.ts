import type { z } from 'zod';
import { AGENDA_COMMANDS } from './agenda.ts';
import { ANNOUNCEMENTS_COMMANDS } from './announcements.ts';
import { ANNOTATIONS_COMMANDS } from './annotations.ts';
import { ATTENDANCE_COMMANDS } from './attendance.ts';
import { BADGE_COMMANDS } from './badge.ts';
import { CHECKIN_COMMANDS } from './checkin.ts';
import { DELEGATE_COMMANDS } from './delegate.ts';
import { DEVICE_COMMANDS } from './device.ts';
import { DOCUMENT_COMMANDS } from './document.ts';
import { ELECTION_COMMANDS } from './election.ts';
import { HALL_COMMANDS } from './hall.ts';
import { MEETING_COMMANDS } from './meeting.ts';
import { MOTION_COMMANDS } from './motion.ts';
import { PAIRING_COMMANDS } from './pairing.ts';
import { PRELOAD_COMMANDS } from './preload.ts';
import { PRESENTATION_COMMANDS } from './presentation.ts';
import { SECURITY_COMMANDS } from './security.ts';
import { SESSION_COMMANDS } from './session.ts';
import { SPEAKERS_COMMANDS } from './speakers.ts';
import type { CommandSpec } from './spec.ts';
import { STAFF_COMMANDS } from './staff.ts';

export type { CommandSpec } from './spec.ts';
export * from './session.ts';
export * from './meeting.ts';
export * from './agenda.ts';
export * from './delegate.ts';
export * from './document.ts';
export * from './badge.ts';
export * from './checkin.ts';
export * from './attendance.ts';
export * from './motion.ts';
export * from './election.ts';
export * from './speakers.ts';
export * from './announcements.ts';
export * from './presentation.ts';
export * from './hall.ts';
export * from './device.ts';
export * from './preload.ts';
export * from './annotations.ts';
export * from './pairing.ts';
export * from './staff.ts';
export * from './security.ts';

/**
 * Every command, merged from the domains' declarations (each domain declares its commands in its own file, named
 * like its handlers' folder in main/hub/commands). The order here is docs/protocol.md's order.
 * A new domain adds a file and one line below; commands.test.ts checks that each domain's names carry its prefix,
 * that none is declared twice and that every domain file is merged here.
 */
export const COMMANDS = {
  ...SESSION_COMMANDS,
  ...MEETING_COMMANDS,
  ...AGENDA_COMMANDS,
  ...DELEGATE_COMMANDS,
  ...DOCUMENT_COMMANDS,
  ...BADGE_COMMANDS,
  ...CHECKIN_COMMANDS,
  ...ATTENDANCE_COMMANDS,
  ...MOTION_COMMANDS,
  ...ELECTION_COMMANDS,
  ...SPEAKERS_COMMANDS,
  ...ANNOUNCEMENTS_COMMANDS,
  ...PRESENTATION_COMMANDS,
  ...HALL_COMMANDS,
  ...DEVICE_COMMANDS,
  ...PRELOAD_COMMANDS,
  ...ANNOTATIONS_COMMANDS,
  ...PAIRING_COMMANDS,
  ...STAFF_COMMANDS,
  ...SECURITY_COMMANDS,
} as const satisfies Record<string, CommandSpec>;

export type CommandName = keyof typeof COMMANDS;
/** What a client passes (defaults may be left out). */
export type CommandInput<N extends CommandName> = z.input<(typeof COMMANDS)[N]['input']>;
/** What a handler receives, after parsing and defaults. */
export type ParsedInput<N extends CommandName> = z.output<(typeof COMMANDS)[N]['input']>;
export type CommandResult<N extends CommandName> = z.output<(typeof COMMANDS)[N]['result']>;

export const COMMAND_NAMES = Object.keys(COMMANDS) as CommandName[];

export function isCommandName(name: string): name is CommandName {
  return Object.hasOwn(COMMANDS, name);
}
