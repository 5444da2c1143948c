import type { Migration } from './migration.ts';

/**
 * The secretariat's own name for a device and the seat it is bound to, beside the name the device gives itself
 * ("Chrome on Linux" on every tablet of a room), which each connection still updates. Empty when not given.
 */
export const migration010: Migration = {
  version: 10,
  name: 'device-labels',
  up: `
    ALTER TABLE devices ADD COLUMN label TEXT NOT NULL DEFAULT '';
    ALTER TABLE devices ADD COLUMN seat TEXT NOT NULL DEFAULT '';
  `,
};
