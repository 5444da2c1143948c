// The tablet's own copy of its annotations (and of those shared with it), kept in IndexedDB so they survive a reload
// and an app restart with the hub away; each of the delegate's own changes waits in it until the hub has it.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Annotation } from '../../../shared/protocol/index.ts';
import { newCastId } from '../ballot/castId.ts';

/** An annotation as the tablet keeps it: the hub's fields, and what of it the hub has not got yet. */
export interface LocalAnnotation extends Omit<Annotation, 'seq'> {
  /** The hub's order of changes (0: never seen by the hub). */
  seq: number;
  /** A change the hub has not acknowledged: the made or edited annotation (put), or its removal. */
  pending: 'put' | 'remove' | null;
  /** The hub's revision the pending change was made on (0 for a new one). */
  baseRev: number;
}

/** A new annotation of the delegate's, made on this tablet: revision 1, its id the tablet's, not yet seen by the hub. */
export function newAnnotation(fields: Pick<LocalAnnotation, 'meetingId' | 'delegateId' | 'documentId' | 'sha256' | 'itemId' | 'kind' | 'visibility' | 'body'>): LocalAnnotation {
  return { ...fields, id: newCastId(), rev: 1, seq: 0, deleted: false, carried: null, updatedAt: new Date().toISOString(), pending: 'put', baseRev: 0 };
}

interface AnnotationSchema extends DBSchema {
  annotations: { key: string; value: LocalAnnotation; indexes: { byMeeting: string } };
  cursors: { key: string; value: { key: string; seq: number } };
}

export interface AnnotationShelf {
  list(meetingId: string): Promise<LocalAnnotation[]>;
  get(id: string): Promise<LocalAnnotation | undefined>;
  put(annotation: LocalAnnotation): Promise<void>;
  remove(ids: readonly string[]): Promise<void>;
  /** The seq up to which this reader has synced the meeting. */
  cursor(key: string): Promise<number>;
  setCursor(key: string, seq: number): Promise<void>;
}

export function annotationsDbAvailable(): boolean {
  return typeof indexedDB !== 'undefined';
}

export async function openAnnotationShelf(name = 'roundtable-annotations'): Promise<AnnotationShelf> {
  const db: IDBPDatabase<AnnotationSchema> = await openDB<AnnotationSchema>(name, 1, {
    upgrade(upgrading) {
      upgrading.createObjectStore('annotations', { keyPath: 'id' }).createIndex('byMeeting', 'meetingId');
      upgrading.createObjectStore('cursors', { keyPath: 'key' });
    },
  });
  return {
    list: (meetingId) => db.getAllFromIndex('annotations', 'byMeeting', meetingId),
    get: (id) => db.get('annotations', id),
    put: async (annotation) => void (await db.put('annotations', annotation)),
    async remove(ids) {
      const tx = db.transaction('annotations', 'readwrite');
      await Promise.all([...ids.map((id) => tx.store.delete(id)), tx.done]);
    },
    cursor: async (key) => (await db.get('cursors', key))?.seq ?? 0,
    setCursor: async (key, seq) => void (await db.put('cursors', { key, seq })),
  };
}

/** The same in memory, where the browser has no IndexedDB (then nothing survives a reload). */
export function memoryShelf(): AnnotationShelf {
  const rows = new Map<string, LocalAnnotation>();
  const cursors = new Map<string, number>();
  return {
    list: async (meetingId) => [...rows.values()].filter((r) => r.meetingId === meetingId),
    get: async (id) => rows.get(id),
    put: async (a) => void rows.set(a.id, a),
    remove: async (ids) => ids.forEach((id) => rows.delete(id)),
    cursor: async (key) => cursors.get(key) ?? 0,
    setCursor: async (key, seq) => void cursors.set(key, seq),
  };
}

/** Whose annotations a delegate's tablet shows: her own, and others' shared with everyone that reached the hub. */
export const readableBy = (delegateId: string) => (row: LocalAnnotation) =>
  delegateId.startsWith(STAFF_READER) || row.delegateId === delegateId || (row.visibility === 'everyone' && row.pending === null);

/** A chair's or secretariat's screen keeps only what the hub sent it (in memory): it may read all of it. */
export const STAFF_READER = 'staff:';
