// Runs in its own process (text.ts starts it through sandbox/bounded-child.ts): pdf.js reads each page's text items,
// turned into runs in page fractions as the tablets' text layer does (shared/domain/annotations/runs.ts).
import { readFile } from 'node:fs/promises';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { textRuns, type PdfTextItem, type TextRun } from '../../../shared/domain/annotations/index.ts';
import { serveChild } from '../sandbox/child-side.ts';
import type { PageTextsOutcome } from './text.ts';

async function read(path: string): Promise<PageTextsOutcome> {
  const task = getDocument({ data: new Uint8Array(await readFile(path)), verbosity: 0, useSystemFonts: false, disableFontFace: true });
  try {
    const doc = await task.promise;
    const pages: TextRun[][] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      pages.push(textRuns(content.items as PdfTextItem[], page.getViewport({ scale: 1 })));
      page.cleanup();
    }
    return { ok: true, pages };
  } finally {
    await task.destroy();
  }
}

serveChild<string, PageTextsOutcome>(read, (error) => ({ ok: false, message: `The PDF's text could not be read: ${String(error)}` }));
