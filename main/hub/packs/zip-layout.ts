import { open } from 'node:fs/promises';
import { shown } from './entry-names.ts';
import type { PackProblem } from './problems.ts';

/**
 * What write-pack.ts puts in every pack's zip structure, and the only thing opening a pack accepts (open-pack.ts).
 * A pack is only ever written by a hub, so any other value was put there by something else: with these
 * pinned and every field that the zip stores twice (local header, central directory) compared, no byte
 * of a pack can change without a check noticing (tests/integration/packs.test.ts flips every byte of one).
 */
export const PACK_ZIP = {
  /** Unix (3), spec 6.3: what yazl writes. */
  versionMadeBy: 0x033f,
  versionNeeded: 20,
  /** Names are UTF-8 (bit 11); bit 3 (sizes in a data descriptor) is how yazl streams a file. */
  flags: [0x0800, 0x0808],
  /** A regular file, rw-r--r--. */
  fileMode: 0o100644,
  /** Stored, never deflated: the bytes in the zip are the bytes signed or hashed (deflate has bits a decoder ignores). */
  method: 0,
} as const;

/** Under 4 GiB: a pack never needs ZIP64, so one with ZIP64 records is refused by the layout check. */
export const MAX_ZIP_BYTES = 0xffff_ffff;

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const DESCRIPTOR = 0x08074b50;
const EOCD_SIZE = 22;
const CENTRAL_SIZE = 46;
const LOCAL_SIZE = 30;
const DESCRIPTOR_SIZE = 16;

interface CentralRecord {
  name: string;
  nameRaw: Buffer;
  flags: number;
  method: number;
  time: number;
  date: number;
  crc: number;
  compressed: number;
  uncompressed: number;
  offset: number;
}

type Read = (position: number, length: number) => Promise<Buffer>;

const altered = (entry: string | null, what: string): PackProblem => ({
  entry,
  message: `the zip structure was altered (${what}); a pack is written whole by a hub and never edited`,
});

/**
 * Checks a pack's zip byte for byte against how a hub writes one: the end record, every central directory
 * record, every local header and data descriptor, entries back to back with nothing between or after them.
 * Reads only headers (a few bytes per entry), never document data. Returns the first problem found, or none.
 */
export async function checkZipLayout(file: string, fileBytes: number): Promise<PackProblem[]> {
  const handle = await open(file, 'r');
  const read: Read = async (position, length) => {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await handle.read(buffer, 0, length, position);
    if (bytesRead !== length) throw new RangeError('the file ends inside a zip header');
    return buffer;
  };
  try {
    return await check(read, fileBytes);
  } catch (error) {
    return [altered(null, error instanceof Error ? error.message : String(error))];
  } finally {
    await handle.close();
  }
}

