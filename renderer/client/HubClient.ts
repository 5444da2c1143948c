import type {
  Ack,
  CommandInput,
  CommandName,
  CommandResult,
  HandshakeAuth,
  MeetingSnapshot,
  PushName,
  PushPayload,
} from '../../shared/protocol/index.ts';
// Values from the protocol's zod-free modules only: the schemas (zod) are the hub's business, not the tablets' download.
import { PROTOCOL_VERSION } from '../../shared/protocol/version.ts';
import { applyChanges } from '../../shared/domain/changes.ts';
import type { Platform } from '../platform/index.ts';
import { HubError, toHubError } from './errors.ts';
import { createHubStore, type HubState, type HubStore } from './state.ts';
import { SessionVault, deviceToken, type SessionInfo } from './storage.ts';
import type { SocketFactory, SocketLike } from './socket.ts';
import type { ImportLang } from '../../shared/domain/delegate-import-messages.ts';
import type { DelegateImport } from '../../shared/domain/delegate-rows.ts';
import { downloadLink } from './downloadLink.ts';
import * as secretariatHttp from './secretariatHttp.ts';

/** Every push the hub sends; the check below fails the build if the protocol gains one this list lacks. */
const PUSH_NAMES = ['hub.welcome', 'meeting.changed', 'preload.changed', 'pairing.changed', 'session.ended'] as const satisfies readonly PushName[];
type UnhandledPush = Exclude<PushName, (typeof PUSH_NAMES)[number]>;
const everyPushHandled: [UnhandledPush] extends [never] ? true : never = true;
void everyPushHandled;

/** A command without an answer after this long is reported as failed (and never sent later). */
export const COMMAND_TIMEOUT_MS = 10_000;
/** A link still down after this long is shown as offline rather than reconnecting. */
export const OFFLINE_AFTER_MS = 8_000;
/** Wait before retrying when the hub refused a handshake or a `meeting.open` failed for a passing reason. */
const RETRY_MS = 2_000;
/** How often a screen following a meeting that is not published yet asks again (no push tells a draft's readers). */
export const NOT_PUBLISHED_RETRY_MS = 15_000;

type Listener<N extends PushName> = (payload: PushPayload<N>) => void;
type ChangedPush = PushPayload<'meeting.changed'>;

export interface HubClientOptions {
  platform: Pick<Platform, 'hubUrl' | 'deviceName' | 'storage'>;
  createSocket: SocketFactory;
  now?: () => number;
  fetch?: typeof globalThis.fetch;
  /** Sends uploads with progress; default XMLHttpRequest, or the given fetch when one is given (tests). */
  upload?: secretariatHttp.Uploader;
}

/** What `POST /api/documents` answers for a stored PDF. */
export interface UploadedDocument {
  sha256: string;
  pages: number;
  bytes: number;
}

/** How much of a download has arrived; `total` is null when the hub did not say. */
export interface DownloadProgress {
  loaded: number;
  total: number | null;
}

/**
 * The one connection of this screen to its hub. It sends typed commands, keeps the followed meeting
 * up to date from pushes (asking for what it missed after a gap or a reconnection), keeps the staff
 * session across reconnections, and publishes all of it in one zustand store that React reads.
 */
export class HubClient {
  readonly store: HubStore;
  private readonly socket: SocketLike;
  private readonly vault: SessionVault;
  private readonly storage: Platform['storage'];
  /** The device token the current (or last) handshake presented; the hub judged pairing by it. */
  private handshakeDeviceToken: string | null = null;
  /** The last `session.ended` reason, shown on the pairing screen if the hub then says `not_paired`. */
  private lastEndedReason: string | null = null;
  private readonly now: () => number;
  private readonly hubUrl: string;
  private readonly fetch: typeof globalThis.fetch;
  private readonly upload: secretariatHttp.Uploader;
  private readonly listeners = new Map<PushName, Set<Listener<never>>>();
  /** True once connected and the session (if any) is confirmed: user commands wait for it. */
  private ready = false;
  private readyWaiters = new Set<() => void>();
  private offlineTimer: ReturnType<typeof setTimeout> | null = null;
  /** Bumped by every `meeting.open`, so an answer that arrives after a newer request is dropped. */
  private openSeq = 0;
  private opening = false;
  /** Pushes that arrived while a `meeting.open` was in flight; replayed on its answer. */
  private buffered: ChangedPush[] = [];
  /** The meeting last unfollowed, kept so that the next screen on it (agenda ↔ reader) has it at once, even offline. */
  private lastFollowed: { id: string; snapshot: MeetingSnapshot } | null = null;

