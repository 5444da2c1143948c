import { COMMAND_NAMES, type CommandName } from '../../../shared/protocol/index.ts';
import type { Handler } from './context.ts';
import { SESSION_HANDLERS } from './session/index.ts';
import { MEETING_HANDLERS } from './meeting/index.ts';
import { AGENDA_HANDLERS } from './agenda/index.ts';
import { DELEGATE_HANDLERS } from './delegate/index.ts';
import { DOCUMENT_HANDLERS } from './document/index.ts';
import { PRELOAD_HANDLERS } from './preload/index.ts';
import { ANNOTATIONS_HANDLERS } from './annotations/index.ts';
import { BADGE_HANDLERS } from './badge/index.ts';
import { CHECKIN_HANDLERS } from './checkin/index.ts';
import { ATTENDANCE_HANDLERS } from './attendance/index.ts';
import { MOTION_HANDLERS } from './motion/index.ts';
import { ELECTION_HANDLERS } from './election/index.ts';
import { SPEAKERS_HANDLERS } from './speakers/index.ts';
import { ANNOUNCEMENTS_HANDLERS } from './announcements/index.ts';
import { PRESENTATION_HANDLERS } from './presentation/index.ts';
import { HALL_HANDLERS } from './hall/index.ts';
import { DEVICE_HANDLERS } from './device/index.ts';
import { PAIRING_HANDLERS } from './pairing/index.ts';
import { STAFF_HANDLERS } from './staff/index.ts';
import { SECURITY_HANDLERS } from './security/index.ts';

/** Every domain's handlers (each domain lists its own in `<domain>/index.ts`): a new domain adds one line here. */
const ALL: readonly Handler[] = [
  ...SESSION_HANDLERS,
  ...MEETING_HANDLERS,
  ...AGENDA_HANDLERS,
  ...DELEGATE_HANDLERS,
  ...DOCUMENT_HANDLERS,
  ...PRELOAD_HANDLERS,
  ...ANNOTATIONS_HANDLERS,
  ...BADGE_HANDLERS,
  ...CHECKIN_HANDLERS,
  ...ATTENDANCE_HANDLERS,
  ...MOTION_HANDLERS,
  ...ELECTION_HANDLERS,
  ...SPEAKERS_HANDLERS,
  ...ANNOUNCEMENTS_HANDLERS,
  ...PRESENTATION_HANDLERS,
  ...HALL_HANDLERS,
  ...DEVICE_HANDLERS,
  ...PAIRING_HANDLERS,
  ...STAFF_HANDLERS,
  ...SECURITY_HANDLERS,
];

/** The handler of every declared command, by name. Refuses a duplicate, an undeclared or a missing handler. */
export function buildRegistry(handlers: readonly Handler[] = ALL): ReadonlyMap<CommandName, Handler> {
  const registry = new Map<CommandName, Handler>();
  for (const handler of handlers) {
    if (!COMMAND_NAMES.includes(handler.name)) throw new Error(`handler for undeclared command ${handler.name}`);
    if (registry.has(handler.name)) throw new Error(`two handlers for ${handler.name}`);
    registry.set(handler.name, handler);
  }
  const missing = COMMAND_NAMES.filter((name) => !registry.has(name));
  if (missing.length > 0) throw new Error(`no handler for ${missing.join(', ')}`);
  return registry;
}
