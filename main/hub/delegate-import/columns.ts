import type { DelegateField } from '../../../shared/domain/delegate-fields.ts';
import type { ImportColumn } from '../../../shared/domain/delegate-rows.ts';

/** A header folded for comparison: no accents, đ as d, lowercase, punctuation as spaces. "Họ và tên:" -> "ho va ten". */
export function foldHeader(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9#]+/g, ' ')
    .trim();
}

type Role = DelegateField | 'number' | 'familyName' | 'givenName';

/**
 * What people call each column, folded. Vietnamese lists often split the name into "Họ đệm" and "Tên" (so they
 * can be sorted by given name): those two are joined. A multi-word name also matches a longer header that starts
 * with it ("Họ và tên đại biểu", "Chức vụ, đơn vị công tác"); a one-word name only matches exactly ("Tổ", not "Tổng").
 */
const ALIASES: readonly (readonly [Role, readonly string[]])[] = [
  ['number', ['stt', 'tt', 'so tt', 'so thu tu', 'no', 'nr', '#', 'number']],
  ['fullName', ['ho va ten', 'ho ten', 'ho va ten dai bieu', 'ten dai bieu', 'full name', 'fullname', 'name', 'delegate name', 'dai bieu']],
  ['familyName', ['ho dem', 'ho va dem', 'ho va ten dem', 'ho lot', 'ho', 'family name', 'last name', 'surname']],
  ['givenName', ['ten', 'given name', 'first name']],
  ['title', ['chuc vu', 'chuc danh', 'title', 'position', 'job title']],
  ['organisation', ['don vi', 'co quan', 'organisation', 'organization', 'don vi cong tac', 'co quan don vi', 'noi cong tac', 'co quan cong tac', 'agency']],
  // A congress's delegation ("Đoàn đại biểu tỉnh X") is the group documents are restricted to, like a discussion group.
  ['group', ['nhom', 'to', 'group', 'to thao luan', 'nhom thao luan', 'doan', 'doan dai bieu', 'delegation']],
  ['seat', ['ghe', 'so ghe', 'ghe so', 'cho ngoi', 'so cho ngoi', 'vi tri ngoi', 'seat', 'seat no', 'seat number']],
];

/** The role of a header, and whether it was named exactly (a prefix match is weaker evidence of a header row). */
function recognise(header: string): { role: Role; exact: boolean } | null {
  const folded = foldHeader(header);
  if (folded === '') return null;
  for (const [role, names] of ALIASES) if (names.includes(folded)) return { role, exact: true };
  for (const [role, names] of ALIASES) {
    if (names.some((name) => name.includes(' ') && folded.startsWith(`${name} `))) return { role, exact: false };
  }
  return null;
}

export function roleOf(header: string): Role | null {
  return recognise(header)?.role ?? null;
}

/**
 * How much a row looks like the header: 2 per column named exactly, 1 per column whose name only starts with a
 * known one. A title row ("ĐẠI BIỂU DỰ HỘI NGHỊ...") may start like a name column; the real header scores higher.
 */
export function headerScore(header: readonly string[]): number {
  const seen = new Set<Role>();
  let score = 0;
  for (const text of header) {
    const found = recognise(text);
    if (!found || seen.has(found.role)) continue;
    seen.add(found.role);
    score += found.exact ? 2 : 1;
  }
  return score;
}

/** Where each field is read from. `fullName` is one column, or a family-name and a given-name column joined. */
export interface ColumnMap {
  columns: ImportColumn[];
  fields: Partial<Record<DelegateField, number>>;
  nameParts: { family: number; given: number } | null;
  numberColumn: number | null;
  /** Each field's header, for messages. */
  headers: Partial<Record<DelegateField, string>>;
}

/** The columns of a header row, or null when it has no name column. The first column of each kind wins. */
export function mapColumns(header: readonly string[]): ColumnMap | null {
  const first = new Map<Role, number>();
  header.forEach((text, index) => {
    const role = roleOf(text);
    if (role && !first.has(role)) first.set(role, index);
  });
  const family = first.get('familyName');
  const given = first.get('givenName');
  const full = first.get('fullName') ?? (family === undefined ? given : undefined);
  const nameParts = full === undefined && family !== undefined && given !== undefined ? { family, given } : null;
  if (full === undefined && !nameParts) return null;

  const fields: Partial<Record<DelegateField, number>> = {};
  const headers: Partial<Record<DelegateField, string>> = {};
  const columns: ImportColumn[] = header.map((text, index) => ({ index, header: text, field: null }));
  const assign = (field: DelegateField | 'number', index: number | undefined) => {
    const column = index === undefined ? undefined : columns[index];
    if (column) column.field = field;
  };
  if (full !== undefined) {
    fields.fullName = full;
    headers.fullName = header[full] ?? '';
    assign('fullName', full);
  } else if (nameParts) {
    assign('fullName', nameParts.family);
    assign('fullName', nameParts.given);
    headers.fullName = `${header[nameParts.family] ?? ''}" + "${header[nameParts.given] ?? ''}`;
  }
  for (const field of ['title', 'organisation', 'group', 'seat'] as const) {
    const index = first.get(field);
    if (index === undefined) continue;
    fields[field] = index;
    headers[field] = header[index] ?? '';
    assign(field, index);
  }
  const numberColumn = first.get('number') ?? null;
  assign('number', numberColumn ?? undefined);
  return { columns, fields, nameParts, numberColumn, headers };
}