  constructor(options: HubClientOptions) {
    this.now = options.now ?? Date.now;
    this.hubUrl = options.platform.hubUrl;
    this.fetch = options.fetch ?? ((...args) => globalThis.fetch(...args));
    this.upload =
      options.upload ??
      (options.fetch || typeof XMLHttpRequest === 'undefined' ? secretariatHttp.fetchUploader(this.fetch) : secretariatHttp.xhrUpload);
    this.storage = options.platform.storage;
    this.store = createHubStore(this.now(), deviceToken.get(this.storage) !== null);
    this.vault = new SessionVault(this.storage, this.now);
    // No device id is sent: the hub knows a device only by the token it gave it at pairing.
    const auth = (): HandshakeAuth => {
      const token = this.state.session?.token;
      const device = deviceToken.get(this.storage);
      this.handshakeDeviceToken = device;
      return {
        protocolVersion: PROTOCOL_VERSION,
        deviceName: options.platform.deviceName,
        ...(device ? { deviceToken: device } : {}),
        ...(token ? { sessionToken: token } : {}),
      };
    };
    this.socket = options.createSocket(options.platform.hubUrl, auth);
    this.wire();
  }

  get state(): HubState {
    return this.store.getState();
  }

  start(): void {
    this.armOfflineTimer();
    this.socket.connect();
  }

  stop(): void {
    this.clearOfflineTimer();
    this.socket.disconnect();
  }

  /** Sends a command once the link is up; rejects with a HubError on an error ack or after 10 s. */
  async send<N extends CommandName>(name: N, input: CommandInput<N>): Promise<CommandResult<N>> {
    const deadline = this.now() + COMMAND_TIMEOUT_MS;
    await this.whenReady(COMMAND_TIMEOUT_MS);
    const ack = await this.request(name, input, Math.max(1, deadline - this.now()));
    return ack.data;
  }

  /** Subscribes to a hub push; returns the unsubscribe function. */
  on<N extends PushName>(name: N, listener: Listener<N>): () => void {
    const set = this.listeners.get(name) ?? new Set();
    set.add(listener as Listener<never>);
    this.listeners.set(name, set);
    return () => set.delete(listener as Listener<never>);
  }

  /** Follows one meeting (the previous one, if any, is closed). */
  follow(meetingId: string): void {
    const current = this.state.meeting;
    if (current?.id === meetingId) return;
    if (current && this.ready) this.fireAndForget('meeting.close', { meetingId: current.id });
    this.buffered = [];
    const kept = this.lastFollowed?.id === meetingId ? this.lastFollowed.snapshot : null;
    this.lastFollowed = null;
    this.store.setState({ meeting: { id: meetingId, snapshot: kept, error: null } });
    if (this.ready) void this.open(!kept);
  }

  unfollow(meetingId: string): void {
    const followed = this.state.meeting;
    if (followed?.id !== meetingId) return;
    this.lastFollowed = followed.snapshot ? { id: meetingId, snapshot: followed.snapshot } : null;
    this.openSeq++;
    this.opening = false;
    this.buffered = [];
    this.store.setState({ meeting: null });
    if (this.ready) this.fireAndForget('meeting.close', { meetingId });
  }

  /**
   * Signs in with a staff credential; the hub answers which role it is for (the admin passcode is the secretariat's).
   * The token is kept under that role, so the screen of that role resumes it after a reload.
   */
  async signIn(passcode: string): Promise<SessionInfo> {
    const session = await this.send('session.signIn', { passcode });
    this.vault.put(session);
    this.setSession(session);
    return session;
  }

  /**
   * Pairs this device with the room's hub (the 6-digit code from the chair console or the room QR). The device token
   * (and the id the hub made) are kept; the token goes with every handshake and HTTP request from now on, and this
   * connection counts as paired at once.
   */
  async pair(code: string): Promise<void> {
    const { deviceId, deviceToken: token } = await this.send('device.pair', { code });
    deviceToken.put(this.storage, token, deviceId);
    this.handshakeDeviceToken = token;
    this.lastEndedReason = null;
    this.store.setState({ pairing: { status: 'paired', reason: null } });
    // What the meeting refused to an unpaired device, it now answers.
    if (this.state.meeting && this.ready) void this.open(true);
  }

