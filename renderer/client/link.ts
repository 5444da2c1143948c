import type { Ack, CommandInput, CommandName, CommandResult, HandshakeAuth, PushName, PushPayload } from '../../shared/protocol/index.ts';
import { detailOf, HubError, type HubErrorCode } from './errors.ts';
import type { HubStateApi } from './state.ts';
import type { SocketFactory, SocketLike } from './socket.ts';

/** Every push the hub sends; the check below fails the build if the protocol gains one this list lacks. */
const PUSH_NAMES = ['hub.welcome', 'meeting.changed', 'preload.changed', 'pairing.changed', 'session.ended', 'annotations.changed', 'hall.changed'] as const satisfies readonly PushName[];
type UnhandledPush = Exclude<PushName, (typeof PUSH_NAMES)[number]>;
const everyPushHandled: [UnhandledPush] extends [never] ? true : never = true;
void everyPushHandled;

/** A command without an answer after this long is reported as failed (and never sent later). */
export const COMMAND_TIMEOUT_MS = 10_000;
/** A link still down after this long is shown as offline rather than reconnecting. */
export const OFFLINE_AFTER_MS = 8_000;
/** Wait before retrying when the hub refused a handshake or a `meeting.open` failed for a passing reason. */
export const RETRY_MS = 2_000;

export type PushListener<N extends PushName> = (payload: PushPayload<N>) => void;

/** What the rest of the client does at the link's turning points (see HubClient, which wires them). */
export interface LinkHooks {
  /** Connected: confirm what must be confirmed (the session) before user commands go out. */
  beforeReady(): Promise<void>;
  /** Connected and confirmed: user commands flow. */
  ready(): void;
  /** The link dropped. */
  dropped(): void;
  /** The hub answered a command with an error code. */
  refused(code: HubErrorCode): void;
  /** The hub refused the handshake with this code (protocol_mismatch is handled here). */
  handshakeRefused(code: string | undefined): void;
}

export interface HubLinkOptions {
  hubUrl: string;
  createSocket: SocketFactory;
  /** The handshake, asked again at every (re)connection. */
  auth: () => HandshakeAuth;
  state: HubStateApi;
  now: () => number;
  hooks: LinkHooks;
}

/**
 * The one Socket.IO connection of this screen to its hub: the handshake, the connection status shown on screen
 * (connecting, connected, reconnecting, offline), typed commands with their acknowledgements and timeouts, and the
 * hub's pushes handed to whoever listens. The only code that emits on the socket.
 */
export class HubLink {
  private readonly socket: SocketLike;
  private readonly state: HubStateApi;
  private readonly now: () => number;
  private readonly hooks: LinkHooks;
  private readonly listeners = new Map<PushName, Set<PushListener<never>>>();
  /** True once connected and the session (if any) is confirmed: user commands wait for it. */
  private isReady = false;
  private readyWaiters = new Set<() => void>();
  private offlineTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(options: HubLinkOptions) {
    this.state = options.state;
    this.now = options.now;
    this.hooks = options.hooks;
    this.socket = options.createSocket(options.hubUrl, options.auth);
    this.wire();
    this.on('hub.welcome', (welcome) => {
      const offset = Date.parse(welcome.serverTime) - this.now();
      this.state.setState({
        hub: {
          hubId: welcome.hubId,
          hubVersion: welcome.hubVersion,
          clockOffsetMs: Number.isFinite(offset) ? offset : 0,
          // A hub of an older version says nothing: it served plain HTTP.
          insecureHttp: welcome.insecureHttp !== false,
        },
      });
    });
  }

  /** Connected and confirmed: commands go out at once. */
  get ready(): boolean {
    return this.isReady;
  }

  /** The socket is connected (whether or not the session is confirmed yet). */
  get connected(): boolean {
    return this.socket.connected;
  }

  start(): void {
    this.armOfflineTimer();
    this.socket.connect();
  }

  stop(): void {
    this.clearOfflineTimer();
    this.socket.disconnect();
  }

  /** Connects again at once, with a fresh handshake. */
  reconnect(): void {
    this.socket.disconnect();
    this.socket.connect();
  }

  /** Sends a command once the link is up; rejects with a HubError on an error ack or after 10 s. */
  async send<N extends CommandName>(name: N, input: CommandInput<N>): Promise<CommandResult<N>> {
    const deadline = this.now() + COMMAND_TIMEOUT_MS;
    await this.whenReady(COMMAND_TIMEOUT_MS);
    const ack = await this.request(name, input, Math.max(1, deadline - this.now()));
    return ack.data;
  }

