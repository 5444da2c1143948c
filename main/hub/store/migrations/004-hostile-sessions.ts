import type { Migration } from './migration.ts';

/**
 * Why a session ended, kept with it: a connection that missed the live notice (or a hub that did not end it: the
 * CLI's passcode reset) learns the reason at its next command. Devices that never paired are forgotten: a device
 * row is now made only by pairing, and earlier hubs wrote one for every connection.
 */
export const migration004: Migration = {
  version: 4,
  name: 'hostile-sessions',
  up: `
    ALTER TABLE sessions ADD COLUMN end_reason TEXT;
    DELETE FROM devices WHERE token_hash IS NULL AND paired_at IS NULL;
  `,
};
