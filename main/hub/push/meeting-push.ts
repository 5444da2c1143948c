import type { Server } from 'socket.io';
import { mergeChanges } from '../../../shared/domain/changes.ts';
import { visibleChanges } from '../../../shared/domain/visibility.ts';
import { type Change, type ClientToServerEvents, PRIVILEGED_ROLES, type PreloadDevice, type ServerToClientEvents } from '../../../shared/protocol/index.ts';
import { type CoalescerClock, createCoalescer } from './coalescer.ts';
import type { MeetingRooms } from './rooms.ts';

/** At most one push per meeting (and per kind) in this window: a few a second, whatever a burst is. */
export const PUSH_WINDOW_MS = 250;

/**
 * What the crowd causes: check-ins and attendance, the quorum they move, and votes cast (how many have voted). A
 * revision of these alone waits for the window; any other (the chair moves to the next item, the secretariat
 * publishes a document, a vote opens) goes on the next turn, taking along what was waiting, so that a burst at the
 * door or 1,500 votes at once never delay the chair.
 */
const CROWD: ReadonlySet<Change['collection']> = new Set(['attendance', 'quorum', 'ballotCount']);

interface HeldRevisions {
  fromRevision: number;
  revision: number;
  changes: Map<string, Change>;
}

export interface MeetingPush {
  /** A committed revision of a meeting, to go to its followers (merged with the next ones of a burst). */
  revision(meetingId: string, revision: number, changes: Change[]): void;
  /** A device's new preload row, for the chair's and the secretariat's screens following the meeting. */
  preload(meetingId: string, device: PreloadDevice): void;
  /** Sends what is held now. */
  flushAll(): void;
  stop(): void;
}

/**
 * The push path: revisions merged per meeting and window, then for each audience of the meeting (a staff role, a
 * delegate group, the guests) what it may see, worked out and encoded once and sent through its room. A delegate whose
 * own record or attendance changed gets the push of their group with that part in it, in their personal room.
 * Nothing here reads the store: who reads what was settled when each connection joined its rooms.
 */
export function createMeetingPush(options: {
  io: Server<ClientToServerEvents, ServerToClientEvents>;
  rooms: MeetingRooms;
  onError(error: unknown): void;
  windowMs?: number;
  clock?: CoalescerClock;
}): MeetingPush {
  const { io, rooms } = options;
  const windowMs = options.windowMs ?? PUSH_WINDOW_MS;

  const sendRevisions = (meetingId: string, held: HeldRevisions) => {
    const changes = [...held.changes.values()];
    const head = { meetingId, fromRevision: held.fromRevision, revision: held.revision };
    // A delegate moved to another group may read other documents from now on: their connections change rooms first.
    for (const c of changes) {
      if (c.collection !== 'delegate') continue;
      const own = rooms.delegateRoom(meetingId, c.id);
      if (own) for (const member of [...own.members]) member.rejoin(meetingId);
    }
    // One personal view per delegate touched (a burst touches hundreds: a map, not a search of a list).
    const personal = new Map<string, Change[]>();
    for (const c of changes) {
      if (c.collection !== 'delegate' && c.collection !== 'attendance') continue;
      const own = rooms.delegateRoom(meetingId, c.id);
      if (own && !personal.has(own.room)) personal.set(own.room, visibleChanges(own.reader, changes));
    }
    const except = [...personal.keys()];
    for (const { room, reader } of rooms.audiencesOf(meetingId)) {
      const target = except.length > 0 && reader.role === 'delegate' ? io.to(room).except(except) : io.to(room);
      target.emit('meeting.changed', { ...head, changes: visibleChanges(reader, changes) });
    }
    for (const [room, own] of personal) io.to(room).emit('meeting.changed', { ...head, changes: own });
  };

  const revisions = createCoalescer<string, { revision: number; changes: Change[] }, HeldRevisions>({
    windowMs,
    start: ({ revision, changes }) => ({ fromRevision: revision, revision, changes: mergeChanges(new Map(), changes) }),
    merge(held, { revision, changes }) {
      held.revision = Math.max(held.revision, revision);
      held.fromRevision = Math.min(held.fromRevision, revision);
      mergeChanges(held.changes, changes);
    },
    flush: sendRevisions,
    onError: options.onError,
    clock: options.clock,
  });

  const preloads = createCoalescer<string, PreloadDevice, Map<string, PreloadDevice>>({
    windowMs,
    start: (device) => new Map([[device.deviceId, device]]),
    merge: (held, device) => void held.set(device.deviceId, device),
    flush(meetingId, held) {
      const targets = PRIVILEGED_ROLES.map((role) => rooms.roleRoom(meetingId, role)).filter((r): r is string => r !== null);
      if (targets.length > 0) io.to(targets).emit('preload.changed', { meetingId, devices: [...held.values()] });
    },
    onError: options.onError,
    clock: options.clock,
  });

  return {
    revision: (meetingId, revision, changes) => revisions.add(meetingId, { revision, changes }, changes.some((c) => !CROWD.has(c.collection))),
    preload: (meetingId, device) => preloads.add(meetingId, device),
    flushAll() {
      revisions.flushAll();
      preloads.flushAll();
    },
    stop() {
      revisions.stop();
      preloads.stop();
    },
  };
}
