// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { MeetingSnapshot, Presentation } from '../../../shared/protocol/index.ts';
import { fakeEngine } from '../../testing/pdf.ts';
import { click, demoSnapshot, ok, push, renderApp, settle, type Rendered } from '../../testing/render.tsx';

const session = { token: 'sec-token', role: 'secretariat', expiresAt: '2999-01-01T00:00:00.000Z' };
const stored = { 'roundtable.sessions': JSON.stringify({ secretariat: session }) };
const PDF = new TextEncoder().encode('%PDF-1.7 three pages');
const AT = '2026-12-07T08:00:00.000Z';
const staffOnly = { kind: 'staff' } as const;

function meeting(change: (snapshot: MeetingSnapshot) => void = () => {}): MeetingSnapshot {
  const snapshot = demoSnapshot(3, 'report-a');
  change(snapshot);
  return snapshot;
}

const shown = (page: number, access: Presentation['access'] = { kind: 'all' }): Presentation => ({ id: 'demo', documentId: 'd1', page, access, hidden: false, since: AT });

describe('the secretariat shows a page to the room on the chair’s behalf', () => {
  let app: Rendered;
  afterEach(() => app.unmount());

  const open = (path: string, snapshot: MeetingSnapshot, language: 'vi' | 'en' = 'vi') => {
    const downloads: { url: string; headers: unknown }[] = [];
    const fetch = (async (url: string, init: RequestInit) => {
      downloads.push({ url, headers: init.headers });
      return new Response(PDF, { status: 200, headers: { 'Content-Type': 'application/pdf', 'Content-Length': String(PDF.length) } });
    }) as typeof globalThis.fetch;
    return renderApp(
      path,
      (socket) => {
        socket.answers.set('session.resume', () => ok(session));
        socket.answers.set('meeting.open', () => ok({ mode: 'snapshot', snapshot }));
        socket.answers.set('presentation.show', () => ok({}, 4));
      },
      { stored, fetch, pdfEngine: fakeEngine(3).engine, language },
    ).then((rendered) => ({ rendered, downloads }));
  };

  it('opens a document from its row in the reader, shows the page in view, and goes back to the meeting page', async () => {
    const { rendered, downloads } = await open('/secretariat/demo', meeting());
    app = rendered;
    const action = app.get('document-show');
    expect(action.textContent).toBe('Mở và trình chiếu');
    await click(action);

    expect(app.get('viewer').dataset.screen).toBe('secretariat');
    expect(app.get('viewer-title').textContent).toBe('Báo cáo số 215');
    expect(downloads[0]).toEqual({ url: `http://hub.test/api/documents/${'a'.repeat(64)}`, headers: { Authorization: 'Bearer sec-token' } });
    expect(app.get('viewer-page').textContent).toBe('1 / 3');
    // The reader is the secretariat's: no follow switch, no agenda banner; the chair's control instead.
    expect(app.all('follow-toggle')).toHaveLength(0);
    await click(app.get('viewer-next'));
    await click(app.get('show-to-room-start'));
    expect(app.socket.sent.at(-1)).toEqual({ name: 'presentation.show', input: { meetingId: 'demo', documentId: 'd1', page: 2 } });

    // The hub's push: the page is shown; a restricted document says that only some tablets see it.
    await push(app.socket, 'meeting.changed', { meetingId: 'demo', fromRevision: 3, revision: 4, changes: [{ collection: 'presentation', id: 'demo', value: shown(2, staffOnly) }] });
    expect(app.get('show-to-room-page').textContent).toBe('Đang trình chiếu trang 2');
    expect(app.get('show-restricted').getAttribute('aria-label')).toContain('chỉ đại biểu được quyền xem');

    expect(app.get('viewer-back').textContent).toBe('Cuộc họp');
    await click(app.get('viewer-back'));
    await settle();
    expect(app.all('viewer')).toHaveLength(0);
    expect(app.all('document-show')).toHaveLength(1);
  });

  it('opened on the document shown at another page, moves the room only when asked', async () => {
    const { rendered } = await open('/secretariat/demo/documents/d1', meeting((s) => void (s.presentation = shown(3))));
    app = rendered;
    expect(app.get('viewer-page').textContent).toBe('1 / 3');
    await click(app.get('viewer-next'));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(app.socket.sent.filter((m) => m.name === 'presentation.show')).toEqual([]);
    expect(app.get('show-to-room-page').textContent).toBe('Đang trình chiếu trang 3');
    await click(app.get('show-to-room-start'));
    expect(app.socket.sent.at(-1)).toEqual({ name: 'presentation.show', input: { meetingId: 'demo', documentId: 'd1', page: 2 } });
  });

  it('says what the room is shown on the meeting page, with the page, the restricted note, a way to open it, and stop', async () => {
    const { rendered } = await open('/secretariat/demo?tab=speakers', meeting((s) => void (s.presentation = shown(2, staffOnly))));
    app = rendered;
    const panel = app.get('now-showing');
    expect(panel.dataset.documentId).toBe('d1');
    expect(app.get('now-showing-document').textContent).toBe('Báo cáo số 215 · Trang 2 / 3');
    expect(app.get('show-restricted').textContent).toContain('chỉ đại biểu được quyền xem mới thấy');
    expect(app.get('now-showing-open').getAttribute('href')).toBe('/secretariat/demo/documents/d1?page=2');

    await click(app.get('now-showing-stop'));
    expect(app.socket.sent.at(-1)).toEqual({ name: 'presentation.show', input: { meetingId: 'demo', documentId: null } });
    await push(app.socket, 'meeting.changed', {
      meetingId: 'demo',
      fromRevision: 3,
      revision: 4,
      changes: [{ collection: 'presentation', id: 'demo', value: { id: 'demo', documentId: null, page: null, access: null, hidden: false, since: AT } }],
    });
    expect(app.get('now-showing').dataset.showing).toBe('false');
    expect(app.get('now-showing').textContent).toContain('Không trình chiếu tài liệu nào');
    expect(app.all('now-showing-stop')).toHaveLength(0);
    expect(app.all('show-restricted')).toHaveLength(0);
  });

  it('shows a refusal of stop beside the button, and speaks English', async () => {
    const { rendered } = await open('/secretariat/demo', meeting((s) => void (s.presentation = shown(3))), 'en');
    app = rendered;
    app.socket.answers.set('presentation.show', () => ({ ok: false, code: 'conflict', reason: 'meeting_closed', message: 'The meeting is closed.' }));
    expect(app.get('now-showing-document').textContent).toBe('Báo cáo số 215 · Page 3 of 3');
    expect(app.all('show-restricted')).toHaveLength(0);
    expect(app.get('document-show').textContent).toBe('Open to show the room');
    await click(app.get('now-showing-stop'));
    expect(app.get('now-showing-error').dataset.code).toBe('conflict');
  });

  it('offers neither before the meeting is published', async () => {
    const { rendered } = await open('/secretariat/demo', meeting((s) => void (s.meeting = { ...s.meeting, status: 'draft' })));
    app = rendered;
    expect(app.all('document-item')).toHaveLength(1);
    expect(app.all('document-show')).toHaveLength(0);
    expect(app.all('now-showing')).toHaveLength(0);
  });
});
