// @vitest-environment happy-dom
import { act } from 'react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Annotation, MeetingSnapshot } from '../../../shared/protocol/index.ts';
import { PAIRED_DELEGATE, answerResume, click, demoSnapshot, ok, renderApp, settle, type Rendered } from '../../testing/render.tsx';
import type { PdfDocument, PdfEngine, PdfPage } from '../pdf/engine.ts';

const NEW = 'a'.repeat(64);
const OLD = 'b'.repeat(64);
const OLD_BYTES = new TextEncoder().encode('%PDF-1.7 version one');
const NEW_BYTES = new TextEncoder().encode('%PDF-1.7 version two');

/** The demo meeting's document at version 2: version 1 (3 pages) replaced by this one (4 pages, a page put in front). */
function replacedSnapshot(): MeetingSnapshot {
  const snapshot = demoSnapshot(4, 'report-a');
  const doc = snapshot.documents[0]!;
  snapshot.documents[0] = { ...doc, sha256: NEW, pages: 4, version: 2, updatedAt: '2026-12-07T04:00:00.000Z', previousVersions: [{ version: 1, sha256: OLD, pages: 3, bytes: OLD_BYTES.length, replacedAt: '2026-12-07T04:00:00.000Z' }] };
  return snapshot;
}

/** The delegate's note, carried by the hub from page 2 of version 1 to page 3 of version 2. */
function movedNote(documentId: string): Annotation {
  return {
    id: '11111111-1111-4111-8111-111111111111',
    meetingId: 'demo',
    delegateId: 'p1',
    documentId,
    sha256: NEW,
    itemId: null,
    kind: 'note',
    visibility: 'private',
    body: { page: 2, points: [[0.6, 0.3]], note: 'Số liệu quý ba', line: null },
    rev: 2,
    seq: 7,
    deleted: false,
    carried: { status: 'moved', unchecked: false, fromSha256: OLD, fromVersion: 1, fromBody: { page: 1, points: [[0.6, 0.2]], note: 'Số liệu quý ba', line: null }, at: '2026-12-07T04:00:00.000Z' },
    updatedAt: '2026-12-07T04:00:00.000Z',
  };
}

/** pdf.js stand-in: each file opens as a document of A4 pages (3 for version 1, 4 for version 2) that draw at once. */
function fakeEngine(): PdfEngine {
  const page: PdfPage = {
    size: { width: 600, height: 800 },
    render: () => ({ promise: Promise.resolve(), cancel: () => {} }),
    renderText: () => ({ promise: Promise.resolve(), cancel: () => {} }),
    release: () => {},
  };
  return {
    open(data) {
      const pages = new TextDecoder().decode(data).includes('one') ? 3 : 4;
      const document: PdfDocument = { numPages: pages, getPage: () => Promise.resolve(page) };
      return { promise: Promise.resolve(document), destroy: () => Promise.resolve() };
    },
  };
}

const pdf = (bytes: Uint8Array) => new Response(bytes as BlobPart, { status: 200, headers: { 'Content-Type': 'application/pdf', 'Content-Length': String(bytes.length) } });

