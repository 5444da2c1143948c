import type { Server as HttpServer } from 'node:http';
import type { Server as HttpsServer } from 'node:https';
import { Server, type Socket } from 'socket.io';
import {
  type Ack,
  type Change,
  type ClientToServerEvents,
  type HandshakeAuth,
  PROTOCOL_VERSION,
  type PushName,
  type PushPayload,
  type ServerToClientEvents,
} from '../../shared/protocol/index.ts';
import type { Connection, Principal, SessionEnded } from './kernel/connection.ts';
import { readerOf } from './kernel/reader.ts';
import { offlineRows } from './preload-rows.ts';
import { displayName, proveDevice, stillProven, type ProvenDevice } from './devices.ts';
import type { Logger } from './logger.ts';
import { LogLimiter } from './log-safe.ts';
import type { OwnAddresses } from './origin.ts';
import { EventLog, guarded, originMiddleware } from './socket-guard.ts';
import { createDispatcher, type PipelineDeps } from './pipeline.ts';
import { endedBecause, findSession, guest, principalOf, sessionByHash, sessionFits } from './sessions.ts';
import type { LiveConnection, LiveConnections } from './live.ts';
import { createMeetingPush, type MeetingPush } from './push/meeting-push.ts';
import { pushAnnotations } from './push/annotation-push.ts';
import { MeetingRooms, type Membership, type RoomMember } from './push/rooms.ts';
import type { Store } from './store/store.ts';
import { APP_ORIGIN } from '../../shared/protocol/bridge.ts';

type RoomSocket = Socket<ClientToServerEvents, ServerToClientEvents>;

class SocketConnection implements Connection, LiveConnection, RoomMember {
  principal: Principal;
  /** The meetings it follows, and the rooms it joined for each (its audience, its own as a delegate). */
  private readonly memberships = new Map<string, Membership>();
  readonly offeredDeviceName: string | null;
  /** The device this connection proved with its device token, or paired as here; null: none, and nothing is written for it. */
  private device: ProvenDevice | null;
  private readonly store: Store;
  private readonly rooms: MeetingRooms;
  readonly socket: RoomSocket;
  constructor(
    store: Store,
    principal: Principal,
    device: ProvenDevice | null,
    offeredDeviceName: string | null,
    rooms: MeetingRooms,
    socket: RoomSocket,
  ) {
    this.store = store;
    this.principal = principal;
    this.device = device;
    this.offeredDeviceName = offeredDeviceName;
    this.rooms = rooms;
    this.socket = socket;
  }
  setPrincipal(principal: Principal): void {
    this.principal = { ...principal, deviceId: this.device?.id ?? null };
    this.rejoinAll();
  }
  setDevice(device: ProvenDevice): void {
    this.device = device;
    this.principal = { ...this.principal, deviceId: device.id, paired: true };
  }
  follow(meetingId: string): void {
    // Idempotent: a client that opens the meeting again (to catch up after a gap) still gets each push once.
    if (this.memberships.has(meetingId)) return;
    this.memberships.set(meetingId, this.rooms.join(this, meetingId, readerOf(this.store, this.principal, meetingId)));
  }
  unfollow(meetingId: string): void {
    const membership = this.memberships.get(meetingId);
    if (!membership) return;
    this.memberships.delete(meetingId);
    this.rooms.leave(this, meetingId, membership);
  }
  /** Its rooms worked out again for who it is now (signed in or out, its delegate moved to another group). */
  rejoin(meetingId: string): void {
    if (!this.memberships.has(meetingId)) return;
    this.unfollow(meetingId);
    this.follow(meetingId);
  }
  private rejoinAll(): void {
    for (const id of [...this.memberships.keys()]) this.rejoin(id);
  }
  leaveAll(): void {
    for (const id of [...this.memberships.keys()]) this.unfollow(id);
  }
  becomeGuest(): void {
    this.principal = guest(this.principal.address, this.device?.id ?? null, this.device !== null);
    // A paired guest may go on following, as a guest reads; a device that may read nothing stops receiving anything.
    if (this.device) this.rejoinAll();
    else this.leaveAll();
  }
  drop(ended: SessionEnded, options: { unpair: boolean }): void {
    if (options.unpair) this.device = null;
    this.becomeGuest();
    this.socket.emit('session.ended', ended);
  }
  refresh(now: Date): void {
    if (this.device && !stillProven(this.store, this.device)) {
      const reason = 'This device is no longer paired with the hub (the secretariat unpaired it, or it paired again with a new token); pair it again.';
      this.drop(endedBecause('unpaired', reason), { unpair: true });
      return;
    }
    const held = this.principal.session;
    if (!held) return;
    const found = sessionByHash(this.store, held, now);
    if (!found.ok) this.drop({ code: found.code, reason: found.reason }, { unpair: false });
    else if (!sessionFits(found.session, this.device?.id ?? null)) this.drop(endedBecause('other_device'), { unpair: false });
  }
  push<N extends PushName>(name: N, payload: PushPayload<N>): void {
    (this.socket.emit as (event: string, payload: unknown) => void)(name, payload);
  }
}

