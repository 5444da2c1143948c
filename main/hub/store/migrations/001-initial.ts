import type { Migration } from './migration.ts';

/** The meeting model of the foundation: meetings, agenda, documents, delegates, the change log, sessions, devices. */
export const migration001: Migration = {
  version: 1,
  name: 'initial',
  up: `
    CREATE TABLE settings (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) STRICT;

    CREATE TABLE meetings (
      id TEXT PRIMARY KEY,
      title TEXT NOT NULL,
      date TEXT NOT NULL,
      place TEXT NOT NULL,
      status TEXT NOT NULL CHECK (status IN ('draft', 'published', 'closed')),
      current_item_id TEXT,
      current_since TEXT,
      revision INTEGER NOT NULL DEFAULT 0,
      created_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE agenda_items (
      meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
      id TEXT NOT NULL,
      parent_id TEXT,
      position INTEGER NOT NULL,
      title TEXT NOT NULL,
      description TEXT NOT NULL,
      duration_minutes INTEGER,
      PRIMARY KEY (meeting_id, id)
    ) STRICT;

    CREATE TABLE blobs (
      sha256 TEXT PRIMARY KEY,
      bytes INTEGER NOT NULL,
      pages INTEGER NOT NULL,
      media_type TEXT NOT NULL,
      created_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE documents (
      meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
      id TEXT NOT NULL,
      item_id TEXT,
      title TEXT NOT NULL,
      sha256 TEXT NOT NULL REFERENCES blobs(sha256),
      access TEXT NOT NULL,
      position INTEGER NOT NULL,
      PRIMARY KEY (meeting_id, id)
    ) STRICT;
    CREATE INDEX documents_by_sha256 ON documents(sha256);

    CREATE TABLE delegates (
      meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
      id TEXT NOT NULL,
      full_name TEXT NOT NULL,
      title TEXT NOT NULL,
      organisation TEXT NOT NULL,
      group_name TEXT NOT NULL,
      seat TEXT NOT NULL,
      PRIMARY KEY (meeting_id, id)
    ) STRICT;

    -- One row per revision of a meeting: what the command changed, who sent it, when.
    CREATE TABLE changes (
      meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
      revision INTEGER NOT NULL,
      command TEXT NOT NULL,
      actor TEXT NOT NULL,
      at TEXT NOT NULL,
      changes TEXT NOT NULL,
      PRIMARY KEY (meeting_id, revision)
    ) STRICT;

    CREATE TABLE devices (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      first_seen_at TEXT NOT NULL,
      last_seen_at TEXT NOT NULL,
      last_address TEXT NOT NULL
    ) STRICT;

    -- Tokens are stored hashed: a copy of the database does not let anyone sign in.
    CREATE TABLE sessions (
      token_hash TEXT PRIMARY KEY,
      role TEXT NOT NULL,
      delegate_id TEXT,
      meeting_id TEXT,
      device_id TEXT,
      created_at TEXT NOT NULL,
      expires_at TEXT NOT NULL,
      ended_at TEXT
    ) STRICT;
  `,
};