async function check(read: Read, fileBytes: number): Promise<PackProblem[]> {
  if (fileBytes < EOCD_SIZE || fileBytes > MAX_ZIP_BYTES) return [altered(null, 'not a pack-sized zip')];
  const eocdAt = fileBytes - EOCD_SIZE;
  const end = await read(eocdAt, EOCD_SIZE);
  if (end.readUInt32LE(0) !== EOCD) return [altered(null, 'bytes after the end of the zip, or a zip comment')];
  const count = end.readUInt16LE(10);
  const cdSize = end.readUInt32LE(12);
  const cdOffset = end.readUInt32LE(16);
  if (end.readUInt16LE(4) !== 0 || end.readUInt16LE(6) !== 0 || end.readUInt16LE(8) !== count || end.readUInt16LE(20) !== 0) {
    return [altered(null, 'end of central directory record')];
  }
  if (cdOffset + cdSize !== eocdAt) return [altered(null, 'the central directory does not end where the end record begins')];

  const cd = await read(cdOffset, cdSize);
  const records: CentralRecord[] = [];
  let at = 0;
  for (let i = 0; i < count; i++) {
    if (at + CENTRAL_SIZE > cd.length || cd.readUInt32LE(at) !== CENTRAL) return [altered(null, `central directory record ${i + 1}`)];
    const nameLength = cd.readUInt16LE(at + 28);
    const nameRaw = cd.subarray(at + CENTRAL_SIZE, at + CENTRAL_SIZE + nameLength);
    const record: CentralRecord = {
      name: shown(nameRaw.toString('utf8')),
      nameRaw,
      flags: cd.readUInt16LE(at + 8),
      method: cd.readUInt16LE(at + 10),
      time: cd.readUInt16LE(at + 12),
      date: cd.readUInt16LE(at + 14),
      crc: cd.readUInt32LE(at + 16),
      compressed: cd.readUInt32LE(at + 20),
      uncompressed: cd.readUInt32LE(at + 24),
      offset: cd.readUInt32LE(at + 42),
    };
    const pinned =
      cd.readUInt16LE(at + 4) === PACK_ZIP.versionMadeBy &&
      cd.readUInt16LE(at + 6) === PACK_ZIP.versionNeeded &&
      (PACK_ZIP.flags as readonly number[]).includes(record.flags) &&
      record.method === PACK_ZIP.method &&
      cd.readUInt16LE(at + 30) === 0 && // no extra fields (no ZIP64, no timestamps beside the DOS one)
      cd.readUInt16LE(at + 32) === 0 && // no entry comment
      cd.readUInt16LE(at + 34) === 0 && // disk 0
      cd.readUInt16LE(at + 36) === 0 && // internal attributes
      cd.readUInt32LE(at + 38) === ((PACK_ZIP.fileMode << 16) >>> 0);
    if (!pinned) return [altered(record.name, 'its central directory record')];
    records.push(record);
    at += CENTRAL_SIZE + nameLength;
  }
  if (at !== cd.length) return [altered(null, 'the central directory holds more than its records')];

  // Entries back to back from byte 0 to the central directory: no gap where something could hide.
  let cursor = 0;
  for (const r of [...records].sort((a, b) => a.offset - b.offset)) {
    if (r.offset !== cursor) return [altered(r.name, 'it does not start where the previous entry ends')];
    const local = await read(r.offset, LOCAL_SIZE + r.nameRaw.length);
    const streamed = (r.flags & 0x0008) !== 0;
    const same =
      local.readUInt32LE(0) === LOCAL &&
      local.readUInt16LE(4) === PACK_ZIP.versionNeeded &&
      local.readUInt16LE(6) === r.flags &&
      local.readUInt16LE(8) === r.method &&
      local.readUInt16LE(10) === r.time &&
      local.readUInt16LE(12) === r.date &&
      local.readUInt32LE(14) === (streamed ? 0 : r.crc) &&
      local.readUInt32LE(18) === (streamed ? 0 : r.compressed) &&
      local.readUInt32LE(22) === (streamed ? 0 : r.uncompressed) &&
      local.readUInt16LE(26) === r.nameRaw.length &&
      local.readUInt16LE(28) === 0 &&
      local.subarray(LOCAL_SIZE).equals(r.nameRaw);
    if (!same) return [altered(r.name, 'its local header does not match the central directory')];
    cursor = r.offset + LOCAL_SIZE + r.nameRaw.length + r.compressed;
    if (streamed) {
      const d = await read(cursor, DESCRIPTOR_SIZE);
      if (d.readUInt32LE(0) !== DESCRIPTOR || d.readUInt32LE(4) !== r.crc || d.readUInt32LE(8) !== r.compressed || d.readUInt32LE(12) !== r.uncompressed) {
        return [altered(r.name, 'its data descriptor does not match the central directory')];
      }
      cursor += DESCRIPTOR_SIZE;
    }
  }
  if (cursor !== cdOffset) return [altered(null, 'bytes between the last entry and the central directory')];
  return [];
}
