import type { Migration } from './migration.ts';

/**
 * When a tablet last deleted a reader's restricted documents because her session ended on it (signed out, moved to
 * another device), as it reports it; the secretariat sees it beside the tablet's preload. Null: never reported.
 */
export const migration015: Migration = {
  version: 15,
  name: 'shared-tablet-forget',
  up: `
    ALTER TABLE preload_reports ADD COLUMN forgotten_at TEXT;
  `,
};
