import { importMessages, type ImportLang } from '../../../../shared/domain/delegate-import-messages.ts';
import type { Cell, RawCell, TableRow } from '../table.ts';
import { uppercaseIfShouting } from './convert.ts';
import { chooseReading, read, READING_NAMES, type Reading } from './detect.ts';

export interface Settled {
  ok: true;
  rows: TableRow<Cell>[];
  /** The legacy encoding most cells were converted from, or null when every cell was Unicode. */
  converted: Exclude<Reading, 'as-is'> | null;
  notes: string[];
  /** The TCVN3 cells written in capitals (an uppercase font, or capitals around the accented letters), where they are. */
  capitals: CellAt[];
}

/** A cell by its row's line and its column's 0-based position, with its text as converted. */
export interface CellAt {
  line: number;
  column: number;
  text: string;
}

export type SettleResult = Settled | { ok: false; suspect: Reading | null };

/**
 * Decides how to read every cell and converts it to Unicode. Cells are read in groups sharing what their font says
 * (XLSX keeps it; a CSV has none): each group gets the one reading under which its words are Vietnamese.
 * `base` is the reading a cell without a font hint prefers (null: the bytes prove nothing, e.g. an 8-bit CSV).
 * The notes are written in `lang`; the cells written in capitals are listed for the caller, who knows the columns.
 */
export function settleEncoding(
  rows: readonly TableRow<RawCell>[],
  candidates: readonly Reading[],
  base: Reading | null,
  lang: ImportLang = 'en',
): SettleResult {
  const groups = new Map<Reading | null, RawCell[]>();
  for (const row of rows) {
    for (const cell of row.cells) {
      const group = groups.get(cell.hint);
      if (group) group.push(cell);
      else groups.set(cell.hint, [cell]);
    }
  }
  const readings = new Map<Reading | null, Reading>();
  for (const [hint, cells] of groups) {
    const choice = chooseReading(
      cells.map((cell) => cell.text),
      hint && !candidates.includes(hint) ? [...candidates, hint] : candidates,
      hint ?? base,
    );
    if (!choice.ok) return choice;
    readings.set(hint, choice.reading);
  }

  const counts = new Map<Reading, number>();
  const capitals: CellAt[] = [];
  const settled = rows.map((row) => ({
    line: row.line,
    warnings: row.warnings,
    cells: row.cells.map((cell, column): Cell => {
      const reading = readings.get(cell.hint) ?? 'as-is';
      let text = read(cell.text, reading);
      if (text === cell.text) return { text, convertedFrom: null };
      counts.set(reading, (counts.get(reading) ?? 0) + 1);
      if (reading === 'tcvn3') {
        const upper = cell.uppercaseFont ? text.toLocaleUpperCase('vi') : uppercaseIfShouting(text, cell.text);
        if (upper !== text) capitals.push({ line: row.line, column, text: upper });
        text = upper;
      }
      return { text, convertedFrom: reading };
    }),
  }));

  const t = importMessages(lang);
  const notes = [...counts].map(([reading, cells]) => t.converted({ cells, encoding: READING_NAMES[reading] }));
  const converted = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'as-is';
  return { ok: true, rows: settled, converted: converted === 'as-is' ? null : converted, notes, capitals };
}
