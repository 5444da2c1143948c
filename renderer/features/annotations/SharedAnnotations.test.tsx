// @vitest-environment happy-dom
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Annotation } from '../../../shared/protocol/index.ts';
import { fakeEngine } from '../../testing/pdf.ts';
import { click, demoSnapshot, ok, renderApp, until, type Rendered } from '../../testing/render.tsx';

const snapshot = demoSnapshot(4, 'report-a');
const DOC = snapshot.documents[0]!;
const PDF = new TextEncoder().encode('%PDF-1.7 two pages');

/** A delegate's annotation on the demo document's page 1. */
function shared(id: string, delegateId: string, kind: 'note' | 'ink', visibility: Annotation['visibility']): Annotation {
  const body: Annotation['body'] =
    kind === 'note'
      ? { page: 0, points: [[0.5, 0.3]], note: 'Đề nghị làm rõ nguồn vốn', line: null }
      : { page: 0, color: '#dc2626', width: 3, points: [[0.1, 0.5, 0.5], [0.4, 0.52, 0.5]], line: null };
  return { id, meetingId: 'demo', delegateId, documentId: DOC.id, sha256: DOC.sha256, itemId: null, kind, visibility, body, rev: 1, seq: 3, deleted: false, carried: null, updatedAt: '2026-12-07T02:00:00.000Z' };
}

describe("the chair's reader: what delegates shared with the chair", () => {
  let app: Rendered;
  afterEach(() => app.unmount());
  // happy-dom lays nothing out: the reader gets a screen's size, so it mounts its pages (and their annotation layers).
  beforeAll(() => {
    Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 1000 });
    Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 700 });
  });
  afterAll(() => {
    delete (HTMLElement.prototype as { clientWidth?: number }).clientWidth;
    delete (HTMLElement.prototype as { clientHeight?: number }).clientHeight;
  });

  const session = { token: 'chair-token', role: 'chair', delegateId: null, meetingId: null, expiresAt: '2999-01-01T00:00:00.000Z' };

  it('draws the shared stroke and note on the page, opens the note to read with its author, and offers no tools', async () => {
    const syncs: unknown[] = [];
    app = await renderApp(
      `/console/demo/documents/${DOC.id}`,
      (socket) => {
        socket.answers.set('meeting.open', () => ok({ mode: 'snapshot', snapshot }));
        socket.answers.set('session.resume', () => ok(session));
        socket.answers.set('annotations.sync', (input) => {
          syncs.push(input);
          return ok({ annotations: [shared('00000000-0000-4000-8000-000000000001', 'p2', 'note', 'chair'), shared('00000000-0000-4000-8000-000000000002', 'p1', 'ink', 'everyone')], cursor: 3, more: false });
        });
      },
      { stored: { 'roundtable.sessions': JSON.stringify({ chair: session }) }, fetch: (async () => new Response(PDF, { status: 200 })) as typeof globalThis.fetch, pdfEngine: fakeEngine(2).engine },
    );
    await until(app, () => app.all('annotation-note').length === 1);
    expect(syncs[0]).toMatchObject({ meetingId: 'demo', since: 0 });
    expect(app.get('annotation-layer-shared').dataset.page).toBe('0');
    expect(app.all('annotation-ink')).toHaveLength(1);
    // The chair reads; she does not annotate.
    expect(app.all('annotation-tool-pen')).toHaveLength(0);

    await click(app.get('annotation-note'));
    expect(app.get('annotation-note-author').textContent).toBe('Của Trần Thị Hằng · Chia sẻ với chủ tọa');
    expect((app.get('annotation-note-text') as HTMLTextAreaElement).readOnly).toBe(true);
    expect((app.get('annotation-note-text') as HTMLTextAreaElement).value).toBe('Đề nghị làm rõ nguồn vốn');
    expect(app.all('annotation-note-save')).toHaveLength(0);
    expect(app.all('annotation-note-remove')).toHaveLength(0);
  });

  it("lists on the console the notes delegates shared with the chair on the current item, not another item's, nor private ones", async () => {
    const itemNote = (id: string, itemId: string, visibility: Annotation['visibility'], note: string): Annotation => ({
      id, meetingId: 'demo', delegateId: 'p2', documentId: null, sha256: null, itemId, kind: 'item_note', visibility, body: { note }, rev: 1, seq: 4, deleted: false, carried: null, updatedAt: '2026-12-07T02:00:00.000Z',
    });
    app = await renderApp(
      '/console/demo',
      (socket) => {
        socket.answers.set('meeting.open', () => ok({ mode: 'snapshot', snapshot }));
        socket.answers.set('session.resume', () => ok(session));
        // As the hub sends them to the chair: shared ones only (a private note never leaves its owner); one on another item.
        socket.answers.set('annotations.sync', () =>
          ok({ annotations: [itemNote('00000000-0000-4000-8000-000000000003', 'report-a', 'chair', 'Xin phát biểu sau phần báo cáo'), itemNote('00000000-0000-4000-8000-000000000004', 'opening', 'everyone', 'Khác mục')], cursor: 4, more: false }),
        );
      },
      { stored: { 'roundtable.sessions': JSON.stringify({ chair: session }) }, fetch: (async () => new Response(null, { status: 404 })) as typeof globalThis.fetch },
    );
    await until(app, () => app.all('console-shared-notes-toggle').length > 0);
    expect(app.get('console-shared-notes-toggle').textContent).toBe('Ghi chú chia sẻ (1)');
    await click(app.get('console-shared-notes-toggle'));
    expect(app.all('item-note-shared')).toHaveLength(1);
    expect(app.get('item-notes-shared').textContent).toContain('Trần Thị Hằng');
    expect(app.get('item-notes-shared').textContent).toContain('Xin phát biểu sau phần báo cáo');
  });
});
