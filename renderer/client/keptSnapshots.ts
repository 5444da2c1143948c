import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { MeetingSnapshot } from '../../shared/protocol/index.ts';

/**
 * The followed meeting as the signed-in delegate last saw it, kept on the device so that a tablet reloaded (or started)
 * with the hub out of reach opens to her meeting at once. Kept under her reader key only, and cleared when her
 * session ends on this device (sign-out, moved, expired): the next person on a shared tablet never gets it.
 */
export interface SnapshotKeeper {
  load(meetingId: string, reader: string): Promise<MeetingSnapshot | null>;
  save(meetingId: string, reader: string, snapshot: MeetingSnapshot): Promise<void>;
  /** Deletes every kept snapshot. */
  clear(): Promise<void>;
}

interface KeptSchema extends DBSchema {
  snapshots: { key: string; value: { meetingId: string; reader: string; snapshot: MeetingSnapshot; keptAt: string } };
}

export const KEPT_DB = 'roundtable-meetings';

/** The keeper in IndexedDB (works on a plain http:// page too); null where the browser has none. */
export function indexedDbKeeper(name = KEPT_DB): SnapshotKeeper | null {
  if (typeof indexedDB === 'undefined' || indexedDB === null) return null;
  let opening: Promise<IDBPDatabase<KeptSchema>> | null = null;
  const db = () =>
    (opening ??= openDB<KeptSchema>(name, 1, {
      upgrade(database) {
        database.createObjectStore('snapshots', { keyPath: 'meetingId' });
      },
    }));
  return {
    async load(meetingId, reader) {
      const kept = await (await db()).get('snapshots', meetingId);
      return kept && kept.reader === reader ? kept.snapshot : null;
    },
    async save(meetingId, reader, snapshot) {
      await (await db()).put('snapshots', { meetingId, reader, snapshot, keptAt: new Date().toISOString() });
    },
    async clear() {
      await (await db()).clear('snapshots');
    },
  };
}
