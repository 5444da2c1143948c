import Papa from 'papaparse';

/**
 * A spreadsheet as CSV bytes that Excel and LibreOffice open with the diacritics right: UTF-8 with a byte-order mark
 * (without it Excel reads the bytes in the machine's code page), fields quoted where needed, CRLF line ends.
 */
export function csvBytes(rows: readonly (readonly string[])[]): Buffer {
  return Buffer.from(`\uFEFF${Papa.unparse(rows as string[][], { newline: '\r\n' })}\r\n`, 'utf8');
}