const UNKNOWN_DEVICE =
  'This device token is not valid any more (the device was unpaired or paired again with a new token, or the token was never issued): pair the device again.';

/**
 * Handshake payload as sent; validated field by field since any client may connect. A `deviceId` a client states is
 * not read at all: a device is who its device token says.
 */
function readAuth(raw: unknown): Partial<HandshakeAuth> {
  const auth = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const str = (v: unknown, max: number) => (typeof v === 'string' && v.length > 0 && v.length <= max ? v : undefined);
  return {
    protocolVersion: typeof auth.protocolVersion === 'number' ? auth.protocolVersion : undefined,
    deviceName: displayName(auth.deviceName) ?? undefined,
    sessionToken: str(auth.sessionToken, 200),
    deviceToken: str(auth.deviceToken, 200),
  } as Partial<HandshakeAuth>;
}

export interface SocketHubOptions {
  http: HttpServer | HttpsServer;
  /** Started with --insecure-http: told to every screen in hub.welcome. */
  insecureHttp: boolean;
  store: Store;
  live: LiveConnections;
  logger: Logger;
  hubId: string;
  hubVersion: string;
  deps: Omit<PipelineDeps, 'broadcast'>;
  /** Wraps the fan-out into the hub's one broadcast (outside-writes.ts puts revisions written elsewhere first). */
  wrapBroadcast?: (fanOut: PipelineDeps['broadcast']) => PipelineDeps['broadcast'];
  /** The hub's own addresses: a handshake from a web page elsewhere is refused (origin.ts). */
  ownAddresses: () => OwnAddresses;
}

