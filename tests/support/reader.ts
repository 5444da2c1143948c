// A meeting room for reading tests and the reader bench: the demo hub, a Chromium, the secretariat attaching PDFs,
// tablets paired and signed in with a badge; and a generated PDF of many pages.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { MeetingSnapshot } from '../../shared/protocol/index.ts';
import { TABLET, hubOnlyContext, launchChromium } from './browser.ts';
import { ok, signIn, startTestHub, type TestHub, type TestSocket } from './hub.ts';
import { issueBadge, pairByRoomQr, roomQrLink, signInWithCode } from './tablet.ts';

export const WEB_ROOT = join(import.meta.dirname, '../../dist/renderer');

/** A PDF of `pages` A4 pages, each with its number large and a few lines of text (what a long report looks like). */
export async function manyPagesPdf(pages: number): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  for (let n = 1; n <= pages; n++) {
    const page = pdf.addPage([595.28, 841.89]);
    page.drawText(`Page ${n} of ${pages}`, { x: 60, y: 760, size: 28, font: bold, color: rgb(0.1, 0.15, 0.3) });
    for (let line = 0; line < 30; line++) {
      page.drawText(`Section ${n}.${line + 1}: the budget line ${line + 1} of page ${n}, with its figures and a note.`, { x: 60, y: 700 - line * 20, size: 11, font });
    }
    page.drawRectangle({ x: 60, y: 60, width: 475, height: 12, color: rgb(0.8, 0.65, 0.3) });
  }
  return pdf.save({ useObjectStreams: true });
}

export interface ReaderRoom {
  t: TestHub;
  browser: Browser;
  snapshot: MeetingSnapshot;
  /** Requests to any host but the hub, per tablet. */
  foreign: string[][];
  /** Page errors, console errors and worker errors of every tablet. */
  problems: string[];
  /** The secretariat uploads a PDF and attaches it to an agenda item; answers the document's id. */
  attach(bytes: Uint8Array, title: string): Promise<string>;
  /** A paired tablet with a delegate signed in by badge, its documents preloaded onto the device. */
  tablet(delegateIndex: number, viewport?: { width: number; height: number }, locale?: string): Promise<{ context: BrowserContext; pad: Page }>;
  close(): Promise<void>;
}

export async function openReaderRoom(): Promise<ReaderRoom> {
  if (!existsSync(join(WEB_ROOT, 'index.html'))) throw new Error('Build the web client first: npm run build:web');
  const t = await startTestHub({ seedDemo: true, webRoot: WEB_ROOT, requirePairing: true });
  const browser = await launchChromium();
  const secretariat: TestSocket = await signIn(t.hub.url, t.passcode, 'secretariat');
  const token = (await ok(secretariat, 'session.signIn', { passcode: t.passcode, role: 'secretariat' })).data.token;
  const opened = (await ok(secretariat, 'meeting.open', { meetingId: 'demo' })).data;
  if (opened.mode !== 'snapshot') throw new Error('expected a snapshot');
  const snapshot = opened.snapshot;
  const foreign: string[][] = [];
  const problems: string[] = [];
  const itemId = snapshot.agendaItems.find((item) => !snapshot.documents.some((d) => d.itemId === item.id))!.id;
  return {
    t,
    browser,
    snapshot,
    foreign,
    problems,
    async attach(bytes, title) {
      const res = await fetch(`${t.hub.url}/api/documents`, {
        method: 'POST',
        body: new Blob([bytes as Uint8Array<ArrayBuffer>]),
        headers: { 'Content-Type': 'application/pdf', Authorization: `Bearer ${token}` },
      });
      if (res.status !== 201) throw new Error(`${title}: upload refused (${res.status}) ${await res.text()}`);
      const { sha256 } = (await res.json()) as { sha256: string };
      return (await ok(secretariat, 'document.add', { meetingId: 'demo', itemId, title, sha256 })).data.documentId;
    },
    async tablet(delegateIndex, viewport = TABLET, locale = 'vi-VN') {
      const { context, foreign: blocked } = await hubOnlyContext(browser, t.hub.url, { viewport, locale });
      foreign.push(blocked);
      const pad = await context.newPage();
      pad.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
      pad.on('console', (message) => {
        if (message.type() === 'error' && !/Failed to load resource/.test(message.text())) problems.push(`console: ${message.text()}`);
      });
      pad.on('worker', (worker) => worker.on('console', (message) => message.type() === 'error' && problems.push(`worker: ${message.text()}`)));
      await pairByRoomQr(pad, await roomQrLink(t.hub.url, t.passcode, 'demo'));
      await signInWithCode(pad, (await issueBadge(t.hub.url, t.passcode, 'demo', snapshot.delegates[delegateIndex]!.id)).shortCode);
      await pad.getByTestId('agenda-item').first().waitFor({ timeout: 10_000 });
      return { context, pad };
    },
    async close() {
      secretariat.disconnect();
      await browser.close();
      await t.stop();
    },
  };
}

export const pageView = (n: number) => `[data-testid="viewer-page-view"][data-page-number="${n}"]`;

/** Waits until page `n` of the reader is drawn (its canvas in place at the current zoom). */
export async function pageDrawn(page: Page, n: number, timeout = 15_000): Promise<void> {
  await page.locator(`${pageView(n)}[data-rendered="true"]`).waitFor({ timeout });
}

/** Waits until the tablet holds every document of the meeting on the device (its preload strip complete). */
export async function documentsOnDevice(pad: Page, timeout = 60_000): Promise<void> {
  await pad.waitForFunction(
    () => {
      const strip = document.querySelector<HTMLElement>('[data-testid="preload-strip"]');
      return !!strip && Number(strip.dataset.total) > 0 && strip.dataset.done === strip.dataset.total;
    },
    undefined,
    { timeout },
  );
}
