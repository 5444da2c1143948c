import type { Migration } from './migration.ts';

/** Delegates' annotations, the carry of a replaced document's annotations to its new version, and PDFs' page texts. */
export const migration013: Migration = {
  version: 13,
  name: 'annotations',
  up: `
    -- One delegate's annotation on one document version (or an agenda item's note). The id is the tablet's, so a
    -- retry finds its row; rev counts its edits; seq orders every change in the meeting for annotations.sync.
    -- A deletion keeps the row (deleted = 1, body emptied) so every device of the delegate learns it.
    CREATE TABLE annotations (
      meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
      id TEXT NOT NULL,
      delegate_id TEXT NOT NULL,
      document_id TEXT,
      sha256 TEXT,
      item_id TEXT,
      kind TEXT NOT NULL CHECK (kind IN ('ink', 'highlight', 'note', 'item_note')),
      visibility TEXT NOT NULL CHECK (visibility IN ('private', 'chair', 'everyone')),
      body TEXT NOT NULL,
      bytes INTEGER NOT NULL CHECK (bytes >= 0),
      rev INTEGER NOT NULL CHECK (rev >= 1),
      seq INTEGER NOT NULL CHECK (seq >= 1),
      deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
      -- Ever shown to others: those who saw it are told when it goes private or away.
      was_shared INTEGER NOT NULL DEFAULT 0 CHECK (was_shared IN (0, 1)),
      carried TEXT,
      updated_at TEXT NOT NULL,
      PRIMARY KEY (meeting_id, id),
      CHECK ((document_id IS NULL) = (sha256 IS NULL)),
      CHECK ((document_id IS NULL) <> (item_id IS NULL))
    ) STRICT;
    CREATE UNIQUE INDEX annotations_by_seq ON annotations(meeting_id, seq);
    CREATE INDEX annotations_by_owner ON annotations(meeting_id, delegate_id, seq);
    CREATE INDEX annotations_by_version ON annotations(meeting_id, document_id, sha256);

    -- A replaced document's annotations to carry to its new version: written with the replacement, done once the
    -- hub has the two versions' texts (a durable follow-up: a hub stopped before it runs does it at the next start).
    CREATE TABLE annotation_carries (
      meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
      document_id TEXT NOT NULL,
      from_sha256 TEXT NOT NULL,
      from_version INTEGER NOT NULL,
      to_sha256 TEXT NOT NULL,
      created_at TEXT NOT NULL,
      done_at TEXT,
      error TEXT,
      PRIMARY KEY (meeting_id, document_id, from_sha256, to_sha256)
    ) STRICT;
    CREATE INDEX annotation_carries_pending ON annotation_carries(done_at) WHERE done_at IS NULL;

    -- Each PDF's text runs per page (JSON), read once in the sandbox: what annotations are anchored to.
    CREATE TABLE document_texts (
      sha256 TEXT PRIMARY KEY,
      pages TEXT NOT NULL,
      read_at TEXT NOT NULL
    ) STRICT;
  `,
};