  /**
   * Signs a delegate in on this (paired) tablet with a badge: the scanned token or the typed short code.
   * `session_elsewhere` rejects unless `takeOver`, which moves the session here and signs the other device out.
   * The session is kept under the `delegate` role and resumed after a reload or a reconnection.
   */
  async badgeSignIn(meetingId: string, code: string, takeOver = false): Promise<SessionInfo> {
    const session = await this.send('session.badgeSignIn', { meetingId, code, takeOver });
    this.vault.put(session);
    this.setSession(session);
    return session;
  }

  /**
   * Resumes the kept session of a role, if any. False if there was none or the hub no longer knows it.
   * A delegate session is resumed only on the screen of its own meeting (`meetingId`).
   */
  async resumeStored(role: SessionInfo['role'], meetingId?: string): Promise<boolean> {
    const current = this.state.session;
    if (current?.role === role && (meetingId === undefined || current.meetingId === meetingId)) return true;
    const stored = this.vault.get(role);
    if (!stored) return false;
    if (meetingId !== undefined && role === 'delegate' && stored.meetingId !== meetingId) return false;
    try {
      const session = await this.send('session.resume', { token: stored.token });
      this.vault.put(session);
      this.setSession(session);
      return true;
    } catch (error) {
      const code = toHubError(error).code;
      if (code === 'session_expired' || code === 'bad_request') {
        this.vault.remove(role);
        return false;
      }
      throw error;
    }
  }

  async signOut(): Promise<void> {
    const session = this.state.session;
    if (!session) return;
    this.vault.remove(session.role);
    try {
      await this.send('session.signOut', {});
    } finally {
      this.setSession(null);
    }
  }

  /** The token of the current session, for HTTP calls (document upload). */
  get sessionToken(): string | null {
    return this.state.session?.token ?? null;
  }

  /**
   * The headers of every HTTP request this screen makes: the session's token (when signed in) and this device's token
   * (when paired). A session opened on a paired device counts at the hub only next to that device's token.
   */
  httpAuth(): Record<string, string> {
    const session = this.sessionToken;
    const device = deviceToken.get(this.storage);
    return { ...(session ? { Authorization: `Bearer ${session}` } : {}), ...(device ? { 'X-Device-Token': device } : {}) };
  }

  /**
   * Stores a PDF on the hub (needs a session); `document.add` or `document.replace` then puts it in a meeting.
   * `onProgress` follows the bytes going out; the hub's refusal (not a PDF, encrypted, too large...) rejects with its words.
   */
  async uploadDocument(
    pdf: Blob,
    options: { onProgress?: (progress: secretariatHttp.UploadProgress) => void; signal?: AbortSignal } = {},
  ): Promise<UploadedDocument> {
    if (!this.sessionToken) throw new HubError('not_signed_in', 'Sign in before uploading documents.');
    const answer = await this.upload({
      url: `${this.hubUrl}/api/documents`,
      headers: { ...this.httpAuth(), 'Content-Type': 'application/pdf' },
      body: pdf,
      ...options,
    });
    if (answer.status < 200 || answer.status >= 300) throw secretariatHttp.refusal(answer);
    return answer.body as UploadedDocument;
  }

  /** The secretariat's HTTP calls, with this screen's hub and session. */
  private get http(): secretariatHttp.HttpContext {
    return { hubUrl: this.hubUrl, token: this.sessionToken, deviceToken: deviceToken.get(this.storage), fetch: this.fetch, upload: this.upload };
  }

  /**
   * Reads a delegate list file on the hub (nothing saved): the rows, their errors and warnings, the file's
   * encoding, with the hub's messages in `lang`.
   */
  previewDelegates(meetingId: string, file: Blob, fileName: string, lang: ImportLang): Promise<DelegateImport> {
    return secretariatHttp.previewDelegates(this.http, meetingId, file, fileName, lang);
  }

  /**
   * A one-time link (a minute, one use) to `path` on the hub, for a download the browser opens itself (the badge
   * sheet, a badge PNG): no token travels in it. See downloadLink.ts.
   */
  downloadLink(path: string, query: Record<string, string> = {}): Promise<string> {
    return downloadLink({ hubUrl: this.hubUrl, fetch: this.fetch, headers: this.httpAuth() }, path, query);
  }

  /** Downloads a meeting's `.rtpack` (secretariat). */
  exportPack(meetingId: string): Promise<{ blob: Blob; fileName: string }> {
    return secretariatHttp.exportPack(this.http, meetingId);
  }

