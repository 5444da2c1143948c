import type { Server as HttpServer } from 'node:http';
import { Server, type Socket } from 'socket.io';
import { visibleChange } from '../../shared/domain/visibility.ts';
import {
  type Ack,
  type Change,
  type ClientToServerEvents,
  COMMAND_NAMES,
  type HandshakeAuth,
  PROTOCOL_VERSION,
  type PushName,
  type PushPayload,
  type ServerToClientEvents,
} from '../../shared/protocol/index.ts';
import type { Connection, Principal, SessionEnded } from './commands/context.ts';
import { readerOf } from './commands/reader.ts';
import { offlineRows } from './commands/preload/row.ts';
import type { Logger } from './logger.ts';
import { runCommand, type PipelineDeps } from './pipeline.ts';
import { findSession, guest, hashToken, principalOf } from './sessions.ts';
import type { LiveConnection, LiveConnections } from './live.ts';
import type { Store } from './store/store.ts';

type RoomSocket = Socket<ClientToServerEvents, ServerToClientEvents>;

interface Follower {
  socket: RoomSocket;
  connection: SocketConnection;
}

class SocketConnection implements Connection, LiveConnection {
  principal: Principal;
  readonly following = new Set<string>();
  /** Paired by its own device token (or by device.pair on this connection), not by a staff session. */
  private ownPairing: boolean;
  private readonly followers: Map<string, Set<Follower>>;
  private readonly socket: RoomSocket;
  constructor(principal: Principal, ownPairing: boolean, followers: Map<string, Set<Follower>>, socket: RoomSocket) {
    this.principal = principal;
    this.ownPairing = ownPairing;
    this.followers = followers;
    this.socket = socket;
  }
  setPrincipal(principal: Principal): void {
    this.principal = principal;
    if (principal.role === 'guest') this.ownPairing = principal.paired;
  }
  follow(meetingId: string): void {
    this.following.add(meetingId);
    const set = this.followers.get(meetingId) ?? new Set<Follower>();
    set.add({ socket: this.socket, connection: this });
    this.followers.set(meetingId, set);
  }
  unfollow(meetingId: string): void {
    this.following.delete(meetingId);
    const set = this.followers.get(meetingId);
    if (!set) return;
    for (const f of set) if (f.connection === this) set.delete(f);
    if (set.size === 0) this.followers.delete(meetingId);
  }
  leaveAll(): void {
    for (const id of [...this.following]) this.unfollow(id);
  }
  becomeGuest(): void {
    this.principal = guest(this.principal.address, this.principal.deviceId, this.ownPairing);
    // Pushes are filtered by the principal of the moment, so a paired guest may go on following;
    // a device that may read nothing stops receiving anything.
    if (!this.ownPairing) this.leaveAll();
  }
  drop(ended: SessionEnded, options: { unpair: boolean }): void {
    if (options.unpair) this.ownPairing = false;
    this.becomeGuest();
    this.socket.emit('session.ended', ended);
  }
  follows(meetingId: string): boolean {
    return this.following.has(meetingId);
  }
  push<N extends PushName>(name: N, payload: PushPayload<N>): void {
    (this.socket.emit as (event: string, payload: unknown) => void)(name, payload);
  }
}

/** Handshake payload as sent; validated field by field since any client may connect. */
function readAuth(raw: unknown): Partial<HandshakeAuth> {
  const auth = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const str = (v: unknown, max: number) => (typeof v === 'string' && v.length > 0 && v.length <= max ? v : undefined);
  return {
    protocolVersion: typeof auth.protocolVersion === 'number' ? auth.protocolVersion : undefined,
    deviceId: str(auth.deviceId, 100),
    deviceName: str(auth.deviceName, 200),
    sessionToken: str(auth.sessionToken, 200),
    deviceToken: str(auth.deviceToken, 200),
  } as Partial<HandshakeAuth>;
}

export interface SocketHubOptions {
  http: HttpServer;
  store: Store;
  live: LiveConnections;
  logger: Logger;
  hubId: string;
  hubVersion: string;
  deps: Omit<PipelineDeps, 'broadcast'>;
}

