import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MeetingSnapshot } from '../../shared/protocol/index.ts';
import { CONSOLE, TABLET, chromiumPresent, hubOnlyContext, launchChromium } from '../support/browser.ts';
import { fixture } from '../support/fixtures.ts';
import { ok, signIn, staffCredential, startTestHub, type TestHub, type TestSocket } from '../support/hub.ts';
import { issueBadge, pairByRoomQr, roomQrLink, signInWithCode } from '../support/tablet.ts';

const WEB_ROOT = join(import.meta.dirname, '../../dist/renderer');

/** What a page's canvas holds: its size, the CSS box it fills, and the share of pixels that are not near-white. */
interface Drawn {
  width: number;
  height: number;
  cssWidth: number;
  cssHeight: number;
  dpr: number;
  ink: number;
}

const pageView = (n: number) => `[data-testid="viewer-page-view"][data-page-number="${n}"]`;

async function drawn(page: Page, n: number, timeout = 15_000): Promise<Drawn> {
  await page.locator(`${pageView(n)}[data-rendered="true"]`).waitFor({ timeout });
  const result = await page.evaluate((selector) => {
    const view = document.querySelector(selector);
    const canvas = view?.querySelector('canvas');
    if (!view || !canvas) return null;
    const context = canvas.getContext('2d');
    if (!context) return null;
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    let ink = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i]! < 200 || data[i + 1]! < 200 || data[i + 2]! < 200) ink++;
    const box = view.getBoundingClientRect();
    return { width: canvas.width, height: canvas.height, cssWidth: box.width, cssHeight: box.height, dpr: window.devicePixelRatio, ink: ink / (canvas.width * canvas.height) };
  }, pageView(n));
  if (!result) throw new Error(`page ${n} has no canvas`);
  return result;
}

async function textOf(page: Page, n: number): Promise<string> {
  await page.waitForFunction((selector) => (document.querySelector(`${selector} .rt-text-layer`)?.childElementCount ?? 0) > 0, pageView(n), { timeout: 10_000 });
  return page.locator(`${pageView(n)} .rt-text-layer`).evaluate((layer) => layer.textContent ?? '');
}

const pageCount = (page: Page) => page.getByTestId('viewer-page').textContent();