  /** Imports a `.rtpack` (secretariat): all of it or nothing; a refusal is a PackRefusal listing the problems. */
  importPack(pack: Blob, options: secretariatHttp.PackImportOptions = {}): Promise<secretariatHttp.ImportedPack> {
    return secretariatHttp.importPack(this.http, pack, options);
  }

  /**
   * GETs a document's bytes from `offset` on (a Range request above 0), with the same tokens as `fetchDocument`,
   * and hands back the response as it is (200, 206 or the hub's refusal) for the preloader to stream to the
   * device. Rejects with a HubError `network` when the hub cannot be reached; an abort rejects as fetch does.
   */
  async requestDocument(sha256: string, offset: number, signal?: AbortSignal): Promise<Response> {
    const headers = this.httpAuth();
    if (offset > 0) headers.Range = `bytes=${offset}-`;
    try {
      // The device's copy is the preloader's (IndexedDB, purged when the meeting closes): none in the HTTP cache.
      return await this.fetch(this.documentUrl(sha256), { headers, cache: 'no-store', ...(signal ? { signal } : {}) });
    } catch (error) {
      if (signal?.aborted) throw error;
      throw new HubError('network', error instanceof Error ? error.message : String(error));
    }
  }

  /** Where a document's bytes are on the hub. No token is in it: `fetchDocument` sends them as headers. */
  documentUrl(sha256: string): string {
    return `${this.hubUrl}/api/documents/${sha256}`;
  }

