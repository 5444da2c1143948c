import type { SecretKind } from '../../../shared/protocol/index.ts';
import type { StoreSql } from './sql.ts';

/** Failed attempts to guess a secret, kept for the secretariat to see (security/failure-log.ts decides what to keep). */

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

export interface AuthFailureStatements {
  /** Adds a failed-attempt row; answers its id. */
  insertAuthFailure(row: AuthFailureRow): number;
  updateAuthFailure(id: number, count: number, lastAt: string): void;
  /** Keeps the newest `keep` rows. */
  trimAuthFailures(keep: number): void;
  /** The newest rows first, with their ids. */
  recentAuthFailures(limit: number): (AuthFailureRow & { id: number })[];
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

export function authFailureStatements({ all, run }: StoreSql): AuthFailureStatements {
  return {
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
