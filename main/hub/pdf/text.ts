import { fileURLToPath } from 'node:url';
import type { TextRun } from '../../../shared/domain/annotations/index.ts';
import { runBounded } from '../sandbox/bounded-child.ts';

export type PageTextsOutcome = { ok: true; pages: TextRun[][] } | { ok: false; message: string };

const READER = fileURLToPath(new URL('./text-worker.ts', import.meta.url));

/**
 * Each page's text runs of a PDF the hub accepted, read by pdf.js in a sandboxed process (the file passed the PDF
 * check, but its text is parsed here for the first time). Never throws: the outcome says why it failed.
 */
export async function readPageTexts(path: string, limits = { timeoutMs: 120_000, maxHeapMb: 512, maxRssMb: 1024 }): Promise<PageTextsOutcome> {
  const end = await runBounded<PageTextsOutcome>({ script: READER, input: path, limits });
  if (end.ok) return end.value;
  return { ok: false, message: end.limit === null ? end.detail : `Reading the PDF's text went over its ${end.limit} limit.` };
}
