import { importMessages, type ImportLang, type ImportMessages } from '../../../shared/domain/delegate-import-messages.ts';
import { cleanText } from '../../../shared/domain/delegate-judge.ts';
import { checkRows, type DelegateImport, type ImportEncoding, MAX_IMPORT_ROWS, type ReadRow } from '../../../shared/domain/delegate-rows.ts';
import type { DelegateFields } from '../../../shared/domain/delegate-fields.ts';
import { headerScore, mapColumns, type ColumnMap } from './columns.ts';
import { decodeCsv, parseCsv } from './csv.ts';
import { settleEncoding, type Settled } from './legacy/apply.ts';
import { READING_NAMES, type Reading } from './legacy/detect.ts';
import { sniff } from './sniff.ts';
import type { Cell, RawCell, TableRow } from './table.ts';
import { readXlsx } from './xlsx-sandbox.ts';

export type { DelegateImport } from '../../../shared/domain/delegate-rows.ts';

/** Title rows ("DANH SÁCH ĐẠI BIỂU...") may stand above the header; the header is looked for this far down. */
const HEADER_SEARCH_ROWS = 20;

/**
 * Reads a delegate list (CSV or XLSX) into rows checked against the model, without saving anything.
 * Never throws for a bad file: the reason is in `fileErrors`, in words the secretariat can act on, written in
 * `lang` like every other message (English by default: a meeting pack's folder is checked in English).
 */
export async function parseDelegateFile(bytes: Uint8Array, fileName: string, lang: ImportLang = 'en'): Promise<DelegateImport> {
  return (await readDelegateFile(bytes, fileName, lang)).result;
}

/** parseDelegateFile, and whether the file was refused for passing a size limit (the preview answers 413 then). */
export async function readDelegateFile(bytes: Uint8Array, fileName: string, lang: ImportLang = 'en'): Promise<{ result: DelegateImport; tooLarge: boolean }> {
  const sniffed = sniff(bytes, fileName, lang);
  if (!sniffed.ok) return { result: refused(sniffed.format, 'unknown', sniffed.message), tooLarge: false };
  if (sniffed.format === 'csv') return { result: fromCsv(bytes, lang), tooLarge: false };
  const read = await readXlsx(bytes, MAX_IMPORT_ROWS + HEADER_SEARCH_ROWS, lang);
  if (!read.ok) return { result: refused('xlsx', 'unknown', read.message), tooLarge: read.tooLarge === true };
  return { result: fromXlsx(read.rows, lang), tooLarge: false };
}

function fromXlsx(rows: TableRow<RawCell>[], lang: ImportLang): DelegateImport {
  const settled = settleEncoding(rows, ['as-is', 'tcvn3', 'vni'], 'as-is', lang);
  if (!settled.ok) return refused('xlsx', 'unknown', legacyRefusal(settled.suspect, 'xlsx', lang));
  return build('xlsx', settled.converted ?? 'unicode', settled, lang);
}

function fromCsv(bytes: Uint8Array, lang: ImportLang): DelegateImport {
  const decoded = decodeCsv(bytes, lang);
  if (!decoded.ok) return refused('csv', 'unknown', decoded.message);
  const parsed = parseCsv(decoded.text, lang);
  if (!parsed.ok) return refused('csv', decoded.encoding === '8-bit' ? 'unknown' : decoded.encoding, parsed.message);
  const raw: TableRow<RawCell>[] = parsed.rows.map((row) => ({
    ...row,
    cells: row.cells.map((text) => ({ text, hint: null, uppercaseFont: false })),
  }));
  const unicode = decoded.encoding !== '8-bit';
  const settled = unicode
    ? settleEncoding(raw, ['as-is', 'tcvn3', 'vni'], 'as-is', lang)
    : settleEncoding(raw, ['windows-1258', 'tcvn3', 'vni'], null, lang);
  if (!settled.ok) return refused('csv', 'unknown', legacyRefusal(settled.suspect, 'csv', lang));
  const encoding: ImportEncoding = settled.converted ?? (unicode ? (decoded.encoding as 'utf-8' | 'utf-16') : 'unknown');
  return build('csv', encoding, settled, lang);
}

function build(format: 'csv' | 'xlsx', encoding: ImportEncoding, settled: Settled, lang: ImportLang): DelegateImport {
  const t: ImportMessages = importMessages(lang);
  const rows = settled.rows.filter((row) => row.cells.some((cell) => cleanText(cell.text) !== ''));
  const headerAt = findHeader(rows);
  const header = headerAt === -1 ? undefined : rows[headerAt];
  if (!header) {
    const found = (rows[0] ? texts(rows[0]) : []).map(cleanText).filter((t) => t !== '');
    return refused(format, encoding, t.noNameColumn({ found }), settled.notes);
  }
  const map = mapColumns(texts(header)) as ColumnMap;
  const data = rows.slice(headerAt + 1).filter((row) => !isEmptyRow(row, map) && !sameAsHeader(row, header));
  if (data.length > MAX_IMPORT_ROWS) {
    return refused(format, encoding, t.tooManyRows({ rows: data.length, max: MAX_IMPORT_ROWS }), settled.notes);
  }
  const notes = [...settled.notes];
  const capitals = capitalsNote(settled, data, map, t);
  if (capitals) notes.push(capitals);
  let recased = 0;
  const read: ReadRow[] = data.map((row) => {
    const { delegate, capitalised } = delegateOf(row, map);
    if (capitalised) recased++;
    return { line: row.line, delegate, warnings: row.warnings };
  });
  if (recased > 0) notes.push(t.recapitalised({ rows: recased }));
  return { encoding, format, columns: map.columns, rows: checkRows(read, map.headers, 'line', lang), fileErrors: [], notes };
}

