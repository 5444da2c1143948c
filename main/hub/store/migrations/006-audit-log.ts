import type { Migration } from './migration.ts';

/**
 * The audit log: every action of a meeting, append-only and hash-chained (shared/domain/audit-chain.ts, docs/audit.md).
 * AUTOINCREMENT keeps the highest number ever given in sqlite_sequence, so entries removed from the end still show.
 * meeting_id has no foreign key on purpose: the log outlives whatever it records and never blocks a write elsewhere.
 */
export const migration006: Migration = {
  version: 6,
  name: 'audit-log',
  up: `
    CREATE TABLE audit_log (
      seq INTEGER PRIMARY KEY AUTOINCREMENT,
      at TEXT NOT NULL,
      meeting_id TEXT,
      actor TEXT NOT NULL,
      command TEXT NOT NULL,
      revision INTEGER,
      body TEXT NOT NULL CHECK (json_valid(body)),
      prev_hash TEXT NOT NULL,
      hash TEXT NOT NULL
    ) STRICT;
    CREATE INDEX audit_log_by_meeting ON audit_log(meeting_id, seq);

    -- Append-only: a change or a removal is refused by the database itself, whoever asks.
    CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'the audit log is append-only: entries cannot be changed'); END;
    CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'the audit log is append-only: entries cannot be removed'); END;
  `,
};
