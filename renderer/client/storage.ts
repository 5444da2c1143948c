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

/** A random id kept by this device, so the hub can tell devices apart across reconnections. */
export function deviceId(storage: KeyValueStorage): string {
  const existing = storage.getItem(DEVICE_ID);
  if (existing && /^[A-Za-z0-9_-]{8,64}$/.test(existing)) return existing;
  const created = crypto.randomUUID();
  storage.setItem(DEVICE_ID, created);
  return created;
}

/**
 * The token `device.pair` gave this device, kept beside its id: sent in every handshake, it lets the
 * device read the room's meetings. Null before pairing, and again once the hub says it no longer counts.
 */
export const deviceToken = {
  get(storage: KeyValueStorage): string | null {
    const token = storage.getItem(DEVICE_TOKEN);
    return token && token.length <= 200 ? token : null;
  },
  put(storage: KeyValueStorage, token: string): void {
    storage.setItem(DEVICE_TOKEN, token);
  },
  remove(storage: KeyValueStorage): void {
    storage.removeItem(DEVICE_TOKEN);
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
