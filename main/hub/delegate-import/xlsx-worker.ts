// Runs in its own process (xlsx-sandbox.ts starts it through sandbox/bounded-child.ts): the workbook is unpacked
// under limits and read with exceljs here, so its memory and time never count against the hub's.
import { importMessages, type ImportLang } from '../../../shared/domain/delegate-import-messages.ts';
import { serveChild } from '../sandbox/child-side.ts';
import { readWorkbook, type XlsxRead } from './xlsx.ts';
import type { XlsxJob } from './xlsx-sandbox.ts';

let lang: ImportLang = 'en';
serveChild<XlsxJob, XlsxRead>(
  (job) => {
    lang = job.lang;
    return readWorkbook(job.bytes, job.maxRows, job.lang);
  },
  (error) => ({ ok: false, message: importMessages(lang).workbookUnreadable({ detail: error instanceof Error ? error.message : String(error) }) }),
);
