// `npm run bench -- --scenario reader`: the reader beside pdf.js's own viewer component (pdfjs-dist/web/pdf_viewer)
// in the same Chromium, on the same files, in the same run. Ours is the real tablet app against a real hub, the
// documents on the device (preloaded); the baseline is bench/reader/baseline.html served on the hub's origin.
// Opening: from the route change (ours) or getDocument (theirs) to page 1 drawn. Jump: from "go to page" to the
// middle page drawn. Memory: after scrolling the 500-page document end to end, the page's JS heap after a garbage
// collection plus the pixels of every canvas still in the page.
import { readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { FIXTURES_DIR, manifest } from '../../tests/support/fixtures.ts';
import { documentsOnDevice, manyPagesPdf, openReaderRoom } from '../../tests/support/reader.ts';
import type { Result } from '../scenarios.ts';
import { OPENED_AHEAD, OPEN_AHEAD_AFTER_MS } from '../../renderer/features/open-documents/limits.ts';

const RUNS = 5;
/** Both fit the page to 1,100 CSS px in this window (ours: its opening zoom; theirs: page-width), so both draw the same pixels. */
const WINDOW = { width: 1147, height: 800 };
const PDFJS = join(import.meta.dirname, '../../node_modules/pdfjs-dist');
const TYPES: Record<string, string> = { '.mjs': 'text/javascript', '.css': 'text/css', '.html': 'text/html', '.svg': 'image/svg+xml', '.bcmap': 'application/octet-stream', '.pfb': 'application/octet-stream', '.wasm': 'application/wasm' };

const median = (values: number[]) => {
  const known = values.filter(Number.isFinite).sort((a, b) => a - b);
  return known.length === 0 ? NaN : known[Math.floor(known.length / 2)]!;
};
const ms = (n: number) => `${Math.round(n)} ms`;
const mb = (n: number) => `${(n / 2 ** 20).toFixed(1)} MB`;

interface Doc {
  label: string;
  file: string;
  bytes: Uint8Array;
  pages: number;
  id?: string;
}

/** Our reader, in the tablet app: `open` navigates inside the app (no reload) and waits for a page drawn. */
async function measureOurs(pad: Page, hubUrl: string, doc: Doc): Promise<{ open: number[]; jump: number[]; steps: string[] }> {
  const open: number[] = [];
  const steps: string[] = [];
  const jump: number[] = [];
  const middle = Math.ceil(doc.pages / 2);
  for (let run = 0; run < RUNS; run++) {
    await navigate(pad, '/tablet/demo', null);
    await pad.getByTestId('agenda-item').first().waitFor();
    const opening = await navigateSteps(pad, `/tablet/demo/documents/${doc.id}`, 1);
    open.push(opening.ms);
    steps.push(opening.steps);
    jump.push(
      await pad.evaluate(async (page) => {
        document.querySelector<HTMLButtonElement>('[data-testid="viewer-page"]')!.click();
        await new Promise((resolve) => requestAnimationFrame(resolve));
        const input = document.querySelector<HTMLInputElement>('[data-testid="viewer-page-input"]')!;
        Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, String(page));
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await new Promise((resolve) => requestAnimationFrame(resolve));
        const started = performance.now();
        const drawn = waitDrawn(page);
        input.form!.requestSubmit();
        return (await drawn) - started;
        function waitDrawn(n: number): Promise<number> {
          return new Promise((resolve) => {
            setTimeout(() => resolve(NaN), 30_000);
            const check = () => {
              if (!document.querySelector(`[data-testid="viewer-page-view"][data-page-number="${n}"][data-rendered="true"]`)) return;
              observer.disconnect();
              resolve(performance.now());
            };
            const observer = new MutationObserver(check);
            observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-rendered'] });
          });
        }
      }, middle),
    );
  }
  return { open, jump, steps };
}

/** Moves the app to `path` as a link would; with `page`, answers the ms until that page of the reader is drawn. */
async function navigate(pad: Page, path: string, page: number | null): Promise<number> {
  return (await navigateSteps(pad, path, page)).ms;
}

/** `navigate`, with the reader's own marks of the opening (useDocumentLoad's `reader:*`), in ms from the start. */
function navigateSteps(pad: Page, path: string, page: number | null): Promise<{ ms: number; steps: string }> {
  return pad.evaluate(
    ({ path, page }) =>
      new Promise<{ ms: number; steps: string }>((resolve) => {
        performance.clearMarks();
        const started = performance.now();
        const check = () => {
          if (page !== null && !document.querySelector(`[data-testid="viewer-page-view"][data-page-number="${page}"][data-rendered="true"]`)) return;
          observer.disconnect();
          const ms = performance.now() - started;
          const marks = performance.getEntriesByType('mark').filter((m) => m.name.startsWith('reader:') && (m.name !== 'reader:drawn' || (m as PerformanceMark).detail === String(page)));
          resolve({ ms, steps: marks.map((m) => `${m.name.slice(7)} ${Math.round(m.startTime - started)}`).join(', ') });
        };
        const observer = new MutationObserver(check);
        observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-rendered'] });
        // A page never drawn counts as no measure (NaN), not as a bench that never ends.
        setTimeout(() => resolve({ ms: NaN, steps: '' }), 30_000);
        history.pushState(null, '', path);
        dispatchEvent(new PopStateEvent('popstate'));
        if (page === null) check();
      }),
    { path, page },
  );
}