/** Socket.IO on the hub's HTTP server: handshake, the command pipeline, and per-reader broadcasts. */
export function attachSockets(options: SocketHubOptions): { io: Server; broadcast: PipelineDeps['broadcast'] } {
  const { store, logger } = options;
  const followers = new Map<string, Set<Follower>>();
  const io = new Server<ClientToServerEvents, ServerToClientEvents>(options.http, {
    serveClient: false,
    maxHttpBufferSize: 1_000_000,
    pingInterval: 10_000,
    pingTimeout: 8_000,
    // Reconnecting tablets get missed packets replayed by meeting.open, not by socket.io's recovery.
    connectionStateRecovery: undefined,
  });

  const broadcast: PipelineDeps['broadcast'] = (meetingId, revision, changes: Change[]) => {
    const set = followers.get(meetingId);
    if (!set) return;
    // Same reader, same view: compute each distinct view once (a congress has 1,500 tablets, a handful of views).
    const views = new Map<string, Change[]>();
    for (const { socket, connection } of set) {
      const reader = readerOf(store, connection.principal, meetingId);
      const key = `${reader.role}|${reader.group ?? ''}`;
      let view = views.get(key);
      if (!view) {
        view = changes.map((c) => visibleChange(reader, c));
        views.set(key, view);
      }
      socket.emit('meeting.changed', { meetingId, revision, changes: view });
    }
  };
  const deps: PipelineDeps = { ...options.deps, broadcast };

  io.use((socket, next) => {
    const auth = readAuth(socket.handshake.auth);
    if (auth.protocolVersion !== PROTOCOL_VERSION) {
      const error = new Error(
        `protocol_mismatch: this hub speaks protocol ${PROTOCOL_VERSION}, the client ${auth.protocolVersion ?? 'did not say'}; update the client.`,
      ) as Error & { data: unknown };
      error.data = { code: 'protocol_mismatch', message: error.message, hubProtocolVersion: PROTOCOL_VERSION };
      next(error);
      return;
    }
    next();
  });

  io.on('connection', (rawSocket) => {
    const socket = rawSocket as RoomSocket;
    const auth = readAuth(socket.handshake.auth);
    const address = socket.handshake.address;
    const deviceId = auth.deviceId ?? null;
    const now = new Date();
    // Paired: the device token matches a device that is still paired, and is presented by that same device.
    const devicePaired = () => {
      if (!auth.deviceToken || !deviceId) return false;
      const device = store.deviceByTokenHash(hashToken(auth.deviceToken));
      return !!device && device.id === deviceId && !device.revokedAt;
    };
    const paired = devicePaired();
    let principal = guest(address, deviceId, paired);
    let ended: SessionEnded | null = null;
    if (auth.sessionToken) {
      const found = findSession(store, auth.sessionToken, now);
      if (found.ok && (found.session.role !== 'delegate' || found.session.deviceId === deviceId)) {
        principal = principalOf(found.session, address, deviceId);
      } else {
        ended = found.ok
          ? { code: 'other_device', reason: 'This session belongs to another device; sign in with your badge here.' }
          : { code: found.code, reason: found.reason };
      }
    }
    if (deviceId) {
      store.touchDevice({ id: deviceId, name: auth.deviceName ?? 'unnamed device', at: now.toISOString(), address });
    }
    const connection = new SocketConnection(principal, paired, followers, socket);
    options.live.add(connection);
    socket.emit('hub.welcome', {
      protocolVersion: PROTOCOL_VERSION,
      hubVersion: options.hubVersion,
      hubId: options.hubId,
      serverTime: now.toISOString(),
    });
    if (ended) socket.emit('session.ended', ended);

    const handle = (event: string, args: unknown[]) => {
      const ack = typeof args.at(-1) === 'function' ? (args.at(-1) as (res: Ack<unknown>) => void) : null;
      const payload = ack ? (args.length > 1 ? args[0] : undefined) : args[0];
      const result = runCommand(deps, connection, event, payload);
      if (ack) ack(result);
      else logger.warn({ event, deviceId }, 'event sent without an acknowledgement callback; the answer was dropped');
      if (!result.ok && result.code !== 'bad_passcode') {
        logger.info({ event, code: result.code, role: connection.principal.role, deviceId }, 'command refused');
      }
    };
    for (const name of COMMAND_NAMES) {
      socket.on(name, ((...args: unknown[]) => handle(name, args)) as never);
    }
    socket.onAny((event: string, ...args: unknown[]) => {
      if (!(COMMAND_NAMES as string[]).includes(event)) handle(event, args);
    });
    socket.on('disconnect', () => {
      connection.leaveAll();
      options.live.remove(connection);
      const device = connection.principal.deviceId;
      if (device && !options.live.onlineDevices().has(device)) {
        for (const { meetingId, row } of offlineRows(store, device, new Date())) options.live.pushPreload(meetingId, row);
      }
    });
  });

  return { io, broadcast };
}
