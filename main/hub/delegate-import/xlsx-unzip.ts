import type { Readable } from 'node:stream';
import yauzl from 'yauzl';
import yazl from 'yazl';
import type { ImportMessages } from '../../../shared/domain/delegate-import-messages.ts';
import type { Refusal } from './table.ts';

/**
 * What a workbook may unpack to. A 10,000-row list is a few MB of XML (its largest sheet 2 to 5 MB); a zip's
 * own sizes are whatever its maker wrote, so these count the bytes actually inflated, as they come.
 */
export const XLSX_LIMITS = {
  /** Parts in the zip: a workbook has a dozen or two; a zip of thousands is not a list (and each costs work). */
  maxEntries: 1000,
  /** Everything inflated, all parts together. */
  maxUnpackedBytes: 64 * 1024 * 1024,
  /** One part. */
  maxEntryBytes: 32 * 1024 * 1024,
  /** One sheet's XML, or the shared strings: what exceljs turns into cells (some 60 times its size in memory). */
  maxSheetXmlBytes: 16 * 1024 * 1024,
} as const;

type Limits = typeof XLSX_LIMITS;

/** The parts exceljs turns into cells: the sheets and the strings they share. */
export function isSheetXml(name: string): boolean {
  return /(^|\/)xl\/(worksheets\/sheet\d+\.xml|sharedStrings\.xml)$/i.test(name);
}

const tooLarge = (t: ImportMessages, maxBytes: number): Refusal => ({ ok: false, message: t.unpackedTooLarge({ maxBytes }), tooLarge: true });

class Over extends Error {
  readonly maxBytes: number;
  constructor(maxBytes: number) {
    super(`over ${maxBytes} bytes`);
    this.maxBytes = maxBytes;
  }
}

function open(bytes: Uint8Array): Promise<yauzl.ZipFile> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // Sizes are not checked against the zip's word for them (validateEntrySizes): the counting below is the truth.
  // Names are decoded here (decodeStrings), since some writers start them with a slash, which yauzl refuses.
  return new Promise((resolve, reject) =>
    yauzl.fromBuffer(buffer, { lazyEntries: true, validateEntrySizes: false, decodeStrings: false }, (error, zip) => (error ? reject(error) : resolve(zip))),
  );
}

/** A part's name as exceljs reads it: UTF-8 when the zip says so (else the bytes as Latin-1), no leading slash. */
function nameOf(entry: yauzl.Entry): string {
  const raw = entry.fileName as unknown as Buffer;
  return raw.toString(entry.generalPurposeBitFlag & 0x800 ? 'utf8' : 'latin1').replace(/^\/+/, '');
}

function nextEntry(zip: yauzl.ZipFile): Promise<yauzl.Entry | null> {
  return new Promise((resolve, reject) => {
    const cleanup = () => {
      zip.off('entry', onEntry);
      zip.off('end', onEnd);
      zip.off('error', onError);
    };
    const onEntry = (entry: yauzl.Entry) => (cleanup(), resolve(entry));
    const onEnd = () => (cleanup(), resolve(null));
    const onError = (error: Error) => (cleanup(), reject(error));
    zip.on('entry', onEntry);
    zip.on('end', onEnd);
    zip.on('error', onError);
    zip.readEntry();
  });
}

/**
 * Inflates one part, stopping as soon as it passes its own limit or the room left under the total
 * (`room.maxBytes`, the limit it says, minus what the other parts took).
 */
async function inflate(zip: yauzl.ZipFile, entry: yauzl.Entry, limit: number, room: { left: number; maxBytes: number }): Promise<Buffer> {
  const stream = await new Promise<Readable>((resolve, reject) => zip.openReadStream(entry, (error, s) => (error ? reject(error) : resolve(s))));
  const chunks: Buffer[] = [];
  let bytes = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      bytes += chunk.length;
      if (bytes > limit) throw new Over(limit);
      if (bytes > room.left) throw new Over(room.maxBytes);
      chunks.push(chunk);
    }
  } finally {
    stream.destroy();
  }
  return Buffer.concat(chunks);
}

async function storedZip(parts: { name: string; data: Buffer }[]): Promise<Buffer> {
  const out = new yazl.ZipFile();
  for (const part of parts) out.addBuffer(part.data, part.name, { compress: false });
  out.end();
  const chunks: Buffer[] = [];
  for await (const chunk of out.outputStream as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks);
}

/**
 * Unpacks a workbook under the limits and packs its parts again, uncompressed, for exceljs: exceljs never
 * inflates anything itself and sees exactly the parts counted here (no second reading of the zip that could
 * differ from this one). Refuses a zip that is not a workbook, or that passes a limit, with the reason.
 */
export async function unpackWorkbook(bytes: Uint8Array, t: ImportMessages, limits: Limits = XLSX_LIMITS): Promise<{ ok: true; zip: Buffer } | Refusal> {
  let zip: yauzl.ZipFile;
  try {
    zip = await open(bytes);
  } catch (error) {
    return { ok: false, message: t.workbookUnreadable({ detail: error instanceof Error ? error.message : String(error) }) };
  }
  try {
    if (zip.entryCount > limits.maxEntries) return { ok: false, message: t.tooManyParts({ parts: zip.entryCount, max: limits.maxEntries }), tooLarge: true };
    const parts: { name: string; data: Buffer }[] = [];
    let total = 0;
    for (let entry = await nextEntry(zip); entry; entry = await nextEntry(zip)) {
      const name = nameOf(entry);
      if (name === '' || name.endsWith('/')) continue;
      const limit = isSheetXml(name) ? limits.maxSheetXmlBytes : limits.maxEntryBytes;
      if (entry.uncompressedSize > limit) return tooLarge(t, limit);
      if (total + entry.uncompressedSize > limits.maxUnpackedBytes) return tooLarge(t, limits.maxUnpackedBytes);
      try {
        const data = await inflate(zip, entry, limit, { left: limits.maxUnpackedBytes - total, maxBytes: limits.maxUnpackedBytes });
        total += data.length;
        parts.push({ name, data });
      } catch (error) {
        if (error instanceof Over) return tooLarge(t, error.maxBytes);
        throw error;
      }
    }
    const names = new Set(parts.map((part) => part.name));
    if (!names.has('xl/workbook.xml')) {
      const kind = names.has('word/document.xml') ? 'word' : names.has('content.xml') ? 'opendocument' : 'zip';
      return { ok: false, message: t.notWorkbook({ kind }) };
    }
    return { ok: true, zip: await storedZip(parts) };
  } catch (error) {
    return { ok: false, message: t.workbookUnreadable({ detail: error instanceof Error ? error.message : String(error) }) };
  } finally {
    zip.close();
  }
}
