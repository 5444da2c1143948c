import type { StoreSql } from './sql.ts';

/** Sessions: who signed in (staff role or delegate), on which device, until when, and how each ended. */

export interface SessionRow {
  tokenHash: string;
  role: string;
  delegateId: string | null;
  meetingId: string | null;
  deviceId: string | null;
  createdAt: string;
  expiresAt: string;
  endedAt: string | null;
  /** Why it ended (a `session.ended` code); null while it lives, or when no reason was recorded. */
  endReason: string | null;
}

export interface SessionStatements {
  insertSession(session: SessionRow): void;
  getSession(tokenHash: string): SessionRow | null;
  endSession(tokenHash: string, at: string, reason: string): void;
  /** Sessions not ended and not expired at `now`, of a delegate in a meeting. */
  liveDelegateSessions(meetingId: string, delegateId: string, now: string): SessionRow[];
  /** Sessions not ended and not expired at `now`, on a device. */
  liveDeviceSessions(deviceId: string, now: string): SessionRow[];
  /** Delegate sessions of a meeting not ended and not expired at `now`, made on a device. */
  liveMeetingDeviceSessions(meetingId: string, now: string): SessionRow[];
  /** Whether a session of `role` was opened on this device at or after `since` (ended or not). */
  roleSignedInOnDevice(deviceId: string, role: string, since: string): boolean;
}

interface SessionDbRow {
  token_hash: string;
  role: string;
  delegate_id: string | null;
  meeting_id: string | null;
  device_id: string | null;
  created_at: string;
  expires_at: string;
  ended_at: string | null;
  end_reason: string | null;
}

const sessionOf = (r: SessionDbRow): SessionRow => ({
  tokenHash: r.token_hash,
  role: r.role,
  delegateId: r.delegate_id,
  meetingId: r.meeting_id,
  deviceId: r.device_id,
  createdAt: r.created_at,
  expiresAt: r.expires_at,
  endedAt: r.ended_at,
  endReason: r.end_reason,
});

export function sessionStatements({ all, get, run }: StoreSql): SessionStatements {
  return {
    insertSession: (s) =>
      void run(
        `INSERT INTO sessions (token_hash, role, delegate_id, meeting_id, device_id, created_at, expires_at, ended_at, end_reason)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        s.tokenHash, s.role, s.delegateId, s.meetingId, s.deviceId, s.createdAt, s.expiresAt, s.endedAt, s.endReason,
      ),
    getSession: (tokenHash) => {
      const r = get<SessionDbRow>('SELECT * FROM sessions WHERE token_hash = ?', tokenHash);
      return r ? sessionOf(r) : null;
    },
    endSession: (tokenHash, at, reason) =>
      void run('UPDATE sessions SET ended_at = ?, end_reason = ? WHERE token_hash = ? AND ended_at IS NULL', at, reason, tokenHash),
    liveDelegateSessions: (meetingId, delegateId, now) =>
      all<SessionDbRow>(
        'SELECT * FROM sessions WHERE meeting_id = ? AND delegate_id = ? AND ended_at IS NULL AND expires_at > ?',
        meetingId,
        delegateId,
        now,
      ).map(sessionOf),
    liveDeviceSessions: (deviceId, now) =>
      all<SessionDbRow>('SELECT * FROM sessions WHERE device_id = ? AND ended_at IS NULL AND expires_at > ?', deviceId, now).map(sessionOf),
    liveMeetingDeviceSessions: (meetingId, now) =>
      all<SessionDbRow>(
        `SELECT * FROM sessions WHERE meeting_id = ? AND role = 'delegate' AND device_id IS NOT NULL AND ended_at IS NULL AND expires_at > ?
         ORDER BY created_at`,
        meetingId,
        now,
      ).map(sessionOf),
    roleSignedInOnDevice: (deviceId, role, since) =>
      get<{ n: number }>('SELECT 1 AS n FROM sessions WHERE device_id = ? AND role = ? AND created_at >= ? LIMIT 1', deviceId, role, since) !== null,
  };
}
