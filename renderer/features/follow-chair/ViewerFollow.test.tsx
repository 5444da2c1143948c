// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Presentation } from '../../../shared/protocol/index.ts';
import { fakeEngine } from '../../testing/pdf.ts';
import { PAIRED_DELEGATE, answerResume, click, demoSnapshot, ok, push, renderApp, type Rendered } from '../../testing/render.tsx';

const PDF = new TextEncoder().encode('%PDF-1.7 five pages');
const AT = '2026-12-07T08:00:00.000Z';
const shown = (page: number): Presentation => ({ id: 'demo', documentId: 'd1', page, access: { kind: 'all' }, hidden: false, since: AT });

describe('a following tablet’s viewer: zooming keeps following, browsing leaves it', () => {
  let app: Rendered;
  afterEach(() => app.unmount());

  it('stays with the chair through a zoom and a Ctrl + wheel, and leaves on a page turned by hand', async () => {
    const snapshot = demoSnapshot(4, 'report-a');
    snapshot.documents[0] = { ...snapshot.documents[0]!, pages: 5 };
    snapshot.presentation = shown(2);
    const fetch = (async () => new Response(PDF, { status: 200, headers: { 'Content-Length': String(PDF.length) } })) as typeof globalThis.fetch;
    app = await renderApp(
      '/tablet/demo',
      (socket) => {
        answerResume(socket);
        socket.answers.set('meeting.open', (input) =>
          ok((input as { sinceRevision?: number }).sinceRevision === undefined ? { mode: 'snapshot', snapshot } : { mode: 'changes', revision: 4, changes: [] }),
        );
      },
      { stored: PAIRED_DELEGATE, fetch, pdfEngine: fakeEngine(5).engine },
    );
    // Following (the default): the agenda opens the chair's page.
    expect(app.get('viewer-page').dataset.page).toBe('2');
    const following = () => app.get('follow-toggle').getAttribute('aria-pressed');
    expect(following()).toBe('true');

    // Zooming is not browsing: the zoom buttons, Ctrl + wheel, a pinch's two fingers.
    await click(app.get('viewer-zoom-in'));
    await act(async () => void app.get('viewer-pages').dispatchEvent(new WheelEvent('wheel', { deltaY: -100, ctrlKey: true, bubbles: true, cancelable: true })));
    expect(following()).toBe('true');
    // The chair turns meanwhile: the tablet goes with it.
    await push(app.socket, 'meeting.changed', { meetingId: 'demo', fromRevision: 4, revision: 5, changes: [{ collection: 'presentation', id: 'demo', value: shown(3) }] });
    expect(app.get('viewer-page').dataset.page).toBe('3');
    expect(following()).toBe('true');

    // A page turned by hand leaves follow mode; the banner says where the chair is.
    await click(app.get('viewer-next'));
    expect(app.get('viewer-page').dataset.page).toBe('4');
    expect(following()).toBe('false');
    expect(app.get('chair-moved').dataset.page).toBe('3');
    // Never pulled away after that.
    await push(app.socket, 'meeting.changed', { meetingId: 'demo', fromRevision: 5, revision: 6, changes: [{ collection: 'presentation', id: 'demo', value: shown(5) }] });
    expect(app.get('viewer-page').dataset.page).toBe('4');
  });
});
