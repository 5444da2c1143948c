import { Transform, type Readable } from 'node:stream';
import { crc32 } from 'node:zlib';
import yauzl from 'yauzl';

/** One entry of the zip's central directory, with its raw name: nothing is extracted by name. */
export interface ZipEntry {
  /** The name as stored, decoded as UTF-8 (undecodable bytes become U+FFFD, which no valid name has). */
  name: string;
  /** The name was not valid UTF-8. */
  badName: boolean;
  compressedSize: number;
  uncompressedSize: number;
  compressionMethod: number;
  encrypted: boolean;
  /** Unix file type bits from the external attributes (0o120000 is a symbolic link), 0 when the zip has none. */
  unixType: number;
  /** An Info-ZIP Unicode Path field, i.e. a second name for the entry that some extractors prefer. */
  alternateName: boolean;
  raw: yauzl.Entry;
}

/** The entry's data as stored, checked against its CRC-32 at the end (yauzl checks sizes, not CRCs). */
async function openChecked(zip: yauzl.ZipFile, entry: ZipEntry): Promise<Readable> {
  const stream = await zip.openReadStreamPromise(entry.raw);
  let crc = 0;
  const check = new Transform({
    transform(chunk: Buffer, _enc, done) {
      crc = crc32(chunk, crc);
      done(null, chunk);
    },
    flush(done) {
      done(crc === entry.raw.crc32 ? null : new Error('its data does not match its CRC-32: the pack is damaged or was altered'));
    },
  });
  stream.once('error', (error) => check.destroy(error));
  return stream.pipe(check);
}

/** An opened zip: its central directory listed, each entry's data opened on demand. */
export interface ZipArchive {
  entryCount: number;
  entries: ZipEntry[];
  open(entry: ZipEntry): Promise<Readable>;
  /** Reads a small entry whole; refuses one larger than `maxBytes`. */
  readAll(entry: ZipEntry, maxBytes: number): Promise<Buffer>;
  close(): void;
}

const UNICODE_PATH_FIELD = 0x7075;
const utf8 = new TextDecoder('utf-8', { fatal: true });

function describe(raw: yauzl.Entry): ZipEntry {
  const bytes = raw.fileNameRaw;
  let name: string;
  let badName = false;
  try {
    name = utf8.decode(bytes);
  } catch {
    name = Buffer.from(bytes).toString('utf8');
    badName = true;
  }
  // The upper byte of "version made by" is the host system; 3 is Unix, whose mode sits in the upper 16 bits.
  const unix = raw.versionMadeBy >> 8 === 3;
  return {
    name,
    badName,
    compressedSize: raw.compressedSize,
    uncompressedSize: raw.uncompressedSize,
    compressionMethod: raw.compressionMethod,
    encrypted: raw.isEncrypted(),
    unixType: unix ? (raw.externalFileAttributes >>> 16) & 0o170000 : 0,
    alternateName: raw.extraFields.some((f) => f.id === UNICODE_PATH_FIELD),
    raw,
  };
}

/**
 * Opens a zip with yauzl and reads its central directory (names and sizes only, never the data).
 * `decodeStrings: false` so that yauzl hands us every name as it is, including the hostile ones,
 * and the pack checker words the refusal itself. At most `maxEntries` are listed.
 */
export async function openZip(file: string, maxEntries: number): Promise<ZipArchive> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.open(file, { lazyEntries: true, autoClose: false, decodeStrings: false, validateEntrySizes: true }, (err, z) =>
      err ? reject(err) : resolve(z),
    ),
  );
  const archive: ZipArchive = {
    entryCount: zip.entryCount,
    entries: [],
    open: (entry) => openChecked(zip, entry),
    async readAll(entry, maxBytes) {
      if (entry.uncompressedSize > maxBytes) throw new Error(`${entry.name} is larger than ${maxBytes} bytes`);
      const chunks: Buffer[] = [];
      let total = 0;
      for await (const chunk of await archive.open(entry)) {
        total += (chunk as Buffer).length;
        if (total > maxBytes) throw new Error(`${entry.name} is larger than ${maxBytes} bytes`);
        chunks.push(chunk as Buffer);
      }
      return Buffer.concat(chunks);
    },
    close: () => zip.close(),
  };
  if (zip.entryCount > maxEntries) return archive;
  try {
    await new Promise<void>((resolve, reject) => {
      zip.on('entry', (raw: yauzl.Entry) => {
        archive.entries.push(describe(raw));
        zip.readEntry();
      });
      zip.once('end', () => resolve());
      zip.once('error', reject);
      zip.readEntry();
    });
  } catch (error) {
    zip.close();
    throw error;
  }
  return archive;
}
