import type { CommandInput, CommandName, CommandResult, HandshakeAuth, PushName } from '../../shared/protocol/index.ts';
// Values from the protocol's zod-free modules only: the schemas (zod) are the hub's business, not the tablets' download.
import { PROTOCOL_VERSION } from '../../shared/protocol/version.ts';
import type { ImportLang } from '../../shared/domain/delegate-import-messages.ts';
import type { DelegateImport } from '../../shared/domain/delegate-rows.ts';
import type { Platform } from '../platform/index.ts';
import { createHubState, type HubState, type HubStateApi } from './state.ts';
import { deviceToken, type SessionInfo } from './storage.ts';
import type { SocketFactory } from './socket.ts';
import { HubLink, type PushListener } from './link.ts';
import { SessionKeeper } from './session.ts';
import { DevicePairing } from './pairing.ts';
import { MeetingFollower } from './following.ts';
import type { SnapshotKeeper } from './keptSnapshots.ts';
import { authHeaders, type HttpContext, type UploadProgress, type Uploader } from './http.ts';
import { fetchUploader, uploadDocument, xhrUpload, type UploadedDocument } from './uploads.ts';
import { exportPack, importPack, type ImportedPack, type PackImportOptions } from './packs.ts';
import { previewDelegates } from './delegateImport.ts';
import { downloadLink } from './downloadLink.ts';
import { documentUrl, fetchDocument, requestDocument, type DownloadProgress } from './documents.ts';

export { COMMAND_TIMEOUT_MS, OFFLINE_AFTER_MS } from './link.ts';
export { NOT_PUBLISHED_RETRY_MS } from './following.ts';
export type { UploadedDocument } from './uploads.ts';
export type { DownloadProgress } from './documents.ts';

export interface HubClientOptions {
  platform: Pick<Platform, 'hubUrl' | 'deviceName' | 'storage'>;
  createSocket: SocketFactory;
  now?: () => number;
  fetch?: typeof globalThis.fetch;
  /** Sends uploads with progress; default XMLHttpRequest, or the given fetch when one is given (tests). */
  upload?: Uploader;
  /** Where a delegate's meeting is kept on the device for a reload with the hub out of reach (none: not kept). */
  keeper?: SnapshotKeeper | null;
}

/**
 * The one connection of this screen to its hub, and the only door the screens use. It puts together, each in its
 * own module: the link (link.ts: socket, handshake, typed commands, pushes), the session (session.ts), the device's
 * pairing (pairing.ts), the followed meeting (following.ts) and the HTTP calls (uploads, packs, delegate lists,
 * download links, documents). Everything screens read is in one zustand state (`hubState`, read with useHubState).
 */
export class HubClient {
  readonly hubState: HubStateApi;
  private readonly link: HubLink;
  private readonly session: SessionKeeper;
  private readonly pairing: DevicePairing;
  private readonly follower: MeetingFollower;
  private readonly http: HttpContext;

  constructor(options: HubClientOptions) {
    const now = options.now ?? Date.now;
    const { hubUrl, storage } = options.platform;
    const fetch: typeof globalThis.fetch = options.fetch ?? ((...args) => globalThis.fetch(...args));
    this.hubState = createHubState(now(), deviceToken.get(storage) !== null);
    // No device id is sent: the hub knows a device only by the token it gave it at pairing.
    const auth = (): HandshakeAuth => {
      const token = this.state.session?.token;
      const device = this.pairing.presentToken();
      return {
        protocolVersion: PROTOCOL_VERSION,
        deviceName: options.platform.deviceName,
        ...(device ? { deviceToken: device } : {}),
        ...(token ? { sessionToken: token } : {}),
      };
    };
    this.link = new HubLink({
      hubUrl,
      createSocket: options.createSocket,
      auth,
      state: this.hubState,
      now,
      hooks: {
        beforeReady: () => this.session.confirm(),
        ready: () => this.follower.resume(),
        dropped: () => this.follower.dropped(),
        refused: (code) => {
          if (code === 'not_paired') this.pairing.notPaired();
        },
        handshakeRefused: (code) => {
          if (code === 'session_expired') this.session.end('expired');
        },
      },
    });
    this.follower = new MeetingFollower({
      link: this.link,
      state: this.hubState,
      keeper: options.keeper ?? null,
      // Only a delegate's own view of her meeting is kept, under her id.
      readerOf: (meetingId) => {
        const session = this.state.session;
        return session?.role === 'delegate' && session.meetingId === meetingId && session.delegateId ? `delegate:${session.delegateId}` : null;
      },
    });
    this.pairing = new DevicePairing({
      link: this.link,
      state: this.hubState,
      storage,
      reread: () => (this.follower.following ? this.follower.refresh() : this.link.fireAndForget('meeting.list', {})),
    });
    this.session = new SessionKeeper({
      link: this.link,
      state: this.hubState,
      storage,
      now,
      hooks: {
        changed: (roleChanged) => {
          this.follower.forgetKept();
          // What a connection may see depends on its role (restricted documents): take a fresh snapshot.
          if (roleChanged) this.follower.refresh();
          if (this.state.session) void this.follower.restoreKept();
          else void this.follower.forgetStored().catch(() => undefined);
        },
        ended: () => {
          this.follower.forgetKept();
          void this.follower.forgetStored().catch(() => undefined);
          this.follower.refresh();
        },
      },
    });
    this.link.on('session.ended', ({ reason }) => {
      this.pairing.noteEnded(reason);
      if (this.state.session) this.session.end(reason);
      else this.pairing.recheck();
    });
    this.http = {
      hubUrl,
      fetch,
      upload: options.upload ?? (options.fetch || typeof XMLHttpRequest === 'undefined' ? fetchUploader(fetch) : xhrUpload),
      headers: () => this.httpAuth(),
    };
  }

