/**
 * The audit log's hash chain: every action of a meeting is an entry whose hash covers its content and the hash of the
 * entry before it, so that altering, removing or inserting an entry breaks the chain from there on, and the newest
 * entry's hash (the head, printed for the minutes) stands for the whole log up to it.
 *
 *   hash = sha256(canonicalJson({ actor, at, body, command, meetingId, prevHash, revision, seq }))   (lowercase hex)
 *
 * The first entry's prevHash is GENESIS_HASH. canonicalJson sorts object keys, so the same entry always hashes the
 * same on any machine. This module takes sha256 as a parameter and stays pure (the hub passes node:crypto's).
 */

/** SHA-256 of a text's UTF-8 bytes, as 64 lowercase hex digits. */
export type Sha256Hex = (text: string) => string;

/** The prevHash of the first entry. */
export const GENESIS_HASH = '0'.repeat(64);

/** One action, as the hub records it. */
export interface AuditEntry {
  /** null for an action outside any meeting (a staff credential issued, say). */
  meetingId: string | null;
  /** Who acted, as the hub names them (a role and an id); never a secret ballot's voter next to its choice. */
  actor: string;
  /** The command's name, e.g. `agenda.setCurrent`. */
  command: string;
  /** The meeting's revision after the action, or null when it changed none. */
  revision: number | null;
  /** ISO 8601 time at the hub. */
  at: string;
  /** What was done: plain JSON (objects, arrays, strings, finite numbers, booleans, null). */
  body: unknown;
}

/** An entry as stored: numbered from 1, its body as canonical JSON text, chained by hashes. */
export interface AuditRecord extends Omit<AuditEntry, 'body'> {
  seq: number;
  body: string;
  prevHash: string;
  hash: string;
}

/**
 * JSON with every object's keys in code-unit order and no spaces: one text per value. Refuses what JSON would change
 * on the way back (NaN, Infinity, bigint, functions, undefined in an array, class instances such as Date, cycles), so
 * that `canonicalJson(JSON.parse(canonicalJson(x))) === canonicalJson(x)`. Object properties that are undefined are
 * left out, as JSON.stringify does.
 */
export function canonicalJson(value: unknown): string {
  const open = new Set<object>();
  const encode = (v: unknown, path: string): string => {
    if (v === null || typeof v === 'boolean' || typeof v === 'string') return JSON.stringify(v);
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) throw new TypeError(`${path} is ${v}, which JSON cannot hold`);
      return JSON.stringify(v);
    }
    if (typeof v !== 'object') throw new TypeError(`${path} is a ${typeof v}, which JSON cannot hold`);
    if (open.has(v)) throw new TypeError(`${path} refers back to itself`);
    open.add(v);
    let text: string;
    if (Array.isArray(v)) {
      text = `[${v.map((item: unknown, i) => encode(item, `${path}[${i}]`)).join(',')}]`;
    } else {
      const proto = Object.getPrototypeOf(v) as unknown;
      if (proto !== Object.prototype && proto !== null) throw new TypeError(`${path} is not a plain object`);
      const record = v as Record<string, unknown>;
      const fields = Object.keys(record)
        .sort()
        .filter((k) => record[k] !== undefined)
        .map((k) => `${JSON.stringify(k)}:${encode(record[k], `${path}.${k}`)}`);
      text = `{${fields.join(',')}}`;
    }
    open.delete(v);
    return text;
  };
  return encode(value, 'the value');
}

/** What an entry's hash covers besides prevHash, with the body as a value (not its stored text). */
export type HashedEntry = AuditEntry & { seq: number };

/** The text an entry's hash is taken of. */
export function encodeEntry(prevHash: string, entry: HashedEntry): string {
  const { seq, at, meetingId, actor, command, revision, body } = entry;
  return canonicalJson({ actor, at, body, command, meetingId, prevHash, revision, seq });
}

/** The hash of entry `seq`, following the entry whose hash is `prevHash`. */
export function entryHash(prevHash: string, entry: HashedEntry, sha256: Sha256Hex): string {
  return sha256(encodeEntry(prevHash, entry));
}

