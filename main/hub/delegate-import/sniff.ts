import { importMessages, type ImportLang } from '../../../shared/domain/delegate-import-messages.ts';

/** What kind of file this is, from its first bytes (the name may lie), and the refusals that need no parsing. */

export const MAX_FILE_BYTES = 10 * 1024 * 1024;

export type Sniffed = { ok: true; format: 'csv' | 'xlsx' } | { ok: false; format: 'csv' | 'xlsx'; message: string };

const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** Microsoft's compound file: an Excel 97-2003 .xls, or an encrypted (password-protected) .xlsx. */
const COMPOUND_FILE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((byte, i) => bytes[i] === byte);
}

function contains(bytes: Uint8Array, text: string, utf16: boolean): boolean {
  const needle = utf16 ? Buffer.from(text, 'utf16le') : Buffer.from(text, 'latin1');
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(needle);
}

/** HTML or XML text: "<" first, after an optional byte order mark and white space. */
function looksLikeMarkup(bytes: Uint8Array): boolean {
  const start = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 512)).toString('latin1').replace(/^(\xEF\xBB\xBF|\xFF\xFE|\xFE\xFF)/, '');
  return /^[\s\0]*<[\0]?[!?a-zA-Z]/.test(start);
}

export function sniff(bytes: Uint8Array, fileName: string, lang: ImportLang = 'en'): Sniffed {
  const t = importMessages(lang);
  const looksXlsx = /\.xls[xm]?$/i.test(fileName);
  const format = looksXlsx ? 'xlsx' : 'csv';
  if (bytes.length === 0) return { ok: false, format, message: t.fileEmpty() };
  if (bytes.length > MAX_FILE_BYTES) return { ok: false, format, message: t.fileTooLarge({ bytes: bytes.length, maxBytes: MAX_FILE_BYTES }) };
  if (startsWith(bytes, ZIP)) return { ok: true, format: 'xlsx' };
  if (startsWith(bytes, COMPOUND_FILE)) {
    if (contains(bytes, 'EncryptedPackage', true)) return { ok: false, format: 'xlsx', message: t.passwordProtected() };
    return { ok: false, format: 'xlsx', message: t.oldExcel() };
  }
  if (looksXlsx && looksLikeMarkup(bytes)) return { ok: false, format, message: t.webPageAsExcel({ fileName }) };
  if (looksXlsx) return { ok: false, format, message: t.notXlsx({ fileName }) };
  // UTF-16 text (Excel's "Unicode Text") is full of NUL bytes but starts with its byte order mark.
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (!utf16 && bytes.subarray(0, 8192).includes(0)) return { ok: false, format, message: t.binary() };
  return { ok: true, format: 'csv' };
}