/** How many cells written in capitals a note names; it counts the others. */
const NAMED_CELLS = 5;

/** The note on the delegates' cells written in capitals, naming each by its line and column (null: none). */
function capitalsNote(settled: Settled, data: readonly TableRow<Cell>[], map: ColumnMap, t: ImportMessages): string | null {
  const lines = new Set(data.map((row) => row.line));
  const read = settled.capitals.filter((cell) => lines.has(cell.line) && map.columns[cell.column]?.field && map.columns[cell.column]?.field !== 'number');
  if (read.length === 0) return null;
  const cells = read.slice(0, NAMED_CELLS).map((cell) => ({ line: cell.line, column: cleanText(map.columns[cell.column]?.header ?? ''), text: cleanText(cell.text) }));
  return t.uppercaseFont({ cells, more: read.length - cells.length });
}

/** The row among the first ones that has a name column and looks most like a header (the first of equals). */
function findHeader(rows: readonly TableRow<Cell>[]): number {
  let best = { at: -1, score: 0 };
  rows.slice(0, HEADER_SEARCH_ROWS).forEach((row, at) => {
    if (mapColumns(texts(row)) === null) return;
    const score = headerScore(texts(row));
    if (score > best.score) best = { at, score };
  });
  return best.at;
}

function delegateOf(row: TableRow<Cell>, map: ColumnMap): { delegate: DelegateFields; capitalised: boolean } {
  const at = (index: number | undefined): Cell => (index === undefined ? undefined : row.cells[index]) ?? { text: '', convertedFrom: null };
  const nameCells = map.nameParts ? [at(map.nameParts.family), at(map.nameParts.given)] : [at(map.fields.fullName)];
  const name = cleanText(nameCells.map((cell) => cell.text).join(' '));
  // Names in TCVN3's regular fonts could not start with an accented capital ("Ánh" was typed "ánh").
  const fromTcvn3 = nameCells.some((cell) => cell.convertedFrom === 'tcvn3');
  const fullName = fromTcvn3 ? capitaliseWords(name) : name;
  // Other fields were typed the same way: "ủy ban..." began with a capital on paper. Only their first letter is sure.
  let capitalised = fullName !== name;
  const field = (index: number | undefined) => {
    const cell = at(index);
    const text = cleanText(cell.text);
    const fixed = cell.convertedFrom === 'tcvn3' ? capitaliseFirst(text) : text;
    if (fixed !== text) capitalised = true;
    return fixed;
  };
  const delegate = {
    fullName,
    title: field(map.fields.title),
    organisation: field(map.fields.organisation),
    group: field(map.fields.group),
    seat: cleanText(at(map.fields.seat).text),
  };
  return { delegate, capitalised };
}

function capitaliseWords(name: string): string {
  return name.replace(/(^|\s)(\p{Ll})/gu, (_, space: string, letter: string) => space + letter.toLocaleUpperCase('vi'));
}

function capitaliseFirst(text: string): string {
  return text.replace(/^\p{Ll}/u, (letter) => letter.toLocaleUpperCase('vi'));
}

function texts(row: TableRow<Cell>): string[] {
  return row.cells.map((cell) => cell.text);
}

/** Nothing but the running number ("STT") filled in: a blank line of a template, skipped. */
function isEmptyRow(row: TableRow<Cell>, map: ColumnMap): boolean {
  return row.cells.every((cell, index) => index === map.numberColumn || cleanText(cell.text) === '');
}

/** Lists printed over several pages repeat the header; such a row is not a delegate. */
function sameAsHeader(row: TableRow<Cell>, header: TableRow<Cell>): boolean {
  return row.cells.length === header.cells.length && row.cells.every((cell, i) => cleanText(cell.text) === cleanText(header.cells[i]?.text ?? ''));
}

function legacyRefusal(suspect: Reading | null, format: 'csv' | 'xlsx', lang: ImportLang): string {
  return importMessages(lang).legacyUnsure({ encoding: suspect ? READING_NAMES[suspect] : null, format });
}

function refused(format: 'csv' | 'xlsx', encoding: ImportEncoding, message: string, notes: string[] = []): DelegateImport {
  return { encoding, format, columns: [], rows: [], fileErrors: [message], notes };
}
