// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import {
  PAIRED_DELEGATE,
  answerResume,
  click,
  currentChange,
  demoSnapshot,
  fill,
  ok,
  push,
  renderApp,
  settle,
  type Rendered,
} from '../../testing/render.tsx';
import { fakeEngine } from '../../testing/pdf.ts';

const PDF = new TextEncoder().encode('%PDF-1.7 three pages');
const snapshot = demoSnapshot(4, 'open');
const DOC = snapshot.documents[0]!;

type Answer = (url: string, init: RequestInit) => Response | Promise<Response>;

function fetcher(answer: Answer) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetch = (async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    return answer(url, init);
  }) as typeof globalThis.fetch;
  return { fetch, calls };
}

const pdfResponse = () => new Response(PDF, { status: 200, headers: { 'Content-Type': 'application/pdf', 'Content-Length': String(PDF.length) } });
const refusal = (status: number, code: string) => new Response(JSON.stringify({ ok: false, code, message: code }), { status });

async function key(name: string): Promise<void> {
  await act(async () => window.dispatchEvent(new KeyboardEvent('keydown', { key: name })));
  await settle();
}

describe('document viewer (tablet)', () => {
  let app: Rendered;
  afterEach(() => app.unmount());

  const open = (path: string, answer: Answer = pdfResponse, options: { language?: 'vi' | 'en'; engine?: ReturnType<typeof fakeEngine> } = {}) => {
    const http = fetcher(answer);
    const engine = options.engine ?? fakeEngine();
    return renderApp(
      path,
      (socket) => {
        answerResume(socket);
        // As the hub does: what changed since the revision a screen holds (the test's pushes are all it missed), else all.
        socket.answers.set('meeting.open', (input) => {
          const since = (input as { sinceRevision?: number }).sinceRevision;
          return ok(since === undefined ? { mode: 'snapshot', snapshot } : { mode: 'changes', revision: since, changes: [] });
        });
      },
      { stored: PAIRED_DELEGATE, fetch: http.fetch, pdfEngine: engine.engine, ...(options.language ? { language: options.language } : {}) },
    ).then((rendered) => ({ rendered, http, engine }));
  };

  it('opens a document from the item, downloads it with the session token, and turns pages', async () => {
    const { rendered, http, engine } = await open('/tablet/demo');
    app = rendered;
    const item = app.all('agenda-item').find((e) => e.dataset.itemId === 'report-a')!;
    await click(item.querySelector('button')!);
    expect(app.get('document-open').textContent).toContain('Đọc');
    await click(app.get('document-open'));

    expect(app.get('viewer-title').textContent).toBe('Báo cáo số 215');
    expect(app.get('viewer').textContent).toContain('Mục 2.1');
    expect(http.calls[0]?.url).toBe(`http://hub.test/api/documents/${DOC.sha256}`);
    expect(http.calls[0]?.init.headers).toEqual({ Authorization: 'Bearer delegate-token', 'X-Device-Token': 'device-token' });
    expect(new TextDecoder().decode(engine.opened[0])).toBe('%PDF-1.7 three pages');

    expect(app.get('viewer-page').textContent).toBe('1 / 3');
    expect(app.get('viewer-prev')).toHaveProperty('disabled', true);
    await click(app.get('viewer-next'));
    expect(app.get('viewer-page').textContent).toBe('2 / 3');
    await key('ArrowRight');
    expect(app.get('viewer-page').textContent).toBe('3 / 3');
    expect(app.get('viewer-next')).toHaveProperty('disabled', true);
    await key('Home');
    expect(app.get('viewer-page').textContent).toBe('1 / 3');
    await key('End');
    expect(app.get('viewer-page').dataset.page).toBe('3');
  });

  it('goes to a page typed into the page number', async () => {
    const { rendered } = await open(`/tablet/demo/documents/${DOC.id}`, pdfResponse, { engine: fakeEngine(169) });
    app = rendered;
    await click(app.get('viewer-page'));
    const input = app.get('viewer-page-input') as HTMLInputElement;
    expect(input.value).toBe('1');
    await fill(input, '120');
    await act(async () => input.form!.requestSubmit());
    await settle();
    expect(app.get('viewer-page').textContent).toBe('120 / 169');
    await click(app.get('viewer-page'));
    await fill(app.get('viewer-page-input'), '999');
    await act(async () => (app.get('viewer-page-input') as HTMLInputElement).form!.requestSubmit());
    await settle();
    expect(app.get('viewer-page').textContent).toBe('169 / 169');
  });

  it('opens at the page its address names (?page=), clamped to the document', async () => {
    const { rendered } = await open(`/tablet/demo/documents/${DOC.id}?page=40`, pdfResponse, { engine: fakeEngine(169) });
    app = rendered;
    expect(app.get('viewer-page').textContent).toBe('40 / 169');
    app.unmount();
    app = (await open(`/tablet/demo/documents/${DOC.id}?page=900`, pdfResponse, { engine: fakeEngine(169) })).rendered;
    expect(app.get('viewer-page').textContent).toBe('169 / 169');
  });

  it('zooms by steps and fits the width', async () => {
    const { rendered } = await open(`/tablet/demo/documents/${DOC.id}`);
    app = rendered;
    const zoom = () => Number(app.get('viewer-zoom').dataset.zoom);
    await click(app.get('viewer-fit-width'));
    expect(app.get('viewer-fit-width').getAttribute('aria-pressed')).toBe('true');
    const fitted = zoom();
    await click(app.get('viewer-zoom-in'));
    expect(zoom()).toBeGreaterThan(fitted);
    expect(app.get('viewer-fit-width').getAttribute('aria-pressed')).toBe('false');
    await key('-');
    await key('-');
    expect(zoom()).toBeLessThan(fitted + 0.001);
    expect(app.get('viewer-zoom').textContent).toMatch(/^\d+\s?%$/);
  });

  it('shows the download progress, then the pages', async () => {
    let push: ((chunk: Uint8Array) => void) | null = null;
    let finish: (() => void) | null = null;
    const answer = () =>
      new Response(
        new ReadableStream<Uint8Array>({
          start(controller) {
            push = (chunk) => controller.enqueue(chunk);
            finish = () => controller.close();
          },
        }),
        { status: 200, headers: { 'Content-Length': '20000' } },
      );
    const { rendered } = await open(`/tablet/demo/documents/${DOC.id}`, answer);
    app = rendered;
    expect(app.get('viewer-progress').dataset.phase).toBe('downloading');
    await act(async () => push!(new Uint8Array(10_000)));
    await settle();
    expect(app.get('viewer-progress').querySelector('[role="progressbar"]')?.getAttribute('aria-valuenow')).toBe('50');
    expect(app.get('viewer-progress').textContent).toContain('Đã tải 10 kB / 20 kB');
    await act(async () => {
      push!(new Uint8Array(10_000));
      finish!();
    });
    await settle();
    expect(app.all('viewer-progress')).toHaveLength(0);
    expect(app.get('viewer-page').textContent).toBe('1 / 3');
  });

  it.each([
    [403, 'forbidden', 'vi', 'Bạn không có quyền đọc tài liệu này.'],
    [401, 'not_signed_in', 'vi', 'Tài liệu này chỉ dành cho người đã đăng nhập.'],
    [404, 'not_found', 'en', 'The meeting hub no longer holds this document.'],
    [401, 'not_paired', 'en', 'This device has not been paired with the meeting room, so it cannot read documents yet.'],
  ] as const)('says why a %i (%s) document cannot be read, in %s', async (status, code, language, text) => {
    const { rendered } = await open(`/tablet/demo/documents/${DOC.id}`, () => refusal(status, code), { language });
    app = rendered;
    expect(app.get('viewer-error').dataset.code).toBe(code);
    expect(app.get('viewer-error').textContent).toContain(text);
  });

  it('says so when the hub cannot be reached, and tries again on request', async () => {
    let offline = true;
    const { rendered, http } = await open(`/tablet/demo/documents/${DOC.id}`, () =>
      offline ? Promise.reject(new TypeError('Failed to fetch')) : pdfResponse(),
    );
    app = rendered;
    expect(app.get('viewer-error').dataset.code).toBe('network');
    expect(app.get('viewer-error').textContent).toContain('mất kết nối với máy chủ phòng họp');
    offline = false;
    await click(app.get('viewer-retry'));
    expect(http.calls).toHaveLength(2);
    expect(app.all('viewer-error')).toHaveLength(0);
    expect(app.get('viewer-page').textContent).toBe('1 / 3');
  });

  it('says so when pdf.js cannot open the file, in English too', async () => {
    const { rendered } = await open(`/tablet/demo/documents/${DOC.id}`, pdfResponse, { language: 'en', engine: fakeEngine(3, 'fail') });
    app = rendered;
    expect(app.get('viewer-error').dataset.code).toBe('damaged');
    expect(app.get('viewer-error').textContent).toContain('The PDF file is damaged or unreadable.');
  });

  it('stays on the document when the chair moves on, with a banner that goes to the new item', async () => {
    const { rendered } = await open(`/tablet/demo/documents/${DOC.id}`);
    app = rendered;
    expect(app.all('viewer-moved')).toHaveLength(0);
    await push(app.socket, 'meeting.changed', currentChange(5, snapshot, 'close'));
    expect(app.get('viewer-title').textContent).toBe('Báo cáo số 215');
    expect(app.get('viewer-moved').textContent).toContain('Chủ tọa đã chuyển sang mục 3');
    expect(app.get('viewer-moved').textContent).toContain('Bế mạc');
    expect(app.get('viewer-go-current').textContent).toBe('Đến mục 3');
    await click(app.get('viewer-go-current'));
    expect(app.all('viewer')).toHaveLength(0);
    expect(app.get('selected-item').dataset.itemId).toBe('close');
  });

  it('lets the reader dismiss the banner until the chair moves again', async () => {
    const { rendered } = await open(`/tablet/demo/documents/${DOC.id}`);
    app = rendered;
    await push(app.socket, 'meeting.changed', currentChange(5, snapshot, 'report'));
    await click(app.get('viewer-dismiss-moved'));
    expect(app.all('viewer-moved')).toHaveLength(0);
    await push(app.socket, 'meeting.changed', currentChange(6, snapshot, 'close'));
    expect(app.get('viewer-moved').dataset.itemId).toBe('close');
    // Back to the item that was current when the document was opened: nothing to say.
    await push(app.socket, 'meeting.changed', currentChange(7, snapshot, 'open'));
    expect(app.all('viewer-moved')).toHaveLength(0);
  });

  it("goes back to the document's own item, not to wherever the room is now", async () => {
    const { rendered } = await open(`/tablet/demo/documents/${DOC.id}`);
    app = rendered;
    expect(app.get('viewer-back').textContent).toBe('Chương trình nghị sự');
    await click(app.get('viewer-back'));
    expect(app.get('selected-item').dataset.itemId).toBe('report-a');
    expect(app.get('current-item').dataset.itemId).toBe('open');
  });

  it('says when a document is not (or no longer) in the meeting', async () => {
    const { rendered } = await open('/tablet/demo/documents/nope');
    app = rendered;
    expect(app.get('viewer-missing').textContent).toContain('Không tìm thấy tài liệu');
  });

  it('keeps a document withdrawn while it is read, and says so', async () => {
    const { rendered } = await open(`/tablet/demo/documents/${DOC.id}`);
    app = rendered;
    await push(app.socket, 'meeting.changed', { meetingId: 'demo', fromRevision: 5, revision: 5, changes: [{ collection: 'document', id: DOC.id, value: null }] });
    expect(app.get('viewer-page').textContent).toBe('1 / 3');
    expect(app.get('viewer-withdrawn').textContent).toContain('Ban thư ký đã gỡ tài liệu này');
  });
});

