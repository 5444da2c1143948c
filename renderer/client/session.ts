import type { KeyValueStorage } from '../platform/index.ts';
import { toHubError } from './errors.ts';
import { COMMAND_TIMEOUT_MS, type HubLink } from './link.ts';
import type { HubStateApi } from './state.ts';
import { SessionVault, type SessionInfo } from './storage.ts';

/** What changes elsewhere when the session does (what a connection may see depends on who it is). */
export interface SessionHooks {
  /** A session began, was resumed or was signed out; `roleChanged` when the role is not the one before. */
  changed(roleChanged: boolean): void;
  /** The hub ended the session (signed out elsewhere, moved, expired). */
  ended(): void;
}

/**
 * The session of this screen: staff sign-in with a credential, a delegate's badge sign-in, sessions kept per role
 * across reloads (resumed on the screen of their role) and confirmed again at every reconnection.
 */
export class SessionKeeper {
  private readonly link: HubLink;
  private readonly state: HubStateApi;
  private readonly hooks: SessionHooks;
  private readonly vault: SessionVault;

  constructor(options: { link: HubLink; state: HubStateApi; storage: KeyValueStorage; now: () => number; hooks: SessionHooks }) {
    this.link = options.link;
    this.state = options.state;
    this.hooks = options.hooks;
    this.vault = new SessionVault(options.storage, options.now);
  }

  /** The token of the current session, for the handshake and HTTP calls. */
  get token(): string | null {
    return this.state.getState().session?.token ?? null;
  }

  /**
   * Signs in with a staff credential; the hub answers which role it is for (the admin passcode is the secretariat's).
   * The token is kept under that role, so the screen of that role resumes it after a reload.
   */
  async signIn(passcode: string): Promise<SessionInfo> {
    const session = await this.link.send('session.signIn', { passcode });
    this.vault.put(session);
    this.set(session);
    return session;
  }

  /**
   * Signs a delegate in on this (paired) tablet with a badge: the scanned token or the typed short code.
   * `session_elsewhere` rejects unless `takeOver`, which moves the session here and signs the other device out.
   * The session is kept under the `delegate` role and resumed after a reload or a reconnection.
   */
  async badgeSignIn(meetingId: string, code: string, takeOver = false): Promise<SessionInfo> {
    const session = await this.link.send('session.badgeSignIn', { meetingId, code, takeOver });
    this.vault.put(session);
    this.set(session);
    return session;
  }

  /**
   * Resumes the kept session of a role, if any. False if there was none or the hub no longer knows it.
   * A delegate session is resumed only on the screen of its own meeting (`meetingId`).
   */
  async resumeStored(role: SessionInfo['role'], meetingId?: string): Promise<boolean> {
    const current = this.state.getState().session;
    if (current?.role === role && (meetingId === undefined || current.meetingId === meetingId)) return true;
    const stored = this.vault.get(role);
    if (!stored) return false;
    if (meetingId !== undefined && role === 'delegate' && stored.meetingId !== meetingId) return false;
    try {
      const session = await this.link.send('session.resume', { token: stored.token });
      this.vault.put(session);
      this.set(session);
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

  hasKept(): boolean {
    return this.vault.any();
  }

  /** The kept session of a role as it is, before the hub can confirm it (see HubClient.resumeOffline). */
  resumeOffline(role: SessionInfo['role'], meetingId?: string): boolean {
    const current = this.state.getState().session;
    if (current?.role === role && (meetingId === undefined || current.meetingId === meetingId)) return true;
    const stored = this.vault.get(role);
    if (!stored || (meetingId !== undefined && role === 'delegate' && stored.meetingId !== meetingId)) return false;
    this.set(stored);
    return true;
  }

  async signOut(): Promise<void> {
    const session = this.state.getState().session;
    if (!session) return;
    this.vault.remove(session.role);
    try {
      await this.link.send('session.signOut', {});
    } finally {
      this.set(null);
    }
  }

  /**
   * On every connection, before commands flow: the handshake token already bound the session; asking again tells
   * whether the hub still knows it.
   */
  async confirm(): Promise<void> {
    const session = this.state.getState().session;
    if (!session) return;
    try {
      const renewed = await this.link.request('session.resume', { token: session.token }, COMMAND_TIMEOUT_MS);
      this.vault.put(renewed.data);
      this.state.setState({ session: renewed.data });
    } catch (error) {
      if (!this.link.connected) return;
      // The hub may already have said so with `session.ended`; end it once.
      if (toHubError(error).code !== 'timeout' && this.state.getState().session?.token === session.token) {
        this.end(toHubError(error).message);
      }
    }
  }

  /** The hub ended the current session (a push, or a refused handshake); the reason is shown on the sign-in form. */
  end(reason: string): void {
    const session = this.state.getState().session;
    if (!session) return;
    this.vault.remove(session.role);
    this.state.setState({ session: null, sessionEnded: reason });
    this.hooks.ended();
  }

  private set(session: SessionInfo | null): void {
    const before = this.state.getState().session;
    this.state.setState({ session, sessionEnded: null });
    this.hooks.changed(before?.role !== session?.role);
  }
}
