import type { ImportProblem } from '../protocol/commands/delegate.ts';
import { Delegate } from '../protocol/model.ts';
import { DELEGATE_FIELDS, type DelegateField, type DelegateFields } from './delegate-fields.ts';

/**
 * Which rows of a delegate list can be imported, and how: the rule the preview shows and `delegate.import` applies.
 * A row that cannot be a delegate (no name, a field longer than a delegate's) is skipped; a row whose only problem is
 * its seat (too long, given on another row too, kept by someone the list leaves alone) is imported without the seat,
 * for the secretariat to assign: nobody is left out for a seat. Pure; the words are delegate-rows.ts'.
 */

/** The model's own limits, read from its schema so the file check and the hub never disagree. */
export const FIELD_LIMITS: Readonly<Record<DelegateField, number>> = {
  fullName: Delegate.shape.fullName.maxLength ?? 200,
  title: Delegate.shape.title.maxLength ?? 200,
  organisation: Delegate.shape.organisation.maxLength ?? 200,
  group: Delegate.shape.group.maxLength ?? 100,
  seat: Delegate.shape.seat.maxLength ?? 20,
};

export type RowProblem = ImportProblem;

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

export interface JudgedRow {
  line: number;
  /** The row's fields cleaned; the seat as the list gives it. */
  delegate: DelegateFields;
  /** Why the row cannot be a delegate: it is not imported. */
  skip: RowProblem[];
  /** Why a row that is imported leaves its seat out (empty for a skipped row). */
  seat: RowProblem[];
  /** The other lines naming the same person: namesakes exist, so only worth a look. */
  namesakes: number[];
}

/** The seat a row is saved with: none when its seat has a problem. */
export const savedSeat = (row: Pick<JudgedRow, 'delegate' | 'seat'>): string => (row.seat.length > 0 ? '' : row.delegate.seat);

/**
 * Judges each row against the model and the other rows. A seat given on two rows is left out of both (the person
 * chooses afterwards); only the rows imported count, so a skipped row's seat takes nobody's.
 */
export function judgeRows(rows: readonly { line: number; delegate: DelegateFields }[]): JudgedRow[] {
  const judged = rows.map((row): JudgedRow => {
    const delegate = { ...row.delegate };
    for (const field of DELEGATE_FIELDS) delegate[field] = cleanText(delegate[field]);
    const skip: RowProblem[] = delegate.fullName === '' ? [{ code: 'name_empty' }] : [];
    const long = (field: DelegateField): RowProblem[] => {
      const length = [...delegate[field]].length;
      return length > FIELD_LIMITS[field] ? [{ code: 'too_long', field, length, limit: FIELD_LIMITS[field] }] : [];
    };
    skip.push(...DELEGATE_FIELDS.filter((field) => field !== 'seat').flatMap(long));
    return { line: row.line, delegate, skip, seat: skip.length > 0 ? [] : long('seat'), namesakes: [] };
  });

  const seated = judged.filter((row) => row.skip.length === 0 && row.seat.length === 0 && row.delegate.seat !== '');
  const bySeat = groupBy(seated, (row) => row.delegate.seat);
  for (const row of seated) {
    const others = (bySeat.get(row.delegate.seat) ?? []).filter((other) => other !== row).map((other) => other.line);
    if (others.length > 0) row.seat.push({ code: 'seat_twice', seat: row.delegate.seat, lines: others });
  }
  const byPerson = groupBy(
    judged.filter((row) => row.delegate.fullName !== ''),
    (row) => personKey(row.delegate),
  );
  for (const group of byPerson.values()) {
    for (const row of group) row.namesakes = group.filter((other) => other !== row).map((other) => other.line);
  }
  return judged;
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const list = groups.get(key);
    if (list) list.push(item);
    else groups.set(key, [item]);
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
  /** Per row, in order: the seat it gives that a listed delegate the import leaves alone keeps, or null. */
  taken: (RowProblem | null)[];
}

/**
 * Matches the rows to be imported (each with the seat it would be saved with) to the delegates listed already, and
 * checks the seats of the meeting as it would be after the import. A row updates the first listed delegate with
 * the same name and organisation that no earlier row took (so namesakes listed twice stay two people, and importing
 * the same file again changes nothing); the others are added. A seat is taken when a listed delegate the import
 * leaves alone keeps it; two delegates may swap seats in one list.
 */
export function matchListed(
  rows: readonly { delegate: Pick<DelegateFields, 'fullName' | 'organisation' | 'seat'> }[],
  listed: readonly ListedDelegate[],
): Matched {
  const byPerson = groupBy(listed, personKey);
  const updated = new Set<string>();
  const matches = rows.map((row) => {
    if (cleanText(row.delegate.fullName) === '') return null;
    const match = (byPerson.get(personKey(row.delegate)) ?? []).find((d) => !updated.has(d.id));
    if (!match) return null;
    updated.add(match.id);
    return match.id;
  });
  const keeps = new Map<string, ListedDelegate>();
  for (const delegate of listed) if (!updated.has(delegate.id) && delegate.seat !== '') keeps.set(delegate.seat, delegate);
  const taken = rows.map((row): RowProblem | null => {
    const seat = cleanText(row.delegate.seat);
    const holder = seat === '' ? undefined : keeps.get(seat);
    return holder ? { code: 'seat_taken', seat, holder: holder.fullName } : null;
  });
  return { matches, taken };
}
