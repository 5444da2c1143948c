import type { IssuedRole } from '../../../shared/protocol/index.ts';
import type { StoreSql } from './sql.ts';

/** Staff credentials (the chair's, the check-in desks', the projector's) and which sessions each opened. */

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

export interface StaffStatements {
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
}

interface CredentialDbRow {
  id: string;
  role: IssuedRole;
  label: string;
  secret_hash: string;
  created_at: string;
  revoked_at: string | null;
}

const credentialOf = (r: CredentialDbRow): StaffCredentialRow => ({
  id: r.id,
  role: r.role,
  label: r.label,
  secretHash: r.secret_hash,
  createdAt: r.created_at,
  revokedAt: r.revoked_at,
});

export function staffStatements({ all, get, run }: StoreSql): StaffStatements {
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
  };
}
