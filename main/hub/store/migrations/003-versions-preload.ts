import type { Migration } from './migration.ts';

/** Document versions (a replaced document keeps its earlier bytes addressable) and the tablets' preload reports. */
export const migration003: Migration = {
  version: 3,
  name: 'versions-preload',
  up: `
    ALTER TABLE documents ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1);
    -- Set when a version replaced an earlier one after publication: tablets mark the document "updated".
    ALTER TABLE documents ADD COLUMN updated_at TEXT;

    -- The earlier versions of a document, one row each; the current version lives in documents.
    CREATE TABLE document_versions (
      meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
      document_id TEXT NOT NULL,
      version INTEGER NOT NULL CHECK (version >= 1),
      sha256 TEXT NOT NULL REFERENCES blobs(sha256),
      replaced_at TEXT NOT NULL,
      PRIMARY KEY (meeting_id, document_id, version)
    ) STRICT;
    CREATE INDEX document_versions_by_sha256 ON document_versions(sha256);

    -- What each device last said about its preload of a meeting (device telemetry, not meeting content:
    -- no revision). documents is the JSON array the device sent; purged_at is kept once set.
    CREATE TABLE preload_reports (
      meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
      device_id TEXT NOT NULL REFERENCES devices(id) ON DELETE CASCADE,
      documents TEXT NOT NULL,
      reported_at TEXT NOT NULL,
      purged_at TEXT,
      PRIMARY KEY (meeting_id, device_id)
    ) STRICT;
  `,
};
