import { fileURLToPath } from 'node:url';
import type { ErrorParams, PdfRefusal } from '../../../shared/protocol/index.ts';
import { runBounded, type ChildEnd } from '../sandbox/bounded-child.ts';

/** A refusal names its reason and the values a screen's words need (`params`); `message` says it in English. */
/** Accepted: its page count, and its own title (XMP or Info Title) when it has one worth using as the document's first title. */
export type InspectOutcome = { ok: true; pages: number; title: string | null } | { ok: false; reason: PdfRefusal; message: string; params?: ErrorParams };

/** What the checker says while it works: the page count once the file is open, then each page it starts. */
export type InspectProgress = { pages: number } | { page: number };

/**
 * The check decodes every page as a tablet does before drawing it, within what a tablet can give one document.
 * Only the first two are required; the others default to DEFAULT_INSPECT_LIMITS'.
 */
export interface InspectLimits {
  /** Wall-clock limit for opening the file; once its page count is known, `perPageMs` more for each page. */
  timeoutMs: number;
  /** Heap limit of the process that opens it. */
  maxHeapMb: number;
  /** Added to `timeoutMs` for each page, up to `maxTimeoutMs` in all. */
  perPageMs?: number;
  maxTimeoutMs?: number;
  /** The longest one page may take to decode (a tablet that takes many times this cannot show it). */
  pageTimeoutMs?: number;
  /** The checker's whole memory: heap, decoded streams and images (what a tablet's viewer would need, and more). */
  maxRssMb?: number;
}

export const DEFAULT_INSPECT_LIMITS = {
  timeoutMs: 60_000,
  maxHeapMb: 512,
  perPageMs: 100,
  maxTimeoutMs: 180_000,
  // The slowest page of the corpus (an 81-megapixel scan) decodes in about 1 s here, but over 6 s while the machine
  // is busy with other work (wall-clock time): the page limit leaves room for that. Memory stops real bombs first.
  pageTimeoutMs: 20_000,
  // That scan peaks at about 620 MB (pdf.js in Node decodes JPEG in JavaScript); the 1 GiB stream needs 2.4 GB.
  maxRssMb: 1024,
} as const satisfies Required<InspectLimits>;

const CHECKER = fileURLToPath(new URL('./inspect-worker.ts', import.meta.url));

const seconds = (ms: number) => `${ms / 1000} s`;
const inSeconds = (ms: number) => ms / 1000;

/**
 * Opens a PDF with pdf.js in a separate process with time and memory limits and says whether the room's
 * tablets will be able to show it. A process, not a worker thread: the checker's memory (pdf.js, its heap,
 * the file) never counts against the hub's own (a worker's isolate added 50 to 120 MB to the hub for each
 * document, see bench/README.md), and a file that crashes or exhausts the checker cannot take the hub with
 * it. Never throws for a bad file: the outcome says why.
 */
export async function inspectPdf(path: string, given: InspectLimits = DEFAULT_INSPECT_LIMITS): Promise<InspectOutcome> {
  const limits = { ...DEFAULT_INSPECT_LIMITS, ...given };
  let page = 0;
  let totalMs = limits.timeoutMs;
  const end: ChildEnd<InspectOutcome> = await runBounded<InspectOutcome, InspectProgress>({
    script: CHECKER,
    input: path,
    limits: { maxHeapMb: limits.maxHeapMb, maxRssMb: limits.maxRssMb, timeoutMs: limits.timeoutMs },
    onProgress(progress, deadlines) {
      if ('pages' in progress) {
        totalMs = Math.max(limits.timeoutMs, Math.min(limits.maxTimeoutMs, limits.timeoutMs + limits.perPageMs * progress.pages));
        deadlines.set('total', totalMs - deadlines.elapsed());
      } else {
        page = progress.page;
        deadlines.set('page', limits.pageTimeoutMs);
      }
    },
  });
  if (end.ok) return end.value;
  switch (end.limit) {
    case 'time':
      return end.deadline === 'page'
        ? {
            ok: false,
            reason: 'too_heavy',
            message: `Page ${page} takes more than ${seconds(limits.pageTimeoutMs)} to draw, longer than a tablet can take; it was refused.`,
            params: { page, seconds: inSeconds(limits.pageTimeoutMs) },
          }
        : {
            ok: false,
            reason: 'too_slow',
            message: `Opening the PDF took longer than ${seconds(totalMs)}; it was refused.`,
            params: { seconds: inSeconds(totalMs) },
          };
    case 'rss':
      return {
        ok: false,
        reason: 'too_heavy',
        message: `Drawing ${page > 0 ? `page ${page} of ` : ''}the PDF needs more than ${limits.maxRssMb} MB of memory, more than a tablet has; it was refused.`,
        params: { page, megabytes: limits.maxRssMb },
      };
    case 'heap':
      return {
        ok: false,
        reason: 'too_big',
        message: `Opening the PDF needed more than ${limits.maxHeapMb} MB of memory; it was refused.`,
        params: { megabytes: limits.maxHeapMb },
      };
    default:
      return { ok: false, reason: 'damaged', message: `The PDF could not be checked: ${end.detail}.` };
  }
}
