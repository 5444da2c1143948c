import { fileURLToPath } from 'node:url';
import { importMessages, type ImportLang } from '../../../shared/domain/delegate-import-messages.ts';
import { runBounded, type ChildLimits } from '../sandbox/bounded-child.ts';
import type { XlsxRead } from './xlsx.ts';

/** What the reading process is given. */
export interface XlsxJob {
  bytes: Uint8Array;
  maxRows: number;
  lang: ImportLang;
}

/**
 * What reading one workbook may take, in its own process. The largest list (10,000 rows of 10 columns) needs
 * about 120 MB of heap and half a second; what the zip may unpack to is bounded first (xlsx-unzip.ts).
 */
export const XLSX_READ_LIMITS: ChildLimits = { maxHeapMb: 512, maxRssMb: 768, timeoutMs: 30_000 };

const WORKER = fileURLToPath(new URL('./xlsx-worker.ts', import.meta.url));

/**
 * Reads the first worksheet with data (xlsx.ts readWorkbook) in a process of its own, so that a workbook built
 * to exhaust exceljs costs that process and never the hub (its memory, its event loop). Never throws.
 */
export async function readXlsx(bytes: Uint8Array, maxRows: number, lang: ImportLang = 'en', limits: ChildLimits = XLSX_READ_LIMITS): Promise<XlsxRead> {
  const t = importMessages(lang);
  const job: XlsxJob = { bytes, maxRows, lang };
  const end = await runBounded<XlsxRead>({ script: WORKER, input: job, limits });
  if (end.ok) return end.value;
  switch (end.limit) {
    case 'time':
      return { ok: false, message: t.workbookTooSlow({ seconds: limits.timeoutMs / 1000 }), tooLarge: true };
    case 'heap':
      return { ok: false, message: t.workbookTooHeavy({ maxMb: limits.maxHeapMb }), tooLarge: true };
    case 'rss':
      return { ok: false, message: t.workbookTooHeavy({ maxMb: limits.maxRssMb ?? limits.maxHeapMb }), tooLarge: true };
    default:
      return { ok: false, message: t.workbookUnreadable({ detail: end.detail }) };
  }
}
