import ExcelJS from 'exceljs';
import { importMessages, type ImportLang } from '../../../shared/domain/delegate-import-messages.ts';
import type { Reading } from './legacy/detect.ts';
import type { RawCell, Refusal, TableRow } from './table.ts';
import { unpackWorkbook } from './xlsx-unzip.ts';

type CellValue = ExcelJS.CellValue;

/** A cell's value as the person sees it: numbers as written (seat 12), a formula's result, rich text joined. */
export function cellText(value: CellValue): { text: string; error: string | null } {
  if (value === null || value === undefined) return { text: '', error: null };
  if (typeof value === 'string') return { text: value, error: null };
  if (typeof value === 'number') return { text: Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(15))), error: null };
  if (typeof value === 'boolean') return { text: value ? 'TRUE' : 'FALSE', error: null };
  if (value instanceof Date) return { text: dateText(value), error: null };
  if ('richText' in value) return { text: value.richText.map((run) => run.text).join(''), error: null };
  if ('error' in value) return { text: '', error: String(value.error) };
  if ('formula' in value || 'sharedFormula' in value) return cellText((value as { result?: CellValue }).result ?? null);
  if ('hyperlink' in value) return cellText(value.text);
  return { text: '', error: null };
}

/** Dates are stored as UTC instants; a date without a time reads as the date. */
function dateText(date: Date): string {
  if (Number.isNaN(date.getTime())) return '';
  const iso = date.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
}

/** What a font name says about the encoding of the text drawn with it. */
export function fontHint(name: string | undefined): { hint: Reading | null; uppercaseFont: boolean } {
  if (!name) return { hint: null, uppercaseFont: false };
  if (/^\.?vn/i.test(name) && !/^vni/i.test(name)) return { hint: 'tcvn3', uppercaseFont: /h$/i.test(name.trim()) };
  if (/^vni[-\s]/i.test(name)) return { hint: 'vni', uppercaseFont: false };
  return { hint: null, uppercaseFont: false };
}

function fontOf(cell: ExcelJS.Cell): string | undefined {
  const value = cell.value;
  if (value && typeof value === 'object' && 'richText' in value) {
    const named = value.richText.find((run) => run.font?.name);
    if (named?.font?.name) return named.font.name;
  }
  return cell.font?.name;
}

/**
 * Merged cells: exceljs gives every cell of a merge the first cell's value. Down a column that is what the page
 * shows (an organisation merged over its delegates' rows applies to each); across a row it is one piece of text
 * (a title, a section heading "I. LÃNH ĐẠO TỈNH"), so the cells after the first read as empty.
 */
function mergedAcross(cell: ExcelJS.Cell): boolean {
  return cell.isMerged && cell.master !== cell && cell.master.row === cell.row;
}

export type XlsxRead = { ok: true; rows: TableRow<RawCell>[]; sheet: string } | Refusal;

/**
 * The first worksheet that has data, its rows numbered as Excel numbers them. In this process: the hub calls it
 * through xlsx-sandbox.ts, in a process of its own (exceljs holds about 1.4 KB per cell).
 */
export async function readWorkbook(bytes: Uint8Array, maxRows: number, lang: ImportLang = 'en'): Promise<XlsxRead> {
  const t = importMessages(lang);
  const unpacked = await unpackWorkbook(bytes, t);
  if (!unpacked.ok) return unpacked;
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(unpacked.zip as unknown as ArrayBuffer);
  } catch (error) {
    return { ok: false, message: t.workbookUnreadable({ detail: error instanceof Error ? error.message : String(error) }) };
  }
  const sheets = workbook.worksheets.filter((sheet) => sheet.actualRowCount > 0);
  const sheet = sheets.find((s) => s.state === 'visible') ?? sheets[0];
  if (!sheet) return { ok: false, message: t.noData() };
  if (sheet.actualRowCount > maxRows) return { ok: false, message: t.sheetTooLong({ sheet: sheet.name, rows: sheet.actualRowCount, max: maxRows }) };
  const rows: TableRow<RawCell>[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    const cells: RawCell[] = [];
    const warnings: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      if (mergedAcross(cell)) {
        cells[column - 1] = { text: '', hint: null, uppercaseFont: false };
        return;
      }
      const { text, error } = cellText(cell.value);
      if (error) warnings.push(t.cellError({ line, cell: cell.address, error }));
      cells[column - 1] = { text, ...fontHint(fontOf(cell)) };
    });
    for (let i = 0; i < cells.length; i++) cells[i] ??= { text: '', hint: null, uppercaseFont: false };
    rows.push({ line, cells, warnings });
  });
  return { ok: true, rows, sheet: sheet.name };
}