/** The next record of a chain whose newest entry is `head` (null for an empty log). */
export function chainEntry(entry: AuditEntry, head: { seq: number; hash: string } | null, sha256: Sha256Hex): AuditRecord {
  const body = canonicalJson(entry.body);
  const prevHash = head?.hash ?? GENESIS_HASH;
  const seq = (head?.seq ?? 0) + 1;
  return { ...entry, seq, body, prevHash, hash: entryHash(prevHash, { ...entry, seq }, sha256) };
}

/**
 * altered: an entry no longer matches its hash. removed: entries are missing (a gap in the numbering, or numbers
 * given out that are no longer there). inserted: an entry does not follow the one before it (its number repeats or
 * goes back, or its prevHash is not that entry's hash). rewritten: the chain holds, but not the head hash that
 * earlier minutes carry (every hash from some entry on was made again).
 */
export type ChainProblem = 'altered' | 'removed' | 'inserted' | 'rewritten';

export type ChainVerdict =
  | {
      ok: true;
      /** Entries checked. */
      count: number;
      /** The newest entry's number and hash (0 and GENESIS_HASH for an empty log): what the minutes carry. */
      headSeq: number;
      headHash: string;
      /** With `knownHash`: the number of the entry with that hash. */
      knownHashSeq?: number;
    }
  | {
      ok: false;
      /** The first entry that was altered, removed or inserted; null when rewritten (no one entry can be named). */
      seq: number | null;
      problem: ChainProblem;
      /** English, for the technician: what exactly does not hold. */
      detail: string;
      /** Entries found intact before it. */
      intact: number;
    };

export interface ChainOptions {
  /** The highest number ever given (SQLite's AUTOINCREMENT counter): a larger one than the last entry's means entries removed at the end. */
  lastSeq?: number;
  /** A head hash carried by earlier minutes: the log must still hold an entry with it, else it was rewritten. */
  knownHash?: string;
}

const entries = (from: number, to: number) => (from === to ? `entry ${from} is` : `entries ${from} to ${to} are`);

/** Checks a log, in the order of its numbers, and names its first bad entry. Reads each record once (a log may be long). */
export function verifyChain(records: Iterable<AuditRecord>, sha256: Sha256Hex, options: ChainOptions = {}): ChainVerdict {
  let prev = { seq: 0, hash: GENESIS_HASH };
  let intact = 0;
  let knownHashSeq: number | undefined;
  const bad = (seq: number | null, problem: ChainProblem, detail: string): ChainVerdict => ({ ok: false, seq, problem, detail, intact });

  for (const r of records) {
    if (r.seq <= prev.seq) return bad(r.seq, 'inserted', `entry ${r.seq} comes after entry ${prev.seq}: its number repeats or goes back`);
    if (r.seq > prev.seq + 1) return bad(prev.seq + 1, 'removed', `${entries(prev.seq + 1, r.seq - 1)} missing`);
    let body: unknown;
    try {
      body = JSON.parse(r.body);
    } catch {
      return bad(r.seq, 'altered', 'its body is not JSON any more');
    }
    // The body is stored as canonical text; another text for the same value was written by something else.
    const selfConsistent = canonicalJson(body) === r.body && entryHash(r.prevHash, { ...r, body }, sha256) === r.hash;
    const follows = r.prevHash === prev.hash;
    if (!follows) {
      const after = prev.seq === 0 ? 'the start of the log' : `entry ${prev.seq}`;
      return bad(
        r.seq,
        'inserted',
        selfConsistent
          ? `its prevHash is not the hash of ${after}: it was inserted, or ${after} was altered and its hash made again`
          : `it neither follows ${after} nor matches its own hash`,
      );
    }
    if (!selfConsistent) return bad(r.seq, 'altered', 'its content does not match its hash');
    if (r.hash === options.knownHash) knownHashSeq = r.seq;
    prev = r;
    intact++;
  }
  if (options.lastSeq !== undefined && options.lastSeq > prev.seq) {
    return bad(prev.seq + 1, 'removed', `${entries(prev.seq + 1, options.lastSeq)} missing from the end`);
  }
  if (options.knownHash !== undefined && knownHashSeq === undefined && options.knownHash !== GENESIS_HASH) {
    return bad(null, 'rewritten', `no entry has the hash ${options.knownHash}: the log was written again, or the hash is from another hub`);
  }
  return { ok: true, count: intact, headSeq: prev.seq, headHash: prev.hash, ...(knownHashSeq !== undefined && { knownHashSeq }) };
}