/** The JS heap after a garbage collection, and the bytes of every canvas still in the page. */
async function memory(context: BrowserContext, page: Page): Promise<{ heap: number; canvases: number; total: number }> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const canvases = await page.evaluate(() => [...document.querySelectorAll('canvas')].reduce((sum, c) => sum + c.width * c.height * 4, 0));
  await cdp.detach();
  return { heap: usedSize, canvases, total: usedSize + canvases };
}

export async function readerBench(log: (line: string) => void): Promise<Result[]> {
  const rows = manifest().filter((row) => row.expect === 'accept');
  const size = (file: string) => statSync(join(FIXTURES_DIR, file)).size;
  const largest = rows.reduce((a, b) => (size(b.file) > size(a.file) ? b : a));
  const docs: Doc[] = [
    { label: `largest fixture (${largest.file}, ${largest.pages} pages)`, file: largest.file, bytes: new Uint8Array(readFileSync(join(FIXTURES_DIR, largest.file))), pages: largest.pages as number },
    { label: 'Vietnamese fixture (lshort-vi.pdf, 169 pages)', file: 'lshort-vi.pdf', bytes: new Uint8Array(readFileSync(join(FIXTURES_DIR, 'lshort-vi.pdf'))), pages: 169 },
    { label: 'generated, 500 pages', file: 'generated-500.pdf', bytes: await manyPagesPdf(500), pages: 500 },
  ];
  log('reader: starting a hub with the demo, attaching the documents…');
  const room = await openReaderRoom();
  const results: Result[] = [];
  try {
    for (const doc of docs) doc.id = await room.attach(doc.bytes, doc.label);
    const { pad, context } = await room.tablet(0, WINDOW);
    await documentsOnDevice(pad, 180_000);

    // The baseline, on the hub's origin (the same as ours), its files from node_modules and the documents from memory.
    const base = await room.browser.newContext({ viewport: WINDOW });
    await base.route('**/__bench/**', async (route) => {
      const path = new URL(route.request().url()).pathname.replace('/__bench/', '');
      if (path === 'viewer.html') return route.fulfill({ body: readFileSync(join(import.meta.dirname, 'baseline.html')), contentType: 'text/html' });
      if (path.startsWith('files/')) return route.fulfill({ body: Buffer.from(docs.find((d) => d.file === path.slice(6))!.bytes), contentType: 'application/pdf' });
      if (path.startsWith('pdfjs/')) {
        const file = join(PDFJS, path.slice(6));
        return route.fulfill({ body: readFileSync(file), contentType: TYPES[extname(file)] ?? 'application/octet-stream' });
      }
      return route.fulfill({ status: 404 });
    });
    const viewer = await base.newPage();
    await viewer.goto(`${room.t.hub.url}/__bench/viewer.html`);
    await viewer.waitForFunction(() => (window as unknown as { benchReady?: boolean }).benchReady === true);

    const viewerMedians = new Map<string, number>();
    for (const doc of docs) {
      log(`reader: ${doc.label}…`);
      const ours = await measureOurs(pad, room.t.hub.url, doc);
      const theirs = { open: [] as number[], jump: [] as number[] };
      await viewer.evaluate((name) => (window as unknown as { bench: { fetch(n: string): Promise<void> } }).bench.fetch(name), doc.file);
      for (let run = 0; run < RUNS; run++) {
        theirs.open.push(await viewer.evaluate((name) => (window as unknown as { bench: { open(n: string): Promise<number> } }).bench.open(name), doc.file));
        theirs.jump.push(await viewer.evaluate((page) => (window as unknown as { bench: { jump(n: number): Promise<number> } }).bench.jump(page), Math.ceil(doc.pages / 2)));
      }
      viewerMedians.set(doc.file, median(theirs.open));
      log(`  ours open ${ours.open.map(Math.round).join(', ')}; theirs ${theirs.open.map(Math.round).join(', ')}`);
      ours.steps.forEach((line, run) => log(`    ours opening ${run + 1}: ${line}`));
      log(`  ours jump ${ours.jump.map(Math.round).join(', ')}; theirs ${theirs.jump.map(Math.round).join(', ')}`);
      const ratio = (a: number[], b: number[]) => (median(a) / median(b)).toFixed(2);
      results.push(
        { scenario: `reader, ${doc.label}`, measure: 'opening to page 1 drawn, median of 5: ours / pdf.js viewer (ratio)', value: `${ms(median(ours.open))} / ${ms(median(theirs.open))} (${ratio(ours.open, theirs.open)}×)`, target: '≤ 0.6×' },
        // The first of the five: the document not open yet (read from the device and parsed); the others reopen it.
        { scenario: `reader, ${doc.label}`, measure: 'first opening to page 1 drawn (the document not open yet) / the pdf.js viewer\'s median (ratio)', value: `${ms(ours.open[0]!)} / ${ms(median(theirs.open))} (${(ours.open[0]! / median(theirs.open)).toFixed(2)}×)`, target: 'reported' },
        { scenario: `reader, ${doc.label}`, measure: `jump to page ${Math.ceil(doc.pages / 2)} drawn, median of 5: ours / pdf.js viewer (ratio)`, value: `${ms(median(ours.jump))} / ${ms(median(theirs.jump))} (${ratio(ours.jump, theirs.jump)}×)`, target: '≤ 1.0×' },
      );
    }

    // Opened ahead: the tablet reloaded (nothing open), the documents' item in view for a while, then the first opening
    // of each document the tablet opens ahead (the first OPENED_AHEAD of the item's list).
    log('reader: first openings after the item was in view (opened ahead)…');
    const itemId = room.snapshot.agendaItems.find((item) => !room.snapshot.documents.some((d) => d.itemId === item.id))!.id;
    // A new page load: nothing open in pdf.js (the device's copies stay).
    await pad.goto(`${room.t.hub.url}/tablet/demo`);
    await pad.locator(`[data-testid="agenda-item"][data-item-id="${itemId}"] [data-testid="agenda-item-button"]`).click();
    await pad.waitForTimeout(OPEN_AHEAD_AFTER_MS + 2_000);
    for (const doc of docs.slice(0, OPENED_AHEAD)) {
      await navigate(pad, '/tablet/demo', null);
      await pad.getByTestId('agenda-item').first().waitFor();
      const opening = await navigateSteps(pad, `/tablet/demo/documents/${doc.id}`, 1);
      log(`  ${doc.file}: ${Math.round(opening.ms)} ms (${opening.steps})`);
      const theirs = viewerMedians.get(doc.file)!;
      results.push({
        scenario: `reader, ${doc.label}`,
        measure: "first opening after its item was in view (opened ahead): ours / the pdf.js viewer's median (ratio)",
        value: `${ms(opening.ms)} / ${ms(theirs)} (${(opening.ms / theirs).toFixed(2)}×)${opening.steps.includes('bytes') ? ' (not opened ahead)' : ''}`,
        target: 'reported',
      });
    }

    // Memory: each scrolls the 500-page document from the top to the end, in a fresh page.
    const long = docs[2]!;
    log('reader: memory after scrolling the 500-page document end to end…');
    await navigate(pad, '/tablet/demo', null);
    await navigate(pad, `/tablet/demo/documents/${long.id}`, 1);
    await pad.getByTestId('viewer-pages').evaluate(async (scroller) => {
      const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
      for (let step = 0; step < 5000; step++) {
        scroller.scrollTop += scroller.clientHeight;
        const started = performance.now();
        for (;;) {
          await frame();
          const page = document.querySelector<HTMLElement>('[data-testid="viewer-page"]')?.dataset.page;
          if (document.querySelector(`[data-testid="viewer-page-view"][data-page-number="${page}"][data-rendered="true"]`) || performance.now() - started > 5000) break;
        }
        if (scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 1) break;
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
    });
    const oursMemory = await memory(context, pad);
    await viewer.evaluate((name) => (window as unknown as { bench: { open(n: string): Promise<number> } }).bench.open(name), long.file);
    await viewer.evaluate(() => (window as unknown as { bench: { scrollThrough(): Promise<void> } }).bench.scrollThrough());
    const theirsMemory = await memory(base, viewer);
    log(`  ours heap ${mb(oursMemory.heap)} + canvases ${mb(oursMemory.canvases)}; theirs heap ${mb(theirsMemory.heap)} + canvases ${mb(theirsMemory.canvases)}`);
    results.push({
      scenario: 'reader, generated, 500 pages',
      measure: 'memory after scrolling end to end (JS heap + canvas pixels): ours / pdf.js viewer (ratio)',
      value: `${mb(oursMemory.total)} (${mb(oursMemory.heap)} + ${mb(oursMemory.canvases)}) / ${mb(theirsMemory.total)} (${mb(theirsMemory.heap)} + ${mb(theirsMemory.canvases)}) (${(oursMemory.total / theirsMemory.total).toFixed(2)}×)`,
      target: '≤ 1.0×',
    });
    await base.close();
    await context.close();
  } finally {
    await room.close();
  }
  return results;
}
