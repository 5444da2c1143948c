import type { Migration } from './migration.ts';

/**
 * What the chair shows the room (follow the chair): one row per meeting that has shown a page, the document and
 * the page (both null once the chair stops showing) and since when. The document's access is read with it, never
 * copied here, so a document made restricted is hidden from the tablets that may no longer read it.
 */
export const migration014: Migration = {
  version: 14,
  name: 'presentation',
  up: `
    CREATE TABLE presentations (
      meeting_id TEXT PRIMARY KEY REFERENCES meetings(id) ON DELETE CASCADE,
      document_id TEXT,
      page INTEGER CHECK (page IS NULL OR page >= 1),
      since TEXT NOT NULL,
      CHECK ((document_id IS NULL) = (page IS NULL))
    ) STRICT;
  `,
};
