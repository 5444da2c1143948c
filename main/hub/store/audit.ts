import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';
import {
  type AuditEntry,
  type AuditRecord,
  type ChainOptions,
  type ChainVerdict,
  GENESIS_HASH,
  type Sha256Hex,
  chainEntry,
  verifyChain,
} from '../../../shared/domain/audit-chain.ts';
import { migration006 } from './migrations/006-audit-log.ts';
import type { StoreSql } from './sql.ts';

/** The audit log: every action of a meeting, append-only (the table's triggers refuse changes) and hash-chained. */

export const auditSha256: Sha256Hex = (text) => createHash('sha256').update(text, 'utf8').digest('hex');

export interface AuditQuery {
  /** One meeting's entries only. */
  meetingId?: string;
  /** Entries numbered after this one (0: from the start). */
  afterSeq?: number;
  /** At most this many. */
  limit?: number;
}

export interface AuditStatements {
  /**
   * Numbers, chains and writes one action. Inside the caller's transaction it is part of it (written or rolled back
   * with the action); alone it takes its own. Throws a TypeError on a body that is not plain JSON.
   */
  appendAudit(entry: AuditEntry): AuditRecord;
  /** Entries in the order they were written. */
  auditEntries(query?: AuditQuery): AuditRecord[];
  /** The newest entry's number and hash (the head the minutes carry); null for an empty log. */
  auditHead(): { seq: number; hash: string } | null;
  /** When a meeting's command was last written (its publication, its end), for the minutes; null if never. */
  auditLastAt(meetingId: string, command: string): string | null;
  /** Checks the whole log; with `knownHash` (from earlier minutes), also that it still holds that entry. */
  verifyAudit(options?: Pick<ChainOptions, 'knownHash'>): ChainVerdict;
}

interface AuditDbRow {
  seq: number;
  at: string;
  meeting_id: string | null;
  actor: string;
  command: string;
  revision: number | null;
  body: string;
  prev_hash: string;
  hash: string;
}

const recordOf = (r: AuditDbRow): AuditRecord => ({
  seq: r.seq,
  at: r.at,
  meetingId: r.meeting_id,
  actor: r.actor,
  command: r.command,
  revision: r.revision,
  body: r.body,
  prevHash: r.prev_hash,
  hash: r.hash,
});

/** The highest number AUTOINCREMENT ever gave: above the last entry's when entries were removed from the end. */
const LAST_SEQ = "SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'";

function* records(db: Database.Database): Generator<AuditRecord> {
  for (const row of db.prepare('SELECT * FROM audit_log ORDER BY seq').iterate()) yield recordOf(row as AuditDbRow);
}

/** Reads the log entry by entry (it may be long) in one read transaction, so that a hub writing meanwhile does not matter. */
function verifyOn(db: Database.Database, options: Pick<ChainOptions, 'knownHash'> = {}): ChainVerdict {
  return db.transaction(() => {
    const lastSeq = (db.prepare(LAST_SEQ).get() as { seq: number } | undefined)?.seq ?? 0;
    return verifyChain(records(db), auditSha256, { ...options, lastSeq });
  })();
}

/**
 * Checks the audit log of a hub database opened read-only (the CLI's `audit verify`, beside a running hub or not).
 * Throws with a one-line reason when there is no database or no log to check.
 */
export function verifyAuditFile(file: string, options: Pick<ChainOptions, 'knownHash'> = {}): ChainVerdict {
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new Error(`cannot open the hub database ${file}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  try {
    const version = db.pragma('user_version', { simple: true }) as number;
    if (!db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'audit_log'").get()) {
      throw new Error(
        version >= migration006.version
          ? 'the audit log table is gone: it was dropped from the database'
          : `this database (version ${version}) is older than the audit log; start the hub once to add it`,
      );
    }
    return verifyOn(db, options);
  } finally {
    db.close();
  }
}

export function auditStatements({ db, all, get, run }: StoreSql): AuditStatements {
  const append = (entry: AuditEntry): AuditRecord => {
    const head = get<{ hash: string }>('SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1');
    const lastSeq = get<{ seq: number }>(LAST_SEQ)?.seq ?? 0;
    // Numbered after the highest number ever given, so an entry removed from the end leaves a gap the check finds.
    const r = chainEntry(entry, { seq: lastSeq, hash: head?.hash ?? GENESIS_HASH }, auditSha256);
    run(
      'INSERT INTO audit_log (seq, at, meeting_id, actor, command, revision, body, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
      r.seq, r.at, r.meetingId, r.actor, r.command, r.revision, r.body, r.prevHash, r.hash,
    );
    return r;
  };
  let appendAlone: ((entry: AuditEntry) => AuditRecord) | null = null;
  return {
    appendAudit: (entry) => {
      if (db.inTransaction) return append(entry);
      // IMMEDIATE: the head is read under the write lock, so two processes never chain onto the same entry.
      appendAlone ??= db.transaction(append).immediate;
      return appendAlone(entry);
    },
    auditEntries: ({ meetingId, afterSeq = 0, limit = -1 } = {}) =>
      (meetingId === undefined
        ? all<AuditDbRow>('SELECT * FROM audit_log WHERE seq > ? ORDER BY seq LIMIT ?', afterSeq, limit)
        : all<AuditDbRow>('SELECT * FROM audit_log WHERE meeting_id = ? AND seq > ? ORDER BY seq LIMIT ?', meetingId, afterSeq, limit)
      ).map(recordOf),
    auditHead: () => get<{ seq: number; hash: string }>('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1') ?? null,
    auditLastAt: (meetingId, command) =>
      get<{ at: string }>('SELECT at FROM audit_log WHERE meeting_id = ? AND command = ? ORDER BY seq DESC LIMIT 1', meetingId, command)?.at ?? null,
    verifyAudit: (options) => verifyOn(db, options),
  };
}
