// Runs in its own process (inspect.ts forks it with the file's path): pdf.js opens the file here, so a file
// that makes it throw, loop, crash or eat memory costs this process, never the hub. The parent enforces the
// time limit and the heap limit.
import { readFile } from 'node:fs/promises';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { InspectOutcome } from './inspect.ts';

async function inspect(path: string): Promise<InspectOutcome> {
  const data = new Uint8Array(await readFile(path));
  if (data.length === 0) return { ok: false, reason: 'empty', message: 'The file is empty.' };
  const head = Buffer.from(data.subarray(0, 1024)).toString('latin1');
  if (!head.includes('%PDF-')) return { ok: false, reason: 'not_pdf', message: 'This is not a PDF file (no %PDF- header).' };
  const task = getDocument({ data, verbosity: 0, useSystemFonts: false, disableFontFace: true });
  try {
    const doc = await task.promise;
    if (doc.numPages < 1) return { ok: false, reason: 'no_pages', message: 'The PDF has no pages.' };
    // Every page must resolve: a page tree that points nowhere would fail later on a delegate's tablet.
    for (let n = 1; n <= doc.numPages; n++) await doc.getPage(n);
    return { ok: true, pages: doc.numPages };
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    const detail = (error instanceof Error ? error.message : String(error)).replace(/\.+$/, '');
    if (name === 'PasswordException') {
      return { ok: false, reason: 'encrypted', message: 'The PDF is protected by a password; save it without one and try again.' };
    }
    if (name === 'InvalidPDFException') return { ok: false, reason: 'damaged', message: `The PDF is damaged: ${detail}.` };
    return { ok: false, reason: 'damaged', message: `The PDF could not be opened: ${detail}.` };
  } finally {
    await task.destroy();
  }
}

const send = (outcome: InspectOutcome) => process.send?.(outcome, () => process.exit(0));
const path = process.argv[2] ?? '';
inspect(path).then(send, (error: unknown) =>
  send({ ok: false, reason: 'damaged', message: `The PDF could not be read: ${String(error)}` }),
);
