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

export function sniff(bytes: Uint8Array, fileName: string): Sniffed {
  const looksXlsx = /\.xls[xm]?$/i.test(fileName);
  const format = looksXlsx ? 'xlsx' : 'csv';
  if (bytes.length === 0) return { ok: false, format, message: 'The file is empty.' };
  if (bytes.length > MAX_FILE_BYTES) {
    const mb = (bytes.length / 1024 / 1024).toFixed(1);
    return { ok: false, format, message: `The file is ${mb} MB; a delegate list may be at most ${MAX_FILE_BYTES / 1024 / 1024} MB.` };
  }
  if (startsWith(bytes, ZIP)) return { ok: true, format: 'xlsx' };
  if (startsWith(bytes, COMPOUND_FILE)) {
    if (contains(bytes, 'EncryptedPackage', true)) {
      return {
        ok: false,
        format: 'xlsx',
        message: 'The workbook is password-protected. Remove the password in Excel (File > Info > Protect Workbook), save, and try again.',
      };
    }
    return {
      ok: false,
      format: 'xlsx',
      message: 'This is an Excel 97-2003 workbook (.xls), which is not read here. Save it as .xlsx (Excel Workbook) or as CSV UTF-8 and try again.',
    };
  }
  if (looksXlsx && looksLikeMarkup(bytes)) {
    return {
      ok: false,
      format,
      message: `"${fileName}" is a web page or an XML spreadsheet under an Excel name (many systems export lists this way), not a real workbook. Open it in Excel, save it as .xlsx (Excel Workbook), and try again.`,
    };
  }
  if (looksXlsx) {
    return { ok: false, format, message: `"${fileName}" is not a valid XLSX workbook (it may be damaged). Open it in Excel, save it again as .xlsx, and try again.` };
  }
  // UTF-16 text (Excel's "Unicode Text") is full of NUL bytes but starts with its byte order mark.
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (!utf16 && bytes.subarray(0, 8192).includes(0)) {
    return { ok: false, format, message: 'This file is neither a CSV nor an XLSX file (it holds binary data). Choose the delegate list saved as .xlsx or CSV.' };
  }
  return { ok: true, format: 'csv' };
}
