import { MAX_IMPORT_CELL } from '../protocol/commands/delegate.ts';
import { FIELD_NAMES, importMessages, type At, type ImportLang, type RowUnit } from './delegate-import-messages.ts';
import type { DelegateField, DelegateFields } from './delegate-fields.ts';
import { judgeRows, matchListed, type ListedDelegate, type RowProblem } from './delegate-judge.ts';

/**
 * A delegate list read from a file (CSV or XLSX), checked row by row before anything is saved.
 * The hub builds it (main/hub/delegate-import/); the secretariat screen shows it and sends its rows with
 * `delegate.import`, which judges them again by the same rule (delegate-judge.ts). Pure.
 */

/** A congress is about 1,500 delegates; ten thousand rows is a wrong file, not a list. */
export const MAX_IMPORT_ROWS = 10_000;

/** How each field is named in (English) messages; delegate-import-messages.ts has both languages. */
export const FIELD_LABELS: Readonly<Record<DelegateField, string>> = FIELD_NAMES.en;

/**
 * How the file's text was read. `utf-8`, `utf-16`, `unicode` (XLSX cells): Unicode as written.
 * `windows-1258`, `tcvn3`, `vni`: a legacy Vietnamese encoding, converted. `unknown`: the file was refused.
 */
export type ImportEncoding = 'utf-8' | 'utf-16' | 'unicode' | 'windows-1258' | 'tcvn3' | 'vni' | 'unknown';

export interface ImportColumn {
  /** 0-based position in the header row. */
  index: number;
  /** The header as written (after conversion to Unicode). */
  header: string;
  /** What it was recognised as: a delegate field, `number` (STT, No.: ignored), or null (not recognised: ignored). */
  field: DelegateField | 'number' | null;
}

export interface ImportRow {
  /** The line (CSV) or row (XLSX) number the person sees in their editor. */
  line: number;
  delegate: DelegateFields;
  /** Why this row cannot be a delegate: it is skipped. */
  errors: string[];
  /** Why it is imported other than the list says: without its seat (the person assigns one afterwards). */
  changes: string[];
  /** Worth a look, but the row can be imported. */
  warnings: string[];
  /**
   * The delegate already listed in the meeting whom this row would update (same name and organisation), or null
   * when the row would add a delegate. Filled by the hub's preview, which knows the meeting; null from a bare file.
   */
  matches: string | null;
}

export interface DelegateImport {
  encoding: ImportEncoding;
  format: 'csv' | 'xlsx';
  columns: ImportColumn[];
  rows: ImportRow[];
  /** Why the file as a whole cannot be imported; when not empty, rows is empty. */
  fileErrors: string[];
  /** What was done to the text on the way (conversions, uppercase fonts...), for the person to check. */
  notes: string[];
}

export interface ReadRow {
  line: number;
  delegate: DelegateFields;
  /** Remarks from reading the row (a cell with an error value...). */
  warnings: string[];
}

/** Each field's column header, for the messages. */
export type FieldHeaders = Partial<Record<DelegateField, string>>;

/** The headers of a preview's columns, by field (a name read from two columns names both: `Họ đệm" + "Tên`). */
export function headersOf(columns: readonly ImportColumn[]): FieldHeaders {
  const headers: FieldHeaders = {};
  for (const column of columns) {
    if (column.field === null || column.field === 'number') continue;
    const before = headers[column.field];
    headers[column.field] = before === undefined ? column.header : `${before}" + "${column.header}`;
  }
  return headers;
}

/** A problem of a row in words, in `lang`, naming the column it came from where known. */
export function problemText(problem: RowProblem, at: At, lang: ImportLang, headers: FieldHeaders = {}): string {
  const t = importMessages(lang);
  switch (problem.code) {
    case 'name_empty':
      return t.nameEmpty({ at, column: headers.fullName });
    case 'too_long': {
      const { field, length, limit } = problem;
      return field === 'seat' ? t.seatTooLong({ at, column: headers.seat, length, limit }) : t.tooLong({ at, field, column: headers[field], length, limit });
    }
    case 'seat_twice':
      return t.seatTwice({ at, seat: problem.seat, column: headers.seat, others: problem.lines });
    case 'seat_taken':
      return t.seatTaken({ at, seat: problem.seat, holder: problem.holder });
  }
}

/**
 * Checks each row against the model and against the other rows (judgeRows) and says it: `errors` skip the row,
 * `changes` leave its seat out, `warnings` (a cell read as empty, the same person twice) are worth a look.
 * `headers` names the column each field came from, for the messages, written in `lang` (English by default).
 */
export function checkRows(rows: readonly ReadRow[], headers: FieldHeaders, unit: RowUnit = 'line', lang: ImportLang = 'en'): ImportRow[] {
  const t = importMessages(lang);
  return judgeRows(rows).map((row, i) => {
    const at = { unit, line: row.line };
    const say = (problem: RowProblem) => problemText(problem, at, lang, headers);
    const namesakes = row.namesakes.length > 0 ? [t.personTwice({ at, name: row.delegate.fullName, organisation: row.delegate.organisation, others: row.namesakes })] : [];
    return {
      line: row.line,
      delegate: row.delegate,
      errors: row.skip.map(say),
      changes: row.seat.map(say),
      warnings: [...(rows[i]?.warnings ?? []), ...namesakes],
      matches: null,
    };
  });
}

/**
 * The rows checked against the delegates the meeting lists (the preview's last step): which listed delegate each
 * row would update, and a seat kept by a listed delegate the list leaves alone, left out of the row.
 */
export function againstListed(rows: readonly ImportRow[], listed: readonly ListedDelegate[], unit: RowUnit = 'line', lang: ImportLang = 'en'): ImportRow[] {
  const imported = rows.filter((row) => row.errors.length === 0);
  // A row whose seat is left out already takes no seat.
  const { matches, taken } = matchListed(imported.map((row) => ({ delegate: { ...row.delegate, seat: row.changes.length > 0 ? '' : row.delegate.seat } })), listed);
  const found = new Map(imported.map((row, i) => [row, { match: matches[i] ?? null, taken: taken[i] ?? null }]));
  return rows.map((row) => {
    const { match = null, taken: seat = null } = found.get(row) ?? {};
    const changes = seat ? [...row.changes, problemText(seat, { unit, line: row.line }, lang)] : row.changes;
    return { ...row, matches: match, changes };
  });
}

/** The rows that will be imported (those not skipped), of a file not refused. */
export function importableRows(result: DelegateImport): ImportRow[] {
  return result.fileErrors.length > 0 ? [] : result.rows.filter((row) => row.errors.length === 0);
}

/**
 * What `delegate.import` is sent for a preview: every row with its line, as the file gives it, skipped ones too, so
 * that the hub judges them again and names each row it skips or changes. A cell longer than a row may carry is cut
 * (its row is skipped, or its seat left out, all the same).
 */
export function importPayload(result: DelegateImport): ({ line: number } & DelegateFields)[] {
  if (result.fileErrors.length > 0) return [];
  const cut = (text: string) => [...text].slice(0, MAX_IMPORT_CELL).join('');
  return result.rows.map((row) => ({
    line: row.line,
    fullName: cut(row.delegate.fullName),
    title: cut(row.delegate.title),
    organisation: cut(row.delegate.organisation),
    group: cut(row.delegate.group),
    seat: cut(row.delegate.seat),
  }));
}
