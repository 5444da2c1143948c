// Runs in its own process (inspect.ts starts it through sandbox/bounded-child.ts with the file's path): pdf.js
// opens the file here and decodes every page the way a tablet will before drawing it, so a file that makes it
// throw, loop, crash or eat memory costs this process, never the hub. The parent enforces the time limits, the
// heap flag and the memory watchdog the rest.
import { readFile } from 'node:fs/promises';
import { getDocument, OPS, type PDFDocumentProxy, type PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { documentTitle } from '../../../shared/domain/pdf-title.ts';
import { serveChild } from '../sandbox/child-side.ts';
import type { InspectOutcome, InspectProgress } from './inspect.ts';

/**
 * What a tablet does before it can draw a page: the operator list decodes the content streams, the fonts and
 * the forms; the images it names are decoded right after (pdf.js does not wait for them), so they are waited for.
 */
async function decodePage(page: PDFPageProxy): Promise<void> {
  const list = await page.getOperatorList();
  const waits: Promise<unknown>[] = [];
  list.fnArray.forEach((fn, i) => {
    if (fn !== OPS.dependency) return;
    for (const id of list.argsArray[i] as string[]) {
      const pool = id.startsWith('g_') ? page.commonObjs : page.objs;
      if (!pool.has(id)) waits.push(new Promise((resolve) => pool.get(id, resolve, resolve)));
    }
  });
  await Promise.all(waits);
}

/** The PDF's own title (XMP dc:title, else Info Title), for the document's first title; null when it has none worth it. */
async function titleOf(doc: PDFDocumentProxy): Promise<string | null> {
  try {
    const { info, metadata } = await doc.getMetadata();
    const xmp = metadata?.get('dc:title');
    const fromInfo = (info as { Title?: unknown } | null)?.Title;
    return documentTitle(typeof xmp === 'string' && documentTitle(xmp) ? xmp : typeof fromInfo === 'string' ? fromInfo : null);
  } catch {
    // Unreadable metadata costs the document its title, not its place in the room.
    return null;
  }
}

async function inspect(path: string, progress: (p: InspectProgress) => void): Promise<InspectOutcome> {
  const data = new Uint8Array(await readFile(path));
  if (data.length === 0) return { ok: false, reason: 'empty', message: 'The file is empty.' };
  const head = Buffer.from(data.subarray(0, 1024)).toString('latin1');
  if (!head.includes('%PDF-')) return { ok: false, reason: 'not_pdf', message: 'This is not a PDF file (no %PDF- header).' };
  const task = getDocument({ data, verbosity: 0, useSystemFonts: false, disableFontFace: true });
  try {
    const doc = await task.promise;
    if (doc.numPages < 1) return { ok: false, reason: 'no_pages', message: 'The PDF has no pages.' };
    progress({ pages: doc.numPages });
    // Every page must resolve and decode: a page tree that points nowhere, or a page that needs more memory or
    // time than a tablet has, would fail later on a delegate's tablet.
    for (let n = 1; n <= doc.numPages; n++) {
      progress({ page: n });
      const page = await doc.getPage(n);
      await decodePage(page);
      // A tablet keeps a few pages, not the whole document: what this page decoded is let go.
      page.cleanup();
    }
    return { ok: true, pages: doc.numPages, title: await titleOf(doc) };
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

serveChild<string, InspectOutcome, InspectProgress>(inspect, (error) => ({
  ok: false,
  reason: 'damaged',
  message: `The PDF could not be read: ${String(error)}`,
}));