describe('the earlier version beside the new one (tablet)', () => {
  let app: Rendered;
  afterEach(() => app.unmount());

  // happy-dom lays nothing out: the panes get a tablet half's size, so the readers mount their pages.
  beforeAll(() => {
    Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 620 });
    Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 640 });
  });
  afterAll(() => {
    delete (HTMLElement.prototype as { clientWidth?: number }).clientWidth;
    delete (HTMLElement.prototype as { clientHeight?: number }).clientHeight;
  });

  const open = async (earlier: () => Response | Promise<Response>, language: 'vi' | 'en' = 'vi') => {
    const snapshot = replacedSnapshot();
    const doc = snapshot.documents[0]!;
    const fetched: string[] = [];
    const fetch = (async (url: string) => {
      fetched.push(url);
      return url.endsWith(OLD) ? earlier() : pdf(NEW_BYTES);
    }) as typeof globalThis.fetch;
    const rendered = await renderApp(
      `/tablet/demo/documents/${doc.id}`,
      (socket) => {
        answerResume(socket);
        socket.answers.set('meeting.open', () => ok({ mode: 'snapshot', snapshot }));
        socket.answers.set('annotations.sync', () => ok({ annotations: [movedNote(doc.id)], cursor: 7, more: false }));
      },
      { stored: PAIRED_DELEGATE, fetch, pdfEngine: fakeEngine(), language },
    );
    await settle();
    return { rendered, fetched };
  };

  it('opens version 1 read-only beside version 2, the moved note where it was, and closes back to one reader', async () => {
    const { rendered, fetched } = await open(() => pdf(OLD_BYTES));
    app = rendered;
    expect(app.all('compare-earlier')).toHaveLength(0);
    expect(app.get('annotation-carried-row').dataset.status).toBe('moved');
    const reader = app.get('viewer-pages');

    await click(app.get('compare-versions'));
    expect(app.get('compare-versions').getAttribute('aria-pressed')).toBe('true');
    expect(app.get('compare-earlier').textContent).toContain('Bản trước (phiên bản 1)');
    expect(app.get('compare-earlier').textContent).toContain('chỉ xem');
    expect(app.get('compare-current').textContent).toContain('Bản mới (phiên bản 2)');
    expect(fetched).toContain(`http://hub.test/api/documents/${OLD}`);
    // The reader on the right is the same one, not reopened.
    expect(app.get('viewer-pages')).toBe(reader);
    expect(app.get('compare-earlier-page').textContent).toBe('1 / 3');

    // "Show" on the moved note: the reader goes to its new page, the earlier version to its old one.
    await click(app.get('annotation-carried-go'));
    expect(app.get('viewer-page').dataset.page).toBe('3');
    expect(app.get('compare-earlier-page').dataset.page).toBe('2');

    // On version 1 the note is on page 2, where it was written, and nothing there can be touched.
    const earlierPane = app.get('compare-earlier');
    const layer = earlierPane.querySelector<HTMLElement>('[data-testid="annotation-layer-earlier"][data-page="1"]')!;
    expect(layer.querySelector('[data-testid="annotation-note"]')?.textContent).toBe('Số liệu quý ba');
    expect(layer.hasAttribute('inert')).toBe(true);
    expect(earlierPane.querySelector('[data-testid="annotation-layer-earlier"][data-page="0"] [data-testid="annotation-note"]')).toBeNull();
    expect(earlierPane.querySelector('[data-testid="annotation-layer"]')).toBeNull();
    expect(earlierPane.querySelector('[data-testid="annotation-tools"]')).toBeNull();
    // On version 2 it is on page 3, on the reader's own (editable) layer.
    const current = app.get('compare-current').querySelector('[data-testid="annotation-layer"][data-page="2"] [data-testid="annotation-note"]');
    expect(current?.textContent).toBe('Số liệu quý ba');

    // A key pressed in the earlier version's pane turns its pages, not the reader's; pressed elsewhere, the reader's.
    const press = async (target: EventTarget, key: string) => {
      await act(async () => target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true })));
      await settle();
    };
    await press(app.get('compare-earlier-pages'), 'ArrowLeft');
    expect(app.get('compare-earlier-page').dataset.page).toBe('1');
    expect(app.get('viewer-page').dataset.page).toBe('3');
    await press(window, 'ArrowLeft');
    expect(app.get('viewer-page').dataset.page).toBe('2');
    expect(app.get('compare-earlier-page').dataset.page).toBe('1');

    await click(app.get('compare-close'));
    expect(app.all('compare-earlier')).toHaveLength(0);
    expect(app.get('compare-current').textContent).not.toContain('Bản mới');
    expect(app.get('viewer-pages')).toBe(reader);
  });

  it('says in the pane why the earlier version cannot be shown: offline and not on the tablet, or refused', async () => {
    let answer: () => Response | Promise<Response> = () => Promise.reject(new TypeError('Failed to fetch'));
    const { rendered } = await open(() => answer(), 'en');
    app = rendered;
    await click(app.get('compare-versions'));
    const unavailable = app.get('compare-earlier-unavailable');
    expect(unavailable.dataset.reason).toBe('offline');
    expect(unavailable.textContent).toContain('this tablet does not hold it and has lost its connection to the hub');
    expect(app.get('compare-earlier').textContent).toContain('Earlier version (version 1)');
    // The reader beside it is untouched, and no error page replaces the screen.
    expect(app.all('viewer-error')).toHaveLength(0);
    expect(app.get('compare-current').textContent).toContain('New version (version 2)');

    answer = () => new Response(JSON.stringify({ ok: false, code: 'forbidden', message: 'You may not read this document.' }), { status: 403 });
    await click(app.get('compare-earlier-retry'));
    expect(app.get('compare-earlier-unavailable').dataset.reason).toBe('refused');
    expect(app.get('compare-earlier-unavailable').textContent).toContain('The hub did not send the earlier version');

    answer = () => pdf(OLD_BYTES);
    await click(app.get('compare-earlier-retry'));
    expect(app.all('compare-earlier-unavailable')).toHaveLength(0);
    expect(app.get('compare-earlier-page').textContent).toBe('1 / 3');
  });

  it('offers no comparison for a document with no earlier version', async () => {
    const snapshot = demoSnapshot(4, 'report-a');
    app = await renderApp(
      `/tablet/demo/documents/${snapshot.documents[0]!.id}`,
      (socket) => {
        answerResume(socket);
        socket.answers.set('meeting.open', () => ok({ mode: 'snapshot', snapshot }));
      },
      { stored: PAIRED_DELEGATE, fetch: (async () => pdf(NEW_BYTES)) as typeof globalThis.fetch, pdfEngine: fakeEngine() },
    );
    expect(app.get('annotation-tools')).toBeTruthy();
    expect(app.all('compare-versions')).toHaveLength(0);
  });
});
