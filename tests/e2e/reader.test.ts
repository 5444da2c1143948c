// The reader as a delegate uses it, in Chromium against a real hub: a 500-page document scrolled end to end with
// few canvases alive, a search without diacritics landing on the page, the outline, thumbnails and a link followed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPresent } from '../support/browser.ts';
import { fixture } from '../support/fixtures.ts';
import { documentsOnDevice, manyPagesPdf, openReaderRoom, pageDrawn, pageView, type ReaderRoom } from '../support/reader.ts';

const pageCount = (pad: import('playwright-core').Page) => pad.getByTestId('viewer-page').getAttribute('data-page');

describe.skipIf(!chromiumPresent)('the reader (Chromium, a real hub, documents from the device)', () => {
  let room: ReaderRoom;
  let longId: string;
  let outlinedId: string;

  beforeAll(async () => {
    room = await openReaderRoom();
    longId = await room.attach(await manyPagesPdf(500), 'Báo cáo 500 trang');
    outlinedId = await room.attach(new Uint8Array(fixture('pdflatex-outline.pdf')), 'Tài liệu có mục lục');
  }, 60_000);
  afterAll(async () => {
    await room?.close();
    expect(room?.problems ?? []).toEqual([]);
    expect((room?.foreign ?? []).flat()).toEqual([]);
  });

  it('scrolls a 500-page document from the first page to the last, each page drawn as it passes and freed after', async () => {
    const { pad, context } = await room.tablet(0);
    await documentsOnDevice(pad);
    await pad.goto(`${room.t.hub.url}/tablet/demo/documents/${longId}`);
    await pageDrawn(pad, 1);
    expect(await pad.getByTestId('viewer-pages').getAttribute('data-source')).toBe('device');
    // Whole pages on the screen, one screen at a time, as a reader flicks through: at each stop the page in view
    // is drawn before the next flick. One loop in the page, so the test measures the reader, not the round trips.
    await pad.getByTestId('viewer-fit-page').click();
    const run = await pad.getByTestId('viewer-pages').evaluate(async (scroller) => {
      const seen = new Set<number>();
      let most = 0;
      const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
      const started = performance.now();
      const note = () => {
        for (const view of scroller.querySelectorAll<HTMLElement>('[data-testid="viewer-page-view"][data-rendered="true"]')) seen.add(Number(view.dataset.pageNumber));
        // The pages' own canvases; an annotation layer's live-stroke canvas holds no pixels until the pen draws.
        most = Math.max(most, scroller.querySelectorAll('canvas:not([data-testid="annotation-live"])').length);
      };
      note();
      for (let step = 0; step < 1000; step++) {
        scroller.scrollTop += scroller.clientHeight;
        const inView = () => Number(document.querySelector<HTMLElement>('[data-testid="viewer-page"]')?.dataset.page);
        const waitFrom = performance.now();
        for (;;) {
          await frame();
          const view = document.querySelector<HTMLElement>(`[data-testid="viewer-page-view"][data-page-number="${inView()}"]`);
          if (view?.dataset.rendered === 'true') break;
          if (performance.now() - waitFrom > 5000) return { stuck: inView(), seen: seen.size, most, ms: performance.now() - started };
        }
        note();
        if (scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 1) break;
      }
      return { stuck: null, seen: seen.size, most, ms: performance.now() - started };
    });
    expect(run.stuck, `stuck on page ${run.stuck}`).toBeNull();
    // Every page was drawn as it passed, and only the pages near the viewport held a canvas.
    expect(run.seen).toBe(500);
    expect(run.most).toBeLessThanOrEqual(6);
    await pageDrawn(pad, 500);
    expect(await pageCount(pad)).toBe('500');
    expect(await pad.locator(pageView(500)).textContent()).not.toContain('Không hiển thị được');
    // Going to a page by number jumps there and draws it first.
    await pad.getByTestId('viewer-page').click();
    await pad.getByTestId('viewer-page-input').fill('250');
    await pad.getByTestId('viewer-page-input').press('Enter');
    await pageDrawn(pad, 250, 5000);
    expect(await pageCount(pad)).toBe('250');
    await context.close();
  }, 150_000);

  it('finds "ngan sach" in a Vietnamese document, lists it by page, and lands on the page with the words highlighted', async () => {
    const { pad, context } = await room.tablet(1);
    const report = room.snapshot.documents.find((d) => d.title.startsWith('Báo cáo số 215'))!;
    await pad.goto(`${room.t.hub.url}/tablet/demo/documents/${report.id}`);
    await pageDrawn(pad, 1);
    await pad.keyboard.press('Control+f');
    await pad.getByTestId('viewer-search-input').fill('ngan sach');
    await expect.poll(() => pad.getByTestId('viewer-search-status').getAttribute('data-done')).toBe('true');
    const results = pad.getByTestId('viewer-search-result');
    expect(await results.first().getAttribute('data-page')).toBe('2');
    expect(await results.first().textContent()).toContain('ngân sách');
    await results.first().click();
    await expect.poll(() => pageCount(pad)).toBe('2');
    await pageDrawn(pad, 2);
    const marks = pad.locator(`${pageView(2)} mark.rt-hit`);
    await expect.poll(() => marks.count()).toBeGreaterThan(0);
    expect((await marks.allTextContents()).join(' ')).toMatch(/ngân\s*sách/i);
    // The match is on screen.
    const box = await marks.first().boundingBox();
    expect(box && box.y > 0 && box.y < 800).toBe(true);

    // "đ" is found by "d": a word with đ, typed without it.
    await pad.getByTestId('viewer-search-input').fill('dat 86');
    await expect.poll(async () => (await pad.getByTestId('viewer-search-result').first().textContent()) ?? '').toContain('đạt 86');
    await context.close();
  }, 60_000);

  it('shows the outline and the thumbnails, and follows them and a link inside the document', async () => {
    const { pad, context } = await room.tablet(2, { width: 800, height: 1280 }, 'en-GB');
    await pad.goto(`${room.t.hub.url}/tablet/demo/documents/${outlinedId}`);
    await pageDrawn(pad, 1);
    // The test hub serves plain HTTP: its warning strip on top leaves the reader, and its page controls at the
    // bottom, whole on an upright tablet.
    await pad.getByTestId('insecure-banner').waitFor();
    for (const id of ['viewer', 'viewer-zoom-out']) {
      const box = (await pad.getByTestId(id).boundingBox())!;
      expect(box.y + box.height, id).toBeLessThanOrEqual(1280);
    }
    await pad.getByTestId('viewer-open-outline').click();
    const entries = pad.getByTestId('viewer-outline-entry');
    await expect.poll(() => entries.count()).toBeGreaterThan(2);
    const last = entries.last();
    const target = await last.getAttribute('data-page');
    expect(Number(target)).toBeGreaterThan(1);
    await last.click();
    await expect.poll(() => pageCount(pad)).toBe(target);

    await pad.getByTestId('viewer-tab-thumbnails').click();
    await expect.poll(() => pad.locator('[data-testid="viewer-thumbnail"][data-drawn="true"]').count()).toBeGreaterThan(1);
    await pad.locator('[data-testid="viewer-thumbnail"][data-page="1"]').click();
    await expect.poll(() => pageCount(pad)).toBe('1');
    await pad.getByTestId('viewer-panel-close').click();

    // pdfLaTeX with hyperref: the table of contents on page 1 links into the document.
    await pageDrawn(pad, 1);
    const link = pad.locator(`${pageView(1)} [data-testid="viewer-links"] a`).first();
    await link.waitFor({ timeout: 5000 });
    await link.click();
    await expect.poll(() => pageCount(pad)).not.toBe('1');
    await context.close();
  }, 60_000);
});