describe('document viewer (chair console)', () => {
  let app: Rendered;
  afterEach(() => app.unmount());

  const session = { token: 'chair-token', role: 'chair', delegateId: null, meetingId: null, expiresAt: '2999-01-01T00:00:00.000Z' };

  it('opens a document of the current item from the console, with the chair token, and goes back to the console', async () => {
    const http = fetcher(pdfResponse);
    app = await renderApp(
      '/console/demo',
      (socket) => {
        socket.answers.set('meeting.open', () => ok({ mode: 'snapshot', snapshot: demoSnapshot(4, 'report-a') }));
        socket.answers.set('session.resume', () => ok(session));
      },
      { stored: { 'roundtable.sessions': JSON.stringify({ chair: session }) }, fetch: http.fetch, pdfEngine: fakeEngine(2).engine },
    );
    await click(app.get('document-open'));
    expect(app.get('viewer').dataset.screen).toBe('console');
    expect(app.get('viewer-page').textContent).toBe('1 / 2');
    expect(http.calls[0]?.init.headers).toEqual({ Authorization: 'Bearer chair-token' });
    expect(app.get('viewer-back').textContent).toBe('Bàn điều khiển');
    await click(app.get('viewer-back'));
    expect(app.get('current-item-title').textContent).toBe('Báo cáo của UBND');
  });
});