describe.skipIf(!chromiumPresent)('the document reader (Chromium, a real hub with the demo meeting)', () => {
  let t: TestHub;
  let browser: Browser;
  let secretariat: TestSocket;
  let token: string;
  let snapshot: MeetingSnapshot;
  const foreign: string[][] = [];
  const problems: string[] = [];

  /** A paired tablet with a delegate signed in by badge, watching for errors and CSP refusals. */
  async function tablet(delegateIndex: number, deviceScaleFactor = 1): Promise<{ context: BrowserContext; pad: Page }> {
    const { context, foreign: blocked } = await hubOnlyContext(browser, t.hub.url, { viewport: TABLET });
    foreign.push(blocked);
    let scaled = context;
    if (deviceScaleFactor !== 1) {
      // hubOnlyContext has no pixel-ratio option: the same rule, by hand, on a 2x context.
      await context.close();
      scaled = await browser.newContext({ viewport: TABLET, locale: 'vi-VN', deviceScaleFactor });
      const hub = new URL(t.hub.url);
      await scaled.route('**/*', (route) => {
        const url = new URL(route.request().url());
        if (url.host === hub.host || url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
        blocked.push(url.href);
        return route.abort('blockedbyclient');
      });
    }
    const pad = await scaled.newPage();
    pad.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    pad.on('console', (message) => {
      if (message.type() === 'error' && !/Failed to load resource/.test(message.text())) problems.push(`console: ${message.text()}`);
    });
    pad.on('worker', (worker) => worker.on('console', (message) => message.type() === 'error' && problems.push(`worker: ${message.text()}`)));
    await pairByRoomQr(pad, await roomQrLink(t.hub.url, t.passcode, 'demo'));
    const delegate = snapshot.delegates[delegateIndex]!;
    await signInWithCode(pad, (await issueBadge(t.hub.url, t.passcode, 'demo', delegate.id)).shortCode);
    await pad.getByTestId('agenda-item').first().waitFor({ timeout: 10_000 });
    return { context: scaled, pad };
  }

  /** The secretariat uploads a real-world PDF through the hub and attaches it to an agenda item. */
  async function upload(name: string, title: string): Promise<string> {
    const res = await fetch(`${t.hub.url}/api/documents`, {
      method: 'POST',
      body: new Uint8Array(fixture(name)),
      headers: { 'Content-Type': 'application/pdf', Authorization: `Bearer ${token}` },
    });
    expect(res.status, `${name} uploaded`).toBe(201);
    const { sha256 } = (await res.json()) as { sha256: string };
    const itemId = snapshot.agendaItems.find((item) => !snapshot.documents.some((d) => d.itemId === item.id))!.id;
    return (await ok(secretariat, 'document.add', { meetingId: 'demo', itemId, title, sha256 })).data.documentId;
  }

  beforeAll(async () => {
    if (!existsSync(join(WEB_ROOT, 'index.html'))) throw new Error('Build the web client first: npm run build:web');
    t = await startTestHub({ seedDemo: true, webRoot: WEB_ROOT, requirePairing: true });
    browser = await launchChromium();
    secretariat = await signIn(t.hub.url, t.passcode, 'secretariat');
    token = (await ok(secretariat, 'session.signIn', { passcode: t.passcode, role: 'secretariat' })).data.token;
    const opened = (await ok(secretariat, 'meeting.open', { meetingId: 'demo' })).data;
    if (opened.mode !== 'snapshot') throw new Error('expected a snapshot');
    snapshot = opened.snapshot;
  });
  afterAll(async () => {
    secretariat?.disconnect();
    await browser?.close();
    await t?.stop();
  });

  it('a delegate taps a demo document, reads page 1, turns pages by button and arrow key, zooms, and goes back to the item', async () => {
    const { pad } = await tablet(0);
    const document = snapshot.documents.find((d) => d.access.kind === 'all' && d.pages === 3 && d.itemId)!;
    await pad.locator(`[data-testid="agenda-item"][data-item-id="${document.itemId}"] [data-testid="agenda-item-button"]`).click();
    const opening = Date.now();
    await pad.locator(`[data-testid="document-item"][data-document-id="${document.id}"] [data-testid="document-open"]`).click();
    expect(new URL(pad.url()).pathname).toBe(`/tablet/demo/documents/${document.id}`);
    await expect.poll(() => pad.getByTestId('viewer-title').textContent()).toBe(document.title);

    const first = await drawn(pad, 1);
    expect(Date.now() - opening).toBeLessThan(5000);
    expect(first.ink, 'page 1 has text drawn on it').toBeGreaterThan(0.002);
    expect(first.ink, 'page 1 is not one dark block').toBeLessThan(0.5);
    expect(first.width).toBe(Math.floor(first.cssWidth * first.dpr));
    expect(await pageCount(pad)).toBe('1 / 3');
    // The text layer holds the page's words, selectable (the demo's drafts carry their title in capitals).
    expect((await textOf(pad, 1)).toLocaleLowerCase('vi')).toContain(document.title.split('/')[0]!.trim().toLocaleLowerCase('vi'));

    await pad.getByTestId('viewer-next').click();
    await expect.poll(() => pageCount(pad)).toBe('2 / 3');
    expect((await drawn(pad, 2)).ink).toBeGreaterThan(0.001);
    // The button has the focus now; ↓ still scrolls the pages.
    const scrollTop = () => pad.getByTestId('viewer-pages').evaluate((element) => element.scrollTop);
    const top = await scrollTop();
    await pad.keyboard.press('ArrowDown');
    await expect.poll(scrollTop).toBeGreaterThan(top);
    // A swipe to the left turns to the next page, one to the right back (touch events, as a tablet sends them).
    const swipe = (dx: number) =>
      pad.getByTestId('viewer-pages').evaluate((element, dx) => {
        const touch = (x: number) => new Touch({ identifier: 1, target: element, clientX: x, clientY: 400 });
        element.dispatchEvent(new TouchEvent('touchstart', { touches: [touch(640)], changedTouches: [touch(640)], bubbles: true }));
        element.dispatchEvent(new TouchEvent('touchend', { touches: [], changedTouches: [touch(640 + dx)], bubbles: true }));
      }, dx);
    await swipe(-200);
    await expect.poll(() => pageCount(pad)).toBe('3 / 3');
    await swipe(200);
    await expect.poll(() => pageCount(pad)).toBe('2 / 3');
    await pad.keyboard.press('ArrowRight');
    await expect.poll(() => pageCount(pad)).toBe('3 / 3');
    await expect.poll(() => pad.getByTestId('viewer-next').isDisabled()).toBe(true);
    await pad.keyboard.press('ArrowLeft');
    await expect.poll(() => pageCount(pad)).toBe('2 / 3');

    const before = await drawn(pad, 2);
    const zoomBefore = await pad.getByTestId('viewer-zoom').textContent();
    await pad.getByTestId('viewer-zoom-in').click();
    await expect.poll(() => pad.getByTestId('viewer-zoom').textContent()).not.toBe(zoomBefore);
    await expect.poll(async () => (await drawn(pad, 2)).width).toBeGreaterThan(before.width);
    // Zooming keeps the reader on the same page.
    expect(await pageCount(pad)).toBe('2 / 3');
    await pad.getByTestId('viewer-fit-width').click();
    await expect.poll(async () => (await drawn(pad, 2)).cssWidth).toBeGreaterThan(TABLET.width - 80);

    await pad.getByTestId('viewer-back').click();
    await expect.poll(() => pad.getByTestId('selected-item').getAttribute('data-item-id')).toBe(document.itemId);
    await pad.context().close();
  });

  it('the chair moves the room on while a delegate reads: the reader stays, a banner offers the new item', async () => {
    const { pad } = await tablet(1);
    const document = snapshot.documents.find((d) => d.access.kind === 'all' && d.itemId)!;
    await pad.goto(`${t.hub.url}/tablet/demo/documents/${document.id}`);
    await drawn(pad, 1);
    expect(await pad.getByTestId('viewer-moved').count()).toBe(0);

    const chair = await hubOnlyContext(browser, t.hub.url, { viewport: CONSOLE });
    foreign.push(chair.foreign);
    const console = await chair.context.newPage();
    await console.goto(`${t.hub.url}/console/demo`);
    // The chair signs in with the chair's own credential, which the secretariat issued.
    await console.getByTestId('signin-passcode').fill(await staffCredential(t.hub.url, t.passcode, 'chair', 'Chủ tọa'));
    await console.getByTestId('signin-submit').click();
    const target = console.locator('[data-testid="agenda-item"][data-number="3"]');
    const targetId = await target.getAttribute('data-item-id');
    await target.getByTestId('agenda-item-button').click();

    await pad.getByTestId('viewer-moved').waitFor({ timeout: 2000 });
    expect(await pad.getByTestId('viewer-moved').textContent()).toContain('Chủ tọa đã chuyển sang mục 3');
    expect(new URL(pad.url()).pathname).toBe(`/tablet/demo/documents/${document.id}`);
    expect(await pageCount(pad)).toBe(`1 / ${document.pages}`);
    await pad.getByTestId('viewer-go-current').click();
    await expect.poll(() => pad.getByTestId('selected-item').getAttribute('data-item-id')).toBe(targetId);

    // The chair reads a document of the current item from the console.
    await console.locator('[data-testid="agenda-item"][data-number="2.1"] [data-testid="agenda-item-button"]').click();
    await console.getByTestId('document-open').first().click();
    await expect.poll(() => console.getByTestId('viewer').getAttribute('data-screen')).toBe('console');
    expect((await drawn(console, 1)).ink).toBeGreaterThan(0.002);
    await console.getByTestId('viewer-back').click();
    await console.getByTestId('current-item').waitFor();
    await chair.context.close();
    await pad.context().close();
  });

  it('says why a document cannot be read (refused, damaged, offline), and tries again', async () => {
    const { pad } = await tablet(2);
    const document = snapshot.documents.find((d) => d.access.kind === 'all' && d.itemId)!;
    const path = `/api/documents/${document.sha256}`;
    await pad.route(`**${path}`, (route) =>
      route.fulfill({ status: 403, contentType: 'application/json', body: JSON.stringify({ ok: false, code: 'forbidden', message: 'You may not read this document.' }) }),
    );
    await pad.goto(`${t.hub.url}/tablet/demo/documents/${document.id}`);
    await pad.getByTestId('viewer-error').waitFor();
    expect(await pad.getByTestId('viewer-error').getAttribute('data-code')).toBe('forbidden');
    expect(await pad.getByTestId('viewer-error').textContent()).toContain('Bạn không có quyền đọc tài liệu này.');

    await pad.unroute(`**${path}`);
    await pad.route(`**${path}`, (route) => route.fulfill({ status: 200, contentType: 'application/pdf', body: 'This is not a PDF at all.' }));
    await pad.getByTestId('viewer-retry').click();
    await expect.poll(() => pad.getByTestId('viewer-error').getAttribute('data-code')).toBe('damaged');

    // Kept from the tablet's preloader too, which would otherwise hold the document by now and read it offline.
    await pad.unroute(`**${path}`);
    await pad.route(`**${path}`, (route) => route.abort('internetdisconnected'));
    await pad.getByTestId('language-en').click();
    await pad.context().setOffline(true);
    await pad.getByTestId('viewer-retry').click();
    await expect.poll(() => pad.getByTestId('viewer-error').getAttribute('data-code')).toBe('network');
    expect(await pad.getByTestId('viewer-error').textContent()).toContain('the meeting hub cannot be reached');
    await pad.context().setOffline(false);
    await pad.unroute(`**${path}`);
    await pad.getByTestId('viewer-retry').click();
    expect((await drawn(pad, 1)).ink).toBeGreaterThan(0.002);
    await pad.getByTestId('language-vi').click();
    await pad.context().close();
  });

  it("opens the team's real-world PDFs: Vietnamese text, rotated pages, odd sizes, standard fonts, 1,221 pages; at 2x", async () => {
    const vietnamese = await upload('lshort-vi.pdf', 'LaTeX2e — bản tiếng Việt');
    const rotated = await upload('habibi-rotated.pdf', 'Trang xoay');
    const standardFonts = await upload('simple-pdf-2.0.pdf', 'PDF 2.0, Helvetica không nhúng');
    const poster = await upload('poster.pdf', 'Áp phích 250 x 500 inch');
    const thousand = await upload('source2e.pdf', 'The LaTeX2e sources (1.221 trang)');
    const { pad } = await tablet(3, 2);
    const requests: string[] = [];
    pad.on('requestfinished', (request) => requests.push(new URL(request.url()).pathname));

    // Vietnamese, 169 pages: page 1 drawn sharp at 2x, its text selectable with every diacritic; the last page by End.
    await pad.goto(`${t.hub.url}/tablet/demo/documents/${vietnamese}`);
    const cover = await drawn(pad, 1);
    expect(cover.dpr).toBe(2);
    expect(cover.width).toBe(Math.floor(cover.cssWidth * 2));
    expect(cover.ink).toBeGreaterThan(0.002);
    expect(await pageCount(pad)).toBe('1 / 169');
    const cover1 = (await textOf(pad, 1)).normalize('NFC');
    expect(cover1).toContain('Một tài liệu ngắn gọn');
    expect(cover1).toContain('Dịch bởi: Nguyễn Tân Khoa');
    await pad.keyboard.press('End');
    await expect.poll(() => pageCount(pad)).toBe('169 / 169');
    expect((await drawn(pad, 169)).ink).toBeGreaterThan(0.0001);

    // /Rotate 90 on page 1, 0 on page 4: a landscape box, then a portrait one, each drawn; the text layer turned with it.
    await pad.goto(`${t.hub.url}/tablet/demo/documents/${rotated}`);
    const turned = await drawn(pad, 1);
    expect(turned.cssWidth).toBeGreaterThan(turned.cssHeight);
    expect(turned.ink).toBeGreaterThan(0.0001);
    expect(await pad.locator(`${pageView(1)} .rt-text-layer`).getAttribute('data-main-rotation')).toBe('90');
    await pad.keyboard.press('End');
    await expect.poll(() => pageCount(pad)).toBe('4 / 4');
    const upright = await drawn(pad, 4);
    expect(upright.cssHeight).toBeGreaterThan(upright.cssWidth);

    // Helvetica, not embedded: drawn with pdf.js's standard fonts, which come from the hub.
    await pad.goto(`${t.hub.url}/tablet/demo/documents/${standardFonts}`);
    expect((await drawn(pad, 1)).ink).toBeGreaterThan(0.0002);
    expect(requests.some((path) => /^\/assets\/pdfjs-[\d.]+\/standard_fonts\/LiberationSans-Regular\.ttf$/.test(path))).toBe(true);
    expect(requests.some((path) => /^\/assets\/pdf\.worker\.min-[\w-]+\.mjs$/.test(path))).toBe(true);

    // A 250 x 500 inch poster (/UserUnit 10): shown at a readable width, its canvas within the pixel cap.
    await pad.goto(`${t.hub.url}/tablet/demo/documents/${poster}`);
    const big = await drawn(pad, 1, 30_000);
    expect(big.cssWidth).toBeLessThanOrEqual(1100);
    expect(big.width * big.height).toBeLessThanOrEqual(10_000_000);
    expect(big.ink).toBeGreaterThan(0.001);

    // 1,221 pages: open fast, keep only a few pages in the page, jump to the end.
    const started = Date.now();
    await pad.goto(`${t.hub.url}/tablet/demo/documents/${thousand}`);
    await drawn(pad, 1, 30_000);
    const openMs = Date.now() - started;
    expect(openMs).toBeLessThan(10_000);
    expect(await pageCount(pad)).toBe('1 / 1.221');
    expect(await pad.getByTestId('viewer-page-view').count()).toBeLessThanOrEqual(4);
    await pad.keyboard.press('End');
    await expect.poll(() => pageCount(pad)).toBe('1.221 / 1.221');
    expect((await drawn(pad, 1221)).ink).toBeGreaterThan(0.0005);
    for (let i = 0; i < 6; i++) await pad.keyboard.press('ArrowLeft');
    await expect.poll(() => pageCount(pad)).toBe('1.215 / 1.221');
    await drawn(pad, 1215);
    // Page 600 by number: tap the page count, type, Enter.
    await pad.getByTestId('viewer-page').click();
    await pad.getByTestId('viewer-page-input').fill('600');
    await pad.keyboard.press('Enter');
    await expect.poll(() => pageCount(pad)).toBe('600 / 1.221');
    expect((await drawn(pad, 600)).ink).toBeGreaterThan(0.001);
    expect(await pad.locator('[data-testid="viewer-pages"] canvas').count()).toBeLessThanOrEqual(4);
    console.info(`source2e.pdf (1,221 pages, 5.8 MB): first page drawn ${openMs} ms after navigation`);
    await pad.context().close();
    // The five uploads are most of it: the hub checks every page of each (source2e.pdf's 1,221 took 15-30 s of the
    // 56 s spent uploading and pairing on a machine under a load of 14 on 2 cores), before the reader opens any.
  }, 150_000);

  it('loaded nothing from any host but the hub, and raised no error in the page or the pdf.js worker', () => {
    expect(foreign.flat()).toEqual([]);
    expect(problems).toEqual([]);
  });
});