  get state(): HubState {
    return this.hubState.getState();
  }

  start(): void {
    this.link.start();
  }

  stop(): void {
    this.link.stop();
  }

  // --- commands and pushes (link.ts) ---------------------------------------------------------

  /** Sends a command once the link is up; rejects with a HubError on an error ack or after 10 s. */
  send<N extends CommandName>(name: N, input: CommandInput<N>): Promise<CommandResult<N>> {
    return this.link.send(name, input);
  }

  /** Subscribes to a hub push; returns the unsubscribe function. */
  on<N extends PushName>(name: N, listener: PushListener<N>): () => void {
    return this.link.on(name, listener);
  }

  // --- the followed meeting (following.ts) ---------------------------------------------------

  /** Follows one meeting (the previous one, if any, is closed). */
  follow(meetingId: string): void {
    this.follower.follow(meetingId);
  }

  unfollow(meetingId: string): void {
    this.follower.unfollow(meetingId);
  }

  // --- session (session.ts) and pairing (pairing.ts) -----------------------------------------

  /** Signs in with a staff credential; the token is kept under the role the hub answers. */
  signIn(passcode: string): Promise<SessionInfo> {
    return this.session.signIn(passcode);
  }

  /** Pairs this device with the room's hub; what the followed meeting refused to an unpaired device, it now answers. */
  async pair(code: string): Promise<void> {
    await this.pairing.pair(code);
    this.follower.refresh();
  }

  /** Signs a delegate in with a badge; `takeOver` moves a session open on another device here. */
  badgeSignIn(meetingId: string, code: string, takeOver = false): Promise<SessionInfo> {
    return this.session.badgeSignIn(meetingId, code, takeOver);
  }

  /** Resumes the kept session of a role, if any (a delegate's only on its own meeting's screen). */
  resumeStored(role: SessionInfo['role'], meetingId?: string): Promise<boolean> {
    return this.session.resumeStored(role, meetingId);
  }

  /**
   * With the hub out of reach (a reload, a start), takes the kept session of a role as it is, so the tablet opens to
   * its meeting; the hub confirms it at the next connection, or ends it (and the tablet forgets). False if none is kept.
   */
  resumeOffline(role: SessionInfo['role'], meetingId?: string): boolean {
    return this.session.resumeOffline(role, meetingId);
  }

  signOut(): Promise<void> {
    return this.session.signOut();
  }

  /** Whether this device keeps anyone's session (of any role) to resume. */
  hasKeptSession(): boolean {
    return this.session.hasKept();
  }

  /** The token of the current session, for HTTP calls (document upload). */
  get sessionToken(): string | null {
    return this.session.token;
  }

  // --- HTTP (uploads.ts, delegateImport.ts, packs.ts, downloadLink.ts, documents.ts) ---------

  /**
   * The headers of every HTTP request this screen makes: the session's token (when signed in) and this device's token
   * (when paired). A session opened on a paired device counts at the hub only next to that device's token.
   */
  httpAuth(): Record<string, string> {
    return authHeaders(this.session.token, this.pairing.token);
  }

  /** Stores a PDF on the hub (needs a session), reporting the bytes going out; a refusal rejects with the hub's words. */
  uploadDocument(pdf: Blob, options: { onProgress?: (progress: UploadProgress) => void; signal?: AbortSignal } = {}): Promise<UploadedDocument> {
    return uploadDocument(this.http, pdf, options);
  }

  /** Reads a delegate list file on the hub (nothing saved), with the hub's messages in `lang`. */
  previewDelegates(meetingId: string, file: Blob, fileName: string, lang: ImportLang): Promise<DelegateImport> {
    return previewDelegates(this.http, meetingId, file, fileName, lang);
  }

  /** A one-time link (a minute, one use) to `path` on the hub, for a download the browser opens itself. */
  downloadLink(path: string, query: Record<string, string> = {}): Promise<string> {
    return downloadLink(this.http, path, query);
  }

  /** Downloads a meeting's `.rtpack` (secretariat). */
  exportPack(meetingId: string): Promise<{ blob: Blob; fileName: string }> {
    return exportPack(this.http, meetingId);
  }

  /** Imports a `.rtpack` (secretariat): all of it or nothing; a refusal is a PackRefusal listing the problems. */
  importPack(pack: Blob, options: PackImportOptions = {}): Promise<ImportedPack> {
    return importPack(this.http, pack, options);
  }

  /** A document's bytes from `offset` on, as the hub's raw Response (the preloader streams it to the device). */
  requestDocument(sha256: string, offset: number, signal?: AbortSignal): Promise<Response> {
    return requestDocument(this.http, sha256, offset, signal);
  }

  /** Where a document's bytes are on the hub. No token is in it: the requests send them as headers. */
  documentUrl(sha256: string): string {
    return documentUrl(this.http.hubUrl, sha256);
  }

  /** Downloads a document's bytes with this screen's tokens, reporting progress; HubError on refusal. */
  fetchDocument(sha256: string, options: { signal?: AbortSignal; onProgress?: (progress: DownloadProgress) => void } = {}): Promise<Uint8Array<ArrayBuffer>> {
    return fetchDocument(this.http, sha256, options);
  }
}
