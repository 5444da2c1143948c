import type { KeyValueStorage } from '../platform/index.ts';
import type { StaffRole } from '../../shared/protocol/index.ts';

export interface SessionInfo {
  token: string;
  role: StaffRole | 'delegate';
  delegateId: string | null;
  meetingId: string | null;
  expiresAt: string;
}

const DEVICE_ID = 'roundtable.deviceId';
const DEVICE_TOKEN = 'roundtable.deviceToken';
const SESSIONS = 'roundtable.sessions';

/**
 * What `device.pair` gave this device: the token, sent in every handshake (`deviceToken`) and with every HTTP request
 * (`X-Device-Token`), which is how the hub knows the device (and lets it read the room's meetings); and the id the hub
 * made for it, kept beside it for people (the secretariat's device list names it), never sent as proof. Null before
 * pairing, and again once the hub says the token no longer counts.
 */
export const deviceToken = {
  get(storage: KeyValueStorage): string | null {
    const token = storage.getItem(DEVICE_TOKEN);
    return token && token.length <= 200 ? token : null;
  },
  /** The hub's id for this device, when it has paired. */
  id(storage: KeyValueStorage): string | null {
    return storage.getItem(DEVICE_ID);
  },
  put(storage: KeyValueStorage, token: string, id: string): void {
    storage.setItem(DEVICE_TOKEN, token);
    storage.setItem(DEVICE_ID, id);
  },
  remove(storage: KeyValueStorage): void {
    storage.removeItem(DEVICE_TOKEN);
    storage.removeItem(DEVICE_ID);
  },
};

/**
 * Session tokens by role: one browser may run the chair console in one tab and the secretariat in another,
 * and each screen resumes the session of its own role. A tablet keeps its delegate's session under `delegate`.
 */
export class SessionVault {
  private readonly storage: KeyValueStorage;
  private readonly now: () => number;

  constructor(storage: KeyValueStorage, now: () => number = Date.now) {
    this.storage = storage;
    this.now = now;
  }

  get(role: SessionInfo['role']): SessionInfo | null {
    const session = this.read()[role];
    if (!session) return null;
    if (Date.parse(session.expiresAt) <= this.now()) {
      this.remove(role);
      return null;
    }
    return session;
  }

  put(session: SessionInfo): void {
    this.write({ ...this.read(), [session.role]: session });
  }

  /** Whether any role's session is kept (expired ones aside). */
  any(): boolean {
    return Object.keys(this.read()).some((role) => this.get(role as SessionInfo['role']) !== null);
  }

  remove(role: SessionInfo['role']): void {
    const sessions = this.read();
    delete sessions[role];
    this.write(sessions);
  }

  private read(): Partial<Record<SessionInfo['role'], SessionInfo>> {
    try {
      const parsed: unknown = JSON.parse(this.storage.getItem(SESSIONS) ?? '{}');
      return typeof parsed === 'object' && parsed !== null ? (parsed as Partial<Record<SessionInfo['role'], SessionInfo>>) : {};
    } catch {
      return {};
    }
  }

  private write(sessions: Partial<Record<SessionInfo['role'], SessionInfo>>): void {
    this.storage.setItem(SESSIONS, JSON.stringify(sessions));
  }
}
