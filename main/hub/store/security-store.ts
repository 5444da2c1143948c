import type { IssuedRole, SecretKind } from '../../../shared/protocol/staff.ts';

/** The SQL of staff credentials and failed attempts; part of the Store (store.ts spreads it in). */

export interface StaffCredentialRow {
  id: string;
  role: IssuedRole;
  label: string;
  secretHash: string;
  createdAt: string;
  revokedAt: string | null;
}

export interface StaffCredentialListRow extends Omit<StaffCredentialRow, 'secretHash'> {
  lastSignInAt: string | null;
  liveSessions: number;
}

export interface AuthFailureRow {
  kind: SecretKind;
  outcome: 'wrong' | 'throttled';
  address: string;
  deviceId: string | null;
  meetingId: string | null;
  count: number;
  firstAt: string;
  lastAt: string;
}

export interface SecurityStore {
  insertStaffCredential(row: StaffCredentialRow): void;
  getStaffCredential(id: string): StaffCredentialRow | null;
  staffCredentialByHash(secretHash: string): StaffCredentialRow | null;
  /** Every credential issued, newest first, with when it last signed in and its sessions open at `now`. */
  listStaffCredentials(now: string): StaffCredentialListRow[];
  revokeStaffCredential(id: string, at: string): void;
  /** Records which credential opened a session ('admin' for the admin passcode). */
  setSessionCredential(tokenHash: string, credentialId: string): void;
  /** Ends the sessions opened with a credential that are still open; answers their hashes. */
  endCredentialSessions(credentialId: string, at: string, reason: string): string[];
  /** Whether a session of `role` was opened on this device at or after `since` (ended or not). */
  roleSignedInOnDevice(deviceId: string, role: string, since: string): boolean;

  /** Adds a failed-attempt row; answers its id. */
  insertAuthFailure(row: AuthFailureRow): number;
  updateAuthFailure(id: number, count: number, lastAt: string): void;
  /** Keeps the newest `keep` rows. */
  trimAuthFailures(keep: number): void;
  /** The newest rows first, with their ids. */
  recentAuthFailures(limit: number): (AuthFailureRow & { id: number })[];
}

interface CredentialDbRow {
  id: string;
  role: IssuedRole;
  label: string;
  secret_hash: string;
  created_at: string;
  revoked_at: string | null;
}
interface FailureDbRow {
  id: number;
  kind: SecretKind;
  outcome: 'wrong' | 'throttled';
  address: string;
  device_id: string | null;
  meeting_id: string | null;
  count: number;
  first_at: string;
  last_at: string;
}

const credentialOf = (r: CredentialDbRow): StaffCredentialRow => ({
  id: r.id,
  role: r.role,
  label: r.label,
  secretHash: r.secret_hash,
  createdAt: r.created_at,
  revokedAt: r.revoked_at,
});

interface Sql {
  all<R>(sql: string, ...params: unknown[]): R[];
  get<R>(sql: string, ...params: unknown[]): R | null;
  run(sql: string, ...params: unknown[]): { lastInsertRowid: number | bigint };
}

export function securityStatements({ all, get, run }: Sql): SecurityStore {
  return {
    insertStaffCredential: (c) =>
      void run(
        'INSERT INTO staff_credentials (id, role, label, secret_hash, created_at, revoked_at) VALUES (?, ?, ?, ?, ?, ?)',
        c.id, c.role, c.label, c.secretHash, c.createdAt, c.revokedAt,
      ),
    getStaffCredential: (id) => {
      const r = get<CredentialDbRow>('SELECT * FROM staff_credentials WHERE id = ?', id);
      return r ? credentialOf(r) : null;
    },
    staffCredentialByHash: (hash) => {
      const r = get<CredentialDbRow>('SELECT * FROM staff_credentials WHERE secret_hash = ?', hash);
      return r ? credentialOf(r) : null;
    },
    listStaffCredentials: (now) =>
      all<CredentialDbRow & { last_sign_in_at: string | null; live_sessions: number }>(
        `SELECT c.*,
           (SELECT max(s.created_at) FROM sessions s WHERE s.credential_id = c.id) AS last_sign_in_at,
           (SELECT count(*) FROM sessions s WHERE s.credential_id = c.id AND s.ended_at IS NULL AND s.expires_at > ?) AS live_sessions
         FROM staff_credentials c ORDER BY c.revoked_at IS NOT NULL, c.created_at DESC, c.id`,
        now,
      ).map((r) => {
        const { secretHash: _, ...row } = credentialOf(r);
        return { ...row, lastSignInAt: r.last_sign_in_at, liveSessions: r.live_sessions };
      }),
    revokeStaffCredential: (id, at) => void run('UPDATE staff_credentials SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL', at, id),
    setSessionCredential: (tokenHash, credentialId) => void run('UPDATE sessions SET credential_id = ? WHERE token_hash = ?', credentialId, tokenHash),
    endCredentialSessions: (credentialId, at, reason) =>
      all<{ token_hash: string }>(
        'UPDATE sessions SET ended_at = ?, end_reason = ? WHERE credential_id = ? AND ended_at IS NULL RETURNING token_hash',
        at, reason, credentialId,
      ).map((r) => r.token_hash),
    roleSignedInOnDevice: (deviceId, role, since) =>
      get<{ n: number }>('SELECT 1 AS n FROM sessions WHERE device_id = ? AND role = ? AND created_at >= ? LIMIT 1', deviceId, role, since) !== null,

    insertAuthFailure: (f) =>
      Number(
        run(
          `INSERT INTO auth_failures (kind, outcome, address, device_id, meeting_id, count, first_at, last_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
          f.kind, f.outcome, f.address, f.deviceId, f.meetingId, f.count, f.firstAt, f.lastAt,
        ).lastInsertRowid,
      ),
    updateAuthFailure: (id, count, lastAt) => void run('UPDATE auth_failures SET count = ?, last_at = ? WHERE id = ?', count, lastAt, id),
    trimAuthFailures: (keep) =>
      void run('DELETE FROM auth_failures WHERE id <= (SELECT id FROM auth_failures ORDER BY id DESC LIMIT 1 OFFSET ?)', keep),
    recentAuthFailures: (limit) =>
      all<FailureDbRow>('SELECT * FROM auth_failures ORDER BY last_at DESC, id DESC LIMIT ?', limit).map((r) => ({
        id: r.id,
        kind: r.kind,
        outcome: r.outcome,
        address: r.address,
        deviceId: r.device_id,
        meetingId: r.meeting_id,
        count: r.count,
        firstAt: r.first_at,
        lastAt: r.last_at,
      })),
  };
}