/** Socket.IO on the hub's HTTP server: handshake, the command pipeline, and pushes by audience (push/). */
export function attachSockets(options: SocketHubOptions): { io: Server; broadcast: PipelineDeps['broadcast']; push: MeetingPush } {
  const { store, logger } = options;
  const io = new Server<ClientToServerEvents, ServerToClientEvents>(options.http, {
    serveClient: false,
    // The desktop app's pages (app://roundtable) may poll before upgrading; no other origin gets CORS (origin.ts).
    cors: { origin: APP_ORIGIN },
    maxHttpBufferSize: 1_000_000,
    pingInterval: 10_000,
    pingTimeout: 8_000,
    // Reconnecting tablets get missed packets replayed by meeting.open, not by socket.io's recovery.
    connectionStateRecovery: undefined,
  });

  const rooms = new MeetingRooms();
  const push = createMeetingPush({ io, rooms, onError: (error) => logger.error({ err: error }, 'a push failed') });
  options.live.usePreloadPush((meetingId, device) => push.preload(meetingId, device));
  options.live.useAnnotationPush((meetingId, rows) => pushAnnotations(io, rooms, meetingId, rows));
  const fanOut: PipelineDeps['broadcast'] = (meetingId, revision, changes: Change[]) => push.revision(meetingId, revision, changes);
  const broadcast = options.wrapBroadcast ? options.wrapBroadcast(fanOut) : fanOut;
  const deps: PipelineDeps = { ...options.deps, broadcast };
  const dispatch = createDispatcher(deps);

  // First of all: a web page that is not the hub's own may not open a connection (Origin header).
  io.use(originMiddleware(options.ownAddresses));
  // What clients' events make the hub log is clipped and limited per address (socket-guard.ts).
  const eventLogLimiter = new LogLimiter();

  io.use((socket, next) => {
    const auth = readAuth(socket.handshake.auth);
    if (auth.protocolVersion !== PROTOCOL_VERSION) {
      const sent = (socket.handshake.auth as Record<string, unknown> | undefined)?.protocolVersion;
      // A version sent as text ("1") is refused too, saying so: the handshake's fields have one type each.
      const told =
        typeof sent === 'string'
          ? `the client sent protocolVersion as the string ${JSON.stringify(sent.slice(0, 20))}; send it as a number (${PROTOCOL_VERSION})`
          : `the client ${auth.protocolVersion ?? 'did not say'}; update the client`;
      const error = new Error(`protocol_mismatch: this hub speaks protocol ${PROTOCOL_VERSION}, ${told}.`) as Error & { data: unknown };
      error.data = { code: 'protocol_mismatch', message: error.message, hubProtocolVersion: PROTOCOL_VERSION };
      next(error);
      return;
    }
    next();
  });

  io.on('connection', guarded(logger, 'connection', (rawSocket: Socket) => {
    const socket = rawSocket as RoomSocket;
    const auth = readAuth(socket.handshake.auth);
    const address = socket.handshake.address;
    const now = deps.now?.() ?? new Date();
    // The device is the one its token proves, or none: an unpaired connection has no device identity at all.
    const device = proveDevice(store, auth.deviceToken);
    const deviceId = device?.id ?? null;
    let principal = guest(address, deviceId, device !== null);
    const ended: SessionEnded[] = [];
    // A device token the hub does not know (unpaired, replaced by a newer pairing, never issued) is not dropped
    // silently: the connection is an unpaired guest and is told, so the device can pair again on it.
    const offered = (socket.handshake.auth as Record<string, unknown> | undefined)?.deviceToken;
    if (offered !== undefined && offered !== null && !device) ended.push(endedBecause('unpaired', UNKNOWN_DEVICE));
    if (auth.sessionToken) {
      const found = findSession(store, auth.sessionToken, now);
      if (!found.ok) ended.push({ code: found.code, reason: found.reason });
      else if (!sessionFits(found.session, deviceId)) ended.push(endedBecause('other_device'));
      else principal = principalOf(found.session, address, deviceId);
    }
    // Only a proven device is written to (when and where it was seen, the name it gives itself); nobody else writes a row.
    if (device) store.deviceSeen(device.id, { at: now.toISOString(), address, name: auth.deviceName ?? null });
    const connection = new SocketConnection(store, principal, device, auth.deviceName ?? null, rooms, socket);
    options.live.add(connection);
    socket.emit('hub.welcome', {
      protocolVersion: PROTOCOL_VERSION,
      hubVersion: options.hubVersion,
      hubId: options.hubId,
      serverTime: now.toISOString(),
      insecureHttp: options.insecureHttp,
    });
    for (const e of ended) socket.emit('session.ended', e);

    const events = new EventLog(logger, eventLogLimiter, address);
    // Guarded: a throw while answering is a hub bug, logged, and the connection goes on.
    const handle = guarded(logger, 'event', (event: string, args: unknown[]) => {
      const ack = typeof args.at(-1) === 'function' ? (args.at(-1) as (res: Ack<unknown>) => void) : null;
      const payload = ack ? (args.length > 1 ? args[0] : undefined) : args[0];
      // In order per connection; a command with a slow prepare step (a passcode hashed) holds up no other connection.
      return dispatch(connection, event, payload).then((result) => {
        if (ack) ack(result);
        else events.noAck(event, connection.principal.deviceId);
        // Wrong and throttled guesses are logged, once per address and minute, by the failure log.
        if (!result.ok && result.code !== 'bad_passcode' && result.code !== 'rate_limited') {
          events.refused(event, { code: result.code, role: connection.principal.role, deviceId: connection.principal.deviceId });
        }
      });
    });
    // One listener for every event, known or not (the pipeline tells them apart): a listener per command would be
    // ninety closures on each of a congress's 1,500 connections.
    socket.onAny((event: string, ...args: unknown[]) => handle(event, args));
    socket.on('disconnect', guarded(logger, 'disconnect', () => {
      connection.leaveAll();
      options.live.remove(connection);
      const device = connection.principal.deviceId;
      if (device && !options.live.onlineDevices().has(device)) {
        for (const { meetingId, row } of offlineRows(store, device, new Date())) options.live.pushPreload(meetingId, row);
      }
    }));
  }, (rawSocket: Socket) => rawSocket.disconnect(true)));

  return { io, broadcast, push };
}
