import { COMMAND_NAMES, type CommandName } from '../../../shared/protocol/index.ts';
import type { Handler } from './context.ts';
import signIn from './session/sign-in.ts';
import resume from './session/resume.ts';
import signOut from './session/sign-out.ts';
import meetingList from './meeting/list.ts';
import meetingOpen from './meeting/open.ts';
import meetingClose from './meeting/close.ts';
import meetingCreate from './meeting/create.ts';
import meetingUpdate from './meeting/update.ts';
import meetingPublish from './meeting/publish.ts';
import meetingEnd from './meeting/end.ts';
import agendaAdd from './agenda/add.ts';
import agendaUpdate from './agenda/update.ts';
import agendaMove from './agenda/move.ts';
import agendaRemove from './agenda/remove.ts';
import agendaSetCurrent from './agenda/set-current.ts';
import delegateAdd from './delegate/add.ts';
import delegateUpdate from './delegate/update.ts';
import delegateRemove from './delegate/remove.ts';
import delegateImport from './delegate/import.ts';
import documentAdd from './document/add.ts';
import documentUpdate from './document/update.ts';
import documentRemove from './document/remove.ts';
import documentReplace from './document/replace.ts';
import preloadReport from './preload/report.ts';
import preloadList from './preload/list.ts';
import badgeSignIn from './session/badge-sign-in.ts';
import badgeIssue from './badge/issue.ts';
import badgeIssueMissing from './badge/issue-missing.ts';
import checkinScan from './checkin/scan.ts';
import checkinManual from './checkin/manual.ts';
import checkinCheckout from './checkin/checkout.ts';
import attendanceSet from './attendance/set.ts';
import devicePair from './device/pair.ts';
import deviceList from './device/list.ts';
import deviceRevoke from './device/revoke.ts';
import pairingGet from './pairing/get.ts';
import pairingRotate from './pairing/rotate.ts';
import staffList from './staff/list.ts';
import staffIssue from './staff/issue.ts';
import staffRevoke from './staff/revoke.ts';
import securityFailures from './security/failures.ts';

const ALL: Handler[] = [
  signIn, resume, signOut, badgeSignIn,
  meetingList, meetingOpen, meetingClose, meetingCreate, meetingUpdate, meetingPublish, meetingEnd,
  agendaAdd, agendaUpdate, agendaMove, agendaRemove, agendaSetCurrent,
  delegateAdd, delegateUpdate, delegateRemove, delegateImport,
  documentAdd, documentUpdate, documentRemove, documentReplace, preloadReport, preloadList,
  badgeIssue, badgeIssueMissing, checkinScan, checkinManual, checkinCheckout, attendanceSet,
  devicePair, deviceList, deviceRevoke, pairingGet, pairingRotate,
  staffList, staffIssue, staffRevoke, securityFailures,
] as Handler[];

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
