import type { StoreSql } from './sql.ts';

/** Badges issued to delegates (only hashes of their MAC and short code are kept) and each meeting's signing key. */

export interface BadgeRow {
  meetingId: string;
  delegateId: string;
  serial: number;
  expiresDay: number;
  issuedAt: string;
  macHash: string;
  codeHash: string;
}

export interface BadgeStatements {
  /** The meeting's badge-signing key, made on first use. */
  badgeKey(meetingId: string, make: () => Buffer): Buffer;
  insertBadge(badge: BadgeRow): void;
  /** The newest badge of a delegate, or null before the first. */
  currentBadge(meetingId: string, delegateId: string): BadgeRow | null;
  badgeByMacHash(meetingId: string, macHash: string): BadgeRow | null;
  badgeByCodeHash(meetingId: string, codeHash: string): BadgeRow | null;
}

interface BadgeDbRow {
  meeting_id: string;
  delegate_id: string;
  serial: number;
  expires_day: number;
  issued_at: string;
  mac_hash: string;
  code_hash: string;
}

const badgeOf = (r: BadgeDbRow): BadgeRow => ({
  meetingId: r.meeting_id,
  delegateId: r.delegate_id,
  serial: r.serial,
  expiresDay: r.expires_day,
  issuedAt: r.issued_at,
  macHash: r.mac_hash,
  codeHash: r.code_hash,
});

export function badgeStatements({ get, run }: StoreSql): BadgeStatements {
  return {
    badgeKey: (meetingId, make) => {
      const row = get<{ badge_key: Buffer }>('SELECT badge_key FROM meeting_keys WHERE meeting_id = ?', meetingId);
      if (row) return row.badge_key;
      const key = make();
      run('INSERT INTO meeting_keys (meeting_id, badge_key) VALUES (?, ?)', meetingId, key);
      return key;
    },
    insertBadge: (b) =>
      void run(
        `INSERT INTO badges (meeting_id, delegate_id, serial, expires_day, issued_at, mac_hash, code_hash) VALUES (?, ?, ?, ?, ?, ?, ?)`,
        b.meetingId, b.delegateId, b.serial, b.expiresDay, b.issuedAt, b.macHash, b.codeHash,
      ),
    currentBadge: (meetingId, delegateId) => {
      const row = get<BadgeDbRow>(
        'SELECT * FROM badges WHERE meeting_id = ? AND delegate_id = ? ORDER BY serial DESC LIMIT 1',
        meetingId,
        delegateId,
      );
      return row ? badgeOf(row) : null;
    },
    badgeByMacHash: (meetingId, macHash) => {
      const row = get<BadgeDbRow>('SELECT * FROM badges WHERE meeting_id = ? AND mac_hash = ?', meetingId, macHash);
      return row ? badgeOf(row) : null;
    },
    badgeByCodeHash: (meetingId, codeHash) => {
      const row = get<BadgeDbRow>('SELECT * FROM badges WHERE meeting_id = ? AND code_hash = ?', meetingId, codeHash);
      return row ? badgeOf(row) : null;
    },
  };
}