  /** Emits now (the link must be up). Late answers after a timeout are ignored. */
  request<N extends CommandName>(name: N, input: CommandInput<N>, timeoutMs: number): Promise<{ revision: number | null; data: CommandResult<N> }> {
    return new Promise((resolve, reject) => {
      let settled = false;
      const timer = setTimeout(() => {
        settled = true;
        reject(new HubError('timeout', `No answer from the hub to ${name}.`));
      }, timeoutMs);
      this.socket.emit(name, input, (ack: Ack<CommandResult<N>>) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        if (ack.ok) resolve({ revision: ack.revision, data: ack.data });
        else {
          this.hooks.refused(ack.code);
          reject(new HubError(ack.code, ack.message, ack.issues, detailOf(ack)));
        }
      });
    });
  }

  /** Emits now and ignores the answer (closing a meeting, a probe). */
  fireAndForget<N extends CommandName>(name: N, input: CommandInput<N>): void {
    this.request(name, input, COMMAND_TIMEOUT_MS).catch(() => undefined);
  }

  /** Subscribes to a hub push; returns the unsubscribe function. Listeners run in the order they subscribed. */
  on<N extends PushName>(name: N, listener: PushListener<N>): () => void {
    const set = this.listeners.get(name) ?? new Set();
    set.add(listener as PushListener<never>);
    this.listeners.set(name, set);
    return () => set.delete(listener as PushListener<never>);
  }

  private wire(): void {
    const socket = this.socket;
    socket.on('connect', () => void this.onConnect());
    socket.on('disconnect', (reason: string) => this.onDisconnect(reason));
    socket.on('connect_error', (error: Error & { data?: { code?: string; message?: string } }) => this.onConnectError(error));
    for (const name of PUSH_NAMES) {
      socket.on(name, (payload: never) => this.dispatch(name, payload));
    }
  }

  private dispatch<N extends PushName>(name: N, payload: PushPayload<N>): void {
    for (const listener of this.listeners.get(name) ?? []) (listener as PushListener<N>)(payload);
  }

  private async onConnect(): Promise<void> {
    this.clearOfflineTimer();
    this.state.setState({ connection: { status: 'connected', since: this.now() } });
    await this.hooks.beforeReady();
    if (!this.socket.connected) return;
    this.isReady = true;
    this.wakeWaiters();
    this.hooks.ready();
  }

  private onDisconnect(reason: string): void {
    this.isReady = false;
    this.hooks.dropped();
    this.state.setState({ connection: { status: 'reconnecting', since: this.now() } });
    this.armOfflineTimer();
    // The hub closed us on purpose (restart, kick): Socket.IO leaves it to us to come back.
    if (reason === 'io server disconnect') setTimeout(() => this.socket.connect(), RETRY_MS);
  }

  private onConnectError(error: Error & { data?: { code?: string; message?: string } }): void {
    const code = error.data?.code;
    if (code === 'protocol_mismatch') {
      this.clearOfflineTimer();
      this.state.setState({ fatal: { code, message: error.data?.message ?? error.message } });
      this.wakeWaiters();
      return;
    }
    this.hooks.handshakeRefused(code);
    if (this.state.getState().connection.status === 'connected') {
      this.state.setState({ connection: { status: 'reconnecting', since: this.now() } });
      this.armOfflineTimer();
    }
    // A refused handshake stops Socket.IO's own retries; a network failure does not.
    if (!this.socket.active) setTimeout(() => this.socket.connect(), RETRY_MS);
  }

  private armOfflineTimer(): void {
    this.clearOfflineTimer();
    this.offlineTimer = setTimeout(() => {
      const { status, since } = this.state.getState().connection;
      if (status === 'reconnecting' || status === 'connecting') {
        this.state.setState({ connection: { status: 'offline', since } });
      }
    }, OFFLINE_AFTER_MS);
  }

  private clearOfflineTimer(): void {
    if (this.offlineTimer) clearTimeout(this.offlineTimer);
    this.offlineTimer = null;
  }

  private wakeWaiters(): void {
    for (const wake of [...this.readyWaiters]) wake();
  }

  private whenReady(timeoutMs: number): Promise<void> {
    const fatal = this.state.getState().fatal;
    if (fatal) return Promise.reject(new HubError('protocol_mismatch', fatal.message));
    if (this.isReady) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const wake = () => {
        clearTimeout(timer);
        this.readyWaiters.delete(wake);
        const failed = this.state.getState().fatal;
        if (failed) reject(new HubError('protocol_mismatch', failed.message));
        else resolve();
      };
      const timer = setTimeout(() => {
        this.readyWaiters.delete(wake);
        reject(new HubError('timeout', 'The hub cannot be reached.'));
      }, timeoutMs);
      this.readyWaiters.add(wake);
    });
  }
}