  /**
   * Downloads a document's bytes, with the session token when this screen has one and the paired device's token
   * (`httpAuth`), reporting progress as they arrive. Rejects with a HubError: the hub's code (`not_signed_in`,
   * `forbidden`, `not_found`, `not_paired`, `session_expired`...) or `network` when the hub cannot be reached;
   * an abort rejects as fetch does.
   */
  async fetchDocument(
    sha256: string,
    options: { signal?: AbortSignal; onProgress?: (progress: DownloadProgress) => void } = {},
  ): Promise<Uint8Array<ArrayBuffer>> {
    const { signal, onProgress } = options;
    let response: Response;
    try {
      response = await this.fetch(this.documentUrl(sha256), {
        headers: this.httpAuth(),
        ...(signal ? { signal } : {}),
      });
    } catch (error) {
      if (signal?.aborted) throw error;
      throw new HubError('network', error instanceof Error ? error.message : String(error));
    }
    if (!response.ok) {
      const failure = ((await response.json().catch(() => null)) ?? {}) as { code?: unknown; message?: unknown };
      const code = typeof failure.code === 'string' ? failure.code : response.status === 404 ? 'not_found' : 'internal';
      throw new HubError(code as HubError['code'], typeof failure.message === 'string' ? failure.message : `HTTP ${response.status}`);
    }
    const declared = Number(response.headers.get('content-length'));
    const total = Number.isFinite(declared) && declared > 0 ? declared : null;
    onProgress?.({ loaded: 0, total });
    if (!response.body) return new Uint8Array(await response.arrayBuffer());
    const reader = response.body.getReader();
    const chunks: Uint8Array[] = [];
    let loaded = 0;
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value);
        loaded += value.byteLength;
        onProgress?.({ loaded, total });
      }
    } catch (error) {
      if (signal?.aborted) throw error;
      throw new HubError('network', error instanceof Error ? error.message : String(error));
    }
    const bytes = new Uint8Array(loaded);
    let offset = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, offset);
      offset += chunk.byteLength;
    }
    return bytes;
  }

  // --- connection --------------------------------------------------------------------------

  private wire(): void {
    const socket = this.socket;
    socket.on('connect', () => void this.onConnect());
    socket.on('disconnect', (reason: string) => this.onDisconnect(reason));
    socket.on('connect_error', (error: Error & { data?: { code?: string; message?: string } }) =>
      this.onConnectError(error),
    );
    for (const name of PUSH_NAMES) {
      socket.on(name, (payload: never) => this.dispatch(name, payload));
    }
  }

  private async onConnect(): Promise<void> {
    this.clearOfflineTimer();
    this.store.setState({ connection: { status: 'connected', since: this.now() } });
    const session = this.state.session;
    if (session) {
      // The handshake token already bound the session; asking again tells us whether the hub still knows it.
      try {
        const renewed = await this.request('session.resume', { token: session.token }, COMMAND_TIMEOUT_MS);
        this.vault.put(renewed.data);
        this.store.setState({ session: renewed.data });
      } catch (error) {
        if (!this.socket.connected) return;
        // The hub may already have said so with `session.ended`; end it once.
        if (toHubError(error).code !== 'timeout' && this.state.session?.token === session.token) {
          this.endSession(session, toHubError(error).message);
        }
      }
    }
    if (!this.socket.connected) return;
    this.ready = true;
    for (const wake of [...this.readyWaiters]) wake();
    if (this.state.meeting) void this.open(false);
  }

  private onDisconnect(reason: string): void {
    this.ready = false;
    this.opening = false;
    this.openSeq++;
    this.store.setState({ connection: { status: 'reconnecting', since: this.now() } });
    this.armOfflineTimer();
    // The hub closed us on purpose (restart, kick): Socket.IO leaves it to us to come back.
    if (reason === 'io server disconnect') setTimeout(() => this.socket.connect(), RETRY_MS);
  }

  private onConnectError(error: Error & { data?: { code?: string; message?: string } }): void {
    const code = error.data?.code;
    if (code === 'protocol_mismatch') {
      this.clearOfflineTimer();
      this.store.setState({ fatal: { code, message: error.data?.message ?? error.message } });
      for (const wake of [...this.readyWaiters]) wake();
      return;
    }
    if (code === 'session_expired') {
      const session = this.state.session;
      if (session) this.endSession(session, 'expired');
    }
    if (this.state.connection.status === 'connected') {
      this.store.setState({ connection: { status: 'reconnecting', since: this.now() } });
      this.armOfflineTimer();
    }
    // A refused handshake stops Socket.IO's own retries; a network failure does not.
    if (!this.socket.active) setTimeout(() => this.socket.connect(), RETRY_MS);
  }

  private armOfflineTimer(): void {
    this.clearOfflineTimer();
    this.offlineTimer = setTimeout(() => {
      const { status, since } = this.state.connection;
      if (status === 'reconnecting' || status === 'connecting') {
        this.store.setState({ connection: { status: 'offline', since } });
      }
    }, OFFLINE_AFTER_MS);
  }

  private clearOfflineTimer(): void {
    if (this.offlineTimer) clearTimeout(this.offlineTimer);
    this.offlineTimer = null;
  }

  private whenReady(timeoutMs: number): Promise<void> {
    if (this.state.fatal) return Promise.reject(new HubError('protocol_mismatch', this.state.fatal.message));
    if (this.ready) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const wake = () => {
        clearTimeout(timer);
        this.readyWaiters.delete(wake);
        if (this.state.fatal) reject(new HubError('protocol_mismatch', this.state.fatal.message));
        else resolve();
      };
      const timer = setTimeout(() => {
        this.readyWaiters.delete(wake);
        reject(new HubError('timeout', 'The hub cannot be reached.'));
      }, timeoutMs);
      this.readyWaiters.add(wake);
    });
  }

  /** Emits now (the link must be up). Late answers after a timeout are ignored. */
  private request<N extends CommandName>(
    name: N,
    input: CommandInput<N>,
    timeoutMs: number,
  ): Promise<{ revision: number | null; data: CommandResult<N> }> {
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
          if (ack.code === 'not_paired') this.onNotPaired();
          reject(new HubError(ack.code, ack.message, ack.issues));
        }
      });
    });
  }

  private fireAndForget<N extends CommandName>(name: N, input: CommandInput<N>): void {
    this.request(name, input, COMMAND_TIMEOUT_MS).catch(() => undefined);
  }

  private dispatch<N extends PushName>(name: N, payload: PushPayload<N>): void {
    if (name === 'hub.welcome') {
      const welcome = payload as PushPayload<'hub.welcome'>;
      const offset = Date.parse(welcome.serverTime) - this.now();
      this.store.setState({
        hub: { hubId: welcome.hubId, hubVersion: welcome.hubVersion, clockOffsetMs: Number.isFinite(offset) ? offset : 0 },
      });
    } else if (name === 'meeting.changed') {
      this.onChanged(payload as ChangedPush);
    } else if (name === 'session.ended') {
      const { reason } = payload as PushPayload<'session.ended'>;
      this.lastEndedReason = reason;
      const session = this.state.session;
      if (session) this.endSession(session, reason);
      // No session to end, yet the hub spoke: it may have unpaired this device. Reading again tells (not_paired).
      else if (this.ready && this.state.pairing.status === 'paired') this.recheck();
    }
    for (const listener of this.listeners.get(name) ?? []) (listener as Listener<N>)(payload);
  }

  // --- pairing -----------------------------------------------------------------------------

  /** The hub says this connection may read nothing: the device is not (or no longer) paired. */
  private onNotPaired(): void {
    const stored = deviceToken.get(this.storage);
    if (stored && stored !== this.handshakeDeviceToken) {
      // Another tab paired this device since this connection began: present the new token.
      this.socket.disconnect();
      this.socket.connect();
      return;
    }
    if (stored) deviceToken.remove(this.storage);
    const reason = this.lastEndedReason;
    const pairing = this.state.pairing;
    if (pairing.status !== 'unpaired' || pairing.reason !== reason) this.store.setState({ pairing: { status: 'unpaired', reason } });
  }

  private recheck(): void {
    if (this.state.meeting) void this.open(true);
    else this.fireAndForget('meeting.list', {});
  }

  // --- session -----------------------------------------------------------------------------

  private setSession(session: SessionInfo | null): void {
    const before = this.state.session;
    this.lastFollowed = null;
    this.store.setState({ session, sessionEnded: null });
    // What a connection may see depends on its role (restricted documents): take a fresh snapshot.
    if (before?.role !== session?.role && this.state.meeting && this.ready) void this.open(true);
  }

  private endSession(session: SessionInfo, reason: string): void {
    this.lastFollowed = null;
    this.vault.remove(session.role);
    this.store.setState({ session: null, sessionEnded: reason });
    if (this.state.meeting && this.ready) void this.open(true);
  }

  // --- the followed meeting ----------------------------------------------------------------

  /** Asks for the meeting: everything (`full`), or only what happened after the revision we hold. */
  private async open(full: boolean): Promise<void> {
    const followed = this.state.meeting;
    if (!followed) return;
    const held = full ? null : followed.snapshot;
    const seq = ++this.openSeq;
    this.opening = true;
    try {
      const { data } = await this.request(
        'meeting.open',
        held ? { meetingId: followed.id, sinceRevision: held.revision } : { meetingId: followed.id },
        COMMAND_TIMEOUT_MS,
      );
      if (seq !== this.openSeq || this.state.meeting?.id !== followed.id) return;
      let snapshot =
        data.mode === 'snapshot'
          ? data.snapshot
          : held
            ? applyChanges(held, data.revision, data.changes)
            : null;
      this.opening = false;
      if (!snapshot) return void this.open(true);
      // Pushes that overtook the answer: apply those that follow on, ask again if one is missing.
      const pending = this.buffered.filter((p) => p.meetingId === followed.id).sort((a, b) => a.revision - b.revision);
      this.buffered = [];
      let gap = false;
      for (const push of pending) {
        if (push.revision <= snapshot.revision) continue;
        if (push.revision !== snapshot.revision + 1) {
          gap = true;
          break;
        }
        snapshot = applyChanges(snapshot, push.revision, push.changes);
      }
      this.store.setState({ meeting: { id: followed.id, snapshot, error: null } });
      if (gap) void this.open(false);
    } catch (error) {
      if (seq !== this.openSeq) return;
      this.opening = false;
      const failure = toHubError(error);
      const meeting = this.state.meeting;
      if (meeting?.id !== followed.id) return;
      this.store.setState({ meeting: { ...meeting, error: { code: failure.code, message: failure.message } } });
      // A lost answer is retried soon, a draft now and then until it is published; a refusal (no such meeting,
      // forbidden) is shown and left alone.
      const retryIn = failure.code === 'timeout' || failure.code === 'internal' ? RETRY_MS : failure.code === 'not_published' ? NOT_PUBLISHED_RETRY_MS : null;
      if (retryIn !== null) {
        setTimeout(() => {
          if (seq === this.openSeq && this.ready) void this.open(false);
        }, retryIn);
      }
    }
  }

  private onChanged(push: ChangedPush): void {
    const meeting = this.state.meeting;
    if (!meeting || push.meetingId !== meeting.id) return;
    if (this.opening) {
      this.buffered.push(push);
      return;
    }
    if (!meeting.snapshot) return;
    const held = meeting.snapshot;
    if (push.revision <= held.revision) return;
    if (push.revision !== held.revision + 1) {
      this.buffered.push(push);
      void this.open(false);
      return;
    }
    this.store.setState({ meeting: { ...meeting, snapshot: applyChanges(held, push.revision, push.changes), error: null } });
  }
}
