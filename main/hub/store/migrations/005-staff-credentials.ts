import type { Migration } from './migration.ts';

/**
 * Staff credentials (the chair's, the check-in desks', the projector's; the secretariat's is the admin passcode),
 * which credential opened each session, and the failed attempts to guess a secret.
 */
export const migration005: Migration = {
  version: 5,
  name: 'staff-credentials',
  up: `
    -- Only a hash of each secret is kept (scrypt with the hub's own salt, so a typed secret is found by its hash).
    CREATE TABLE staff_credentials (
      id TEXT PRIMARY KEY,
      role TEXT NOT NULL CHECK (role IN ('chair', 'checkin', 'projector')),
      label TEXT NOT NULL,
      secret_hash TEXT NOT NULL UNIQUE,
      created_at TEXT NOT NULL,
      revoked_at TEXT
    ) STRICT;

    -- 'admin' for the admin passcode, a staff_credentials id otherwise, null for delegates (their badge).
    ALTER TABLE sessions ADD COLUMN credential_id TEXT;
    -- Staff sessions opened before this version came from the admin passcode: a passcode reset ends them too.
    UPDATE sessions SET credential_id = 'admin' WHERE role <> 'delegate';
    CREATE INDEX sessions_by_credential ON sessions(credential_id) WHERE credential_id IS NOT NULL;

    -- Failed attempts, for the secretariat's screen; attempts of one kind and outcome from one address within a
    -- minute are one row with a count. The hub keeps the newest rows only.
    CREATE TABLE auth_failures (
      id INTEGER PRIMARY KEY,
      kind TEXT NOT NULL CHECK (kind IN ('passcode', 'pairing', 'badge')),
      outcome TEXT NOT NULL CHECK (outcome IN ('wrong', 'throttled')),
      address TEXT NOT NULL,
      device_id TEXT,
      meeting_id TEXT,
      count INTEGER NOT NULL CHECK (count >= 1),
      first_at TEXT NOT NULL,
      last_at TEXT NOT NULL
    ) STRICT;
  `,
};
