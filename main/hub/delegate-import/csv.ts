import Papa from 'papaparse';
import { importMessages, type ImportLang } from '../../../shared/domain/delegate-import-messages.ts';
import { byteText } from './legacy/convert.ts';
import type { Refusal, TableRow } from './table.ts';

/** A CSV's text: Unicode the file declared or proved (a BOM, valid UTF-8), or byte text whose encoding is open. */
export type CsvText = { ok: true; text: string; encoding: 'utf-8' | 'utf-16' | '8-bit' } | Refusal;

export function decodeCsv(bytes: Uint8Array, lang: ImportLang = 'en'): CsvText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16' };
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes), encoding: 'utf-8' };
  } catch {
    if (bom) return { ok: false, message: importMessages(lang).badUtf8() };
    // Not UTF-8: a legacy 8-bit encoding. Which one is decided on the cells (legacy/detect.ts).
    return { ok: true, text: byteText(bytes), encoding: '8-bit' };
  }
}

const DELIMITERS = [',', ';', '\t'] as const;

/**
 * The separator that splits the first lines into the same number of fields most often. Excel writes ";" where
 * the decimal mark is a comma (Vietnamese Windows), "," elsewhere, and tabs for "Text (Tab delimited)".
 */
export function guessDelimiter(text: string): string {
  let best: { delimiter: string; rows: number; fields: number } = { delimiter: ',', rows: 0, fields: 1 };
  for (const delimiter of DELIMITERS) {
    const counts = Papa.parse<string[]>(text, { delimiter, preview: 30, skipEmptyLines: 'greedy' }).data.map((row) => row.length);
    const tally = new Map<number, number>();
    for (const n of counts) tally.set(n, (tally.get(n) ?? 0) + 1);
    for (const [fields, rows] of tally) {
      if (fields < 2) continue;
      if (rows > best.rows || (rows === best.rows && fields > best.fields)) best = { delimiter, rows, fields };
    }
  }
  return best.delimiter;
}

/** Rows with the line each starts on (a quoted field may span lines), or the reason the file cannot be split. */
export function parseCsv(text: string, lang: ImportLang = 'en'): { ok: true; rows: TableRow<string>[] } | Refusal {
  const rows: TableRow<string>[] = [];
  let start = 0; // where the current row starts in text
  let counted = 0; // text[0..counted) has been scanned for line breaks
  let line = 1;
  let broken: string | null = null;
  Papa.parse<string[]>(text, {
    delimiter: guessDelimiter(text),
    step: (result) => {
      for (; counted < start; counted++) {
        const c = text[counted];
        if (c === '\n' || (c === '\r' && text[counted + 1] !== '\n')) line++;
      }
      const quote = result.errors.find((e) => e.type === 'Quotes');
      if (quote && broken === null) broken = importMessages(lang).unclosedQuote({ line });
      rows.push({ line, cells: result.data, warnings: [] });
      start = result.meta.cursor;
    },
  });
  return broken ? { ok: false, message: broken } : { ok: true, rows };
}
