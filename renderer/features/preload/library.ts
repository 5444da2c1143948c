import { openDB, type DBSchema, type IDBPDatabase } from 'idb';

/** What the device remembers of a meeting it preloaded: enough to purge, collect garbage and mark updates offline. */
export interface MeetingRecord {
  meetingId: string;
  status: 'draft' | 'published' | 'closed';
  documents: RecordedDocument[];
  /** The version of each document this device has opened (the "updated" mark stays until then). */
  opened: Record<string, number>;
  /** When this device deleted the meeting's restricted documents after it was closed. */
  purgedAt: string | null;
  /** The hub has acknowledged `purgedAt`. */
  purgeReported: boolean;
  /** When the device deleted a reader's restricted documents after her session ended, until the hub has been told. */
  forgottenAt?: string | null;
}

export interface RecordedDocument {
  documentId: string;
  sha256: string;
  bytes: number;
  /** Access is not `all`: deleted from the device when the meeting closes, watermarked when read. */
  restricted: boolean;
  version: number;
  /** Earlier versions' bytes, kept on the device only until the current one is verified. */
  previous: string[];
}

/**
 * The device library: the meeting documents this tablet keeps for reading offline. Downloads land as chunks (so a drop loses at most one), each chunk written
 * in the same transaction as the count of bytes received; a verified file is then stored whole.
 */
export interface DeviceLibrary {
  /** Bytes received so far for a file not yet complete (0 when none). */
  received(sha256: string): Promise<number>;
  /** The chunks received so far, in order (to hash them again when a download resumes after a restart). */
  readChunks(sha256: string): AsyncIterable<Uint8Array>;
  appendChunk(sha256: string, offset: number, data: Uint8Array): Promise<void>;
  /** Joins the chunks into the whole file (the caller has verified them) and drops the chunks. */
  complete(sha256: string): Promise<void>;
  hasFile(sha256: string): Promise<boolean>;
  readFile(sha256: string): Promise<Uint8Array | null>;
  /** Deletes a file's bytes, whole and partial. */
  remove(sha256: string): Promise<void>;
  /** Every sha256 with bytes on the device, whole or partial. */
  list(): Promise<string[]>;
  getMeeting(meetingId: string): Promise<MeetingRecord | null>;
  putMeeting(record: MeetingRecord): Promise<void>;
  listMeetings(): Promise<MeetingRecord[]>;
}

interface CacheSchema extends DBSchema {
  files: { key: string; value: { sha256: string; size: number; data: Uint8Array; storedAt: string } };
  chunks: { key: [string, number]; value: { sha256: string; offset: number; data: Uint8Array } };
  partials: { key: string; value: { sha256: string; received: number } };
  meetings: { key: string; value: MeetingRecord };
}

export const CACHE_DB = 'roundtable-cache';

const chunkRange = (sha256: string) => IDBKeyRange.bound([sha256, 0], [sha256, Number.MAX_SAFE_INTEGER]);

/** Whether this browser has IndexedDB at all (some kiosks and private modes do not). */
export function indexedDbAvailable(): boolean {
  return typeof indexedDB !== 'undefined' && indexedDB !== null;
}

/** The device library in IndexedDB: works on a plain http:// page (no secure context needed) and in Electron. The
 * database keeps its first name, `roundtable-cache`, so tablets keep what they hold. */
export async function openDeviceLibrary(name = CACHE_DB): Promise<DeviceLibrary> {
  const db = await openDB<CacheSchema>(name, 1, {
    upgrade(database) {
      database.createObjectStore('files', { keyPath: 'sha256' });
      database.createObjectStore('chunks', { keyPath: ['sha256', 'offset'] });
      database.createObjectStore('partials', { keyPath: 'sha256' });
      database.createObjectStore('meetings', { keyPath: 'meetingId' });
    },
  });
  return new IdbLibrary(db);
}

class IdbLibrary implements DeviceLibrary {
  private readonly db: IDBPDatabase<CacheSchema>;

  constructor(db: IDBPDatabase<CacheSchema>) {
    this.db = db;
  }

  async received(sha256: string): Promise<number> {
    return (await this.db.get('partials', sha256))?.received ?? 0;
  }

  async *readChunks(sha256: string): AsyncIterable<Uint8Array> {
    // One chunk per transaction: a cursor's transaction would close while the caller hashes.
    let after = -1;
    for (;;) {
      const key = await this.db.getKey('chunks', IDBKeyRange.bound([sha256, after], [sha256, Number.MAX_SAFE_INTEGER], true));
      if (!key) return;
      const chunk = await this.db.get('chunks', key);
      if (!chunk) return;
      after = chunk.offset;
      yield chunk.data;
    }
  }

  async appendChunk(sha256: string, offset: number, data: Uint8Array): Promise<void> {
    const tx = this.db.transaction(['chunks', 'partials'], 'readwrite');
    const partials = tx.objectStore('partials');
    const received = (await partials.get(sha256))?.received ?? 0;
    if (received !== offset) {
      tx.abort();
      await tx.done.catch(() => undefined);
      throw new Error(`chunk at ${offset} does not follow the ${received} bytes stored`);
    }
    await tx.objectStore('chunks').put({ sha256, offset, data });
    await partials.put({ sha256, received: offset + data.byteLength });
    await tx.done;
  }

  async complete(sha256: string): Promise<void> {
    const tx = this.db.transaction(['chunks', 'partials', 'files'], 'readwrite');
    const chunks = await tx.objectStore('chunks').getAll(chunkRange(sha256));
    const size = chunks.reduce((sum, c) => sum + c.data.byteLength, 0);
    const data = new Uint8Array(size);
    let at = 0;
    for (const chunk of chunks) {
      data.set(chunk.data, at);
      at += chunk.data.byteLength;
    }
    await tx.objectStore('files').put({ sha256, size, data, storedAt: new Date().toISOString() });
    await tx.objectStore('chunks').delete(chunkRange(sha256));
    await tx.objectStore('partials').delete(sha256);
    await tx.done;
  }

  async hasFile(sha256: string): Promise<boolean> {
    return (await this.db.getKey('files', sha256)) !== undefined;
  }

  async readFile(sha256: string): Promise<Uint8Array | null> {
    return (await this.db.get('files', sha256))?.data ?? null;
  }

  async remove(sha256: string): Promise<void> {
    const tx = this.db.transaction(['chunks', 'partials', 'files'], 'readwrite');
    await tx.objectStore('files').delete(sha256);
    await tx.objectStore('chunks').delete(chunkRange(sha256));
    await tx.objectStore('partials').delete(sha256);
    await tx.done;
  }

  async list(): Promise<string[]> {
    const [files, partials] = await Promise.all([this.db.getAllKeys('files'), this.db.getAllKeys('partials')]);
    return [...new Set([...files, ...partials])];
  }

  async getMeeting(meetingId: string): Promise<MeetingRecord | null> {
    return (await this.db.get('meetings', meetingId)) ?? null;
  }

  async putMeeting(record: MeetingRecord): Promise<void> {
    await this.db.put('meetings', record);
  }

  async listMeetings(): Promise<MeetingRecord[]> {
    return this.db.getAll('meetings');
  }
}
