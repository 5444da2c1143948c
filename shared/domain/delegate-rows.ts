import { Delegate } from '../protocol/model.ts';
import { FIELD_NAMES, importMessages, type ImportLang, type RowUnit } from './delegate-import-messages.ts';
import { DELEGATE_FIELDS, type DelegateField, type DelegateFields } from './delegate-fields.ts';

/**
 * A delegate list read from a file (CSV or XLSX), checked row by row before anything is saved.
 * The hub builds it (main/hub/delegate-import/); the secretariat screen shows it and sends the rows the
 * person accepted with `delegate.import`. Pure: the screen may re-check rows a person edits with the same rules.
 */

/** The model's own limits, read from its schema so the file check and the hub never disagree. */
export const FIELD_LIMITS: Readonly<Record<DelegateField, number>> = {
  fullName: Delegate.shape.fullName.maxLength ?? 200,
  title: Delegate.shape.title.maxLength ?? 200,
  organisation: Delegate.shape.organisation.maxLength ?? 200,
  group: Delegate.shape.group.maxLength ?? 100,
  seat: Delegate.shape.seat.maxLength ?? 20,
};

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
  /** Reasons this row cannot be imported as it is. */
  errors: string[];
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

/** NFC, whitespace (including no-break and zero-width spaces) collapsed and trimmed: what the hub stores. */
export function cleanText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u200B-\u200D\u2060\uFEFF]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Who a delegate is for matching: the same full name in the same organisation, whatever the case. */
export function personKey(fields: Pick<DelegateFields, 'fullName' | 'organisation'>): string {
  return `${cleanText(fields.fullName).toLocaleLowerCase('vi')}\u0000${cleanText(fields.organisation).toLocaleLowerCase('vi')}`;
}

export interface ReadRow {
  line: number;
  delegate: DelegateFields;
  /** Remarks from reading the row (a cell with an error value...). */
  warnings: string[];
}

/**
 * Checks each row against the model and against the other rows: an empty name, a field too long,
 * a seat given twice (both rows are errors: the person must choose), the same person twice (a warning:
 * namesakes exist). `headers` names the column each field came from, for the messages, written in `lang`
 * (English by default: the `delegate.import` command's errors are English like every command's).
 */
export function checkRows(
  rows: readonly ReadRow[],
  headers: Partial<Record<DelegateField, string>>,
  unit: RowUnit = 'line',
  lang: ImportLang = 'en',
): ImportRow[] {
  const t = importMessages(lang);
  const checked: ImportRow[] = rows.map((row) => {
    const delegate = { ...row.delegate };
    for (const field of DELEGATE_FIELDS) delegate[field] = cleanText(delegate[field]);
    const at = { unit, line: row.line };
    const errors: string[] = [];
    if (delegate.fullName === '') errors.push(t.nameEmpty({ at, column: headers.fullName }));
    for (const field of DELEGATE_FIELDS) {
      const length = [...delegate[field]].length;
      if (length > FIELD_LIMITS[field]) errors.push(t.tooLong({ at, field, column: headers[field], length, limit: FIELD_LIMITS[field] }));
    }
    return { line: row.line, delegate, errors, warnings: [...row.warnings], matches: null };
  });

  const bySeat = groupLines(checked, (row) => row.delegate.seat);
  const byPerson = groupLines(checked, (row) => (row.delegate.fullName ? personKey(row.delegate) : ''));
  for (const row of checked) {
    const at = { unit, line: row.line };
    const others = (group: Map<string, number[]>, key: string) => (group.get(key) ?? []).filter((line) => line !== row.line);
    const seatTwice = others(bySeat, row.delegate.seat);
    if (row.delegate.seat && seatTwice.length > 0) {
      row.errors.push(t.seatTwice({ at, seat: row.delegate.seat, column: headers.seat, others: seatTwice }));
    }
    const personTwice = row.delegate.fullName ? others(byPerson, personKey(row.delegate)) : [];
    if (personTwice.length > 0) {
      row.warnings.push(t.personTwice({ at, name: row.delegate.fullName, organisation: row.delegate.organisation, others: personTwice }));
    }
  }
  return checked;
}

/** The rows a person can import as they are. */
export function importableRows(result: DelegateImport): DelegateFields[] {
  return result.fileErrors.length > 0 ? [] : result.rows.filter((row) => row.errors.length === 0).map((row) => row.delegate);
}

function groupLines(rows: readonly ImportRow[], keyOf: (row: ImportRow) => string): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  for (const row of rows) {
    const key = keyOf(row);
    if (key === '') continue;
    const list = groups.get(key);
    if (list) list.push(row.line);
    else groups.set(key, [row.line]);
  }
  return groups;
}

/** A delegate the meeting lists already, as far as matching needs it. */
export interface ListedDelegate {
  id: string;
  fullName: string;
  organisation: string;
  seat: string;
}

export interface Matched {
  /** Per row, in order: the listed delegate it updates, or null (added). */
  matches: (string | null)[];
  /** Per row, in order: why it cannot be imported against the delegates listed (a seat someone else keeps). */
  errors: string[][];
}

/**
 * Matches rows to the delegates listed already and checks the seats of the meeting as it would be after the
 * import. A row updates the first listed delegate with the same name and organisation that no earlier row took
 * (so namesakes listed twice stay two people, and importing the same file again changes nothing); the others are
 * added. A seat is taken when a listed delegate the import leaves alone keeps it. Seats given twice in the rows
 * are `checkRows`' to report. Messages are written in `lang`, as for `checkRows`.
 */
export function matchListed(
  rows: readonly { line: number; delegate: Pick<DelegateFields, 'fullName' | 'organisation' | 'seat'> }[],
  listed: readonly ListedDelegate[],
  unit: RowUnit = 'line',
  lang: ImportLang = 'en',
): Matched {
  const byPerson = new Map<string, ListedDelegate[]>();
  for (const delegate of listed) {
    const key = personKey(delegate);
    const list = byPerson.get(key);
    if (list) list.push(delegate);
    else byPerson.set(key, [delegate]);
  }
  const taken = new Set<string>();
  const matches = rows.map((row) => {
    if (cleanText(row.delegate.fullName) === '') return null;
    const match = (byPerson.get(personKey(row.delegate)) ?? []).find((d) => !taken.has(d.id));
    if (!match) return null;
    taken.add(match.id);
    return match.id;
  });
  const keeps = new Map<string, ListedDelegate>();
  for (const delegate of listed) if (!taken.has(delegate.id) && delegate.seat !== '') keeps.set(delegate.seat, delegate);
  const t = importMessages(lang);
  const errors = rows.map((row) => {
    const seat = cleanText(row.delegate.seat);
    const holder = seat === '' ? undefined : keeps.get(seat);
    return holder ? [t.seatTaken({ at: { unit, line: row.line }, seat, holder: holder.fullName })] : [];
  });
  return { matches, errors };
}
