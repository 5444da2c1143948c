import type { Migration } from './migration.ts';

/** Badges and their per-meeting signing keys, attendance, the quorum rule, and device pairing. */
export const migration002: Migration = {
  version: 2,
  name: 'badges-attendance-pairing',
  up: `
    ALTER TABLE meetings ADD COLUMN quorum_rule TEXT NOT NULL DEFAULT '{"kind":"majority"}';

    -- The key that signs a meeting's badges. It never leaves the hub.
    CREATE TABLE meeting_keys (
      meeting_id TEXT PRIMARY KEY REFERENCES meetings(id) ON DELETE CASCADE,
      badge_key BLOB NOT NULL
    ) STRICT;

    -- Every badge ever issued. Only the highest serial of a delegate is valid; MACs and short codes are kept
    -- hashed, so a copy of the database cannot print badges.
    CREATE TABLE badges (
      meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
      delegate_id TEXT NOT NULL,
      serial INTEGER NOT NULL,
      expires_day INTEGER NOT NULL,
      issued_at TEXT NOT NULL,
      mac_hash TEXT NOT NULL,
      code_hash TEXT NOT NULL,
      PRIMARY KEY (meeting_id, delegate_id, serial)
    ) STRICT;
    CREATE INDEX badges_by_mac ON badges(meeting_id, mac_hash);
    CREATE INDEX badges_by_code ON badges(meeting_id, code_hash);

    CREATE TABLE attendance (
      meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
      delegate_id TEXT NOT NULL,
      status TEXT NOT NULL CHECK (status IN ('present', 'absent', 'excused')),
      checked_in_at TEXT,
      checked_out_at TEXT,
      PRIMARY KEY (meeting_id, delegate_id)
    ) STRICT;

    ALTER TABLE devices ADD COLUMN token_hash TEXT;
    ALTER TABLE devices ADD COLUMN paired_at TEXT;
    ALTER TABLE devices ADD COLUMN revoked_at TEXT;
    CREATE UNIQUE INDEX devices_by_token ON devices(token_hash);

    CREATE INDEX sessions_by_delegate ON sessions(meeting_id, delegate_id);
    CREATE INDEX sessions_by_device ON sessions(device_id);
  `,
};
