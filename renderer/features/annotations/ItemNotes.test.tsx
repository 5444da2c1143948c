// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Annotation } from '../../../shared/protocol/index.ts';
import { click, demoSnapshot, fill, ok, renderTablet, until, type Rendered } from '../../testing/render.tsx';

/** The hub's HTTP: nothing to download in these tests (the preloader asks for the meeting's documents). */
const noFiles = (async () => new Response(null, { status: 404 })) as typeof globalThis.fetch;

type Put = Omit<Annotation, 'rev' | 'seq' | 'deleted' | 'carried' | 'updatedAt' | 'delegateId'> & { baseRev: number };

/** A hub that keeps the delegate's item notes: put and remove acknowledged with the next revision and seq. */
function keeping(shared: Annotation[] = []) {
  let seq = 10;
  const kept = new Map<string, Annotation>();
  return (socket: Parameters<NonNullable<Parameters<typeof renderTablet>[2]>>[0]) => {
    socket.answers.set('annotations.sync', () => ok({ annotations: shared, cursor: 5, more: false }));
    socket.answers.set('annotations.put', (input) => {
      const put = input as Put;
      const annotation: Annotation = { ...put, delegateId: 'p1', rev: put.baseRev + 1, seq: ++seq, deleted: false, carried: null, updatedAt: new Date().toISOString() };
      kept.set(put.id, annotation);
      return ok({ applied: true, annotation });
    });
    socket.answers.set('annotations.remove', (input) => {
      const { id } = input as { id: string };
      const annotation = { ...kept.get(id)!, deleted: true, rev: kept.get(id)!.rev + 1, seq: ++seq };
      return ok({ applied: true, annotation });
    });
  };
}

const note = (app: Rendered) => app.all('item-note');
const sent = (app: Rendered, name: string) => app.socket.sent.filter((s) => s.name === name).map((s) => s.input as Record<string, unknown>);

describe("the delegate's notes on an agenda item", () => {
  let app: Rendered;
  afterEach(() => app.unmount());

  it('writes a private note on the item, changes it and shares it with the chair, then deletes it', async () => {
    app = await renderTablet(demoSnapshot(4, 'report-a'), { fetch: noFiles }, keeping());
    expect(app.get('item-notes').textContent).toContain('Ghi chú của tôi cho mục này');
    expect(app.get('item-note-save')).toHaveProperty('disabled', true);

    await fill(app.get('item-note-text'), '  Hỏi lại số liệu thu ngân sách quý III  ');
    await click(app.get('item-note-save'));
    await until(app, () => note(app)[0]?.dataset.pending === 'false');
    expect(note(app)).toHaveLength(1);
    expect(note(app)[0]!.textContent).toContain('Hỏi lại số liệu thu ngân sách quý III');
    expect(note(app)[0]!.dataset.visibility).toBe('private');
    expect(sent(app, 'annotations.put')[0]).toMatchObject({ meetingId: 'demo', kind: 'item_note', itemId: 'report-a', documentId: null, sha256: null, visibility: 'private', baseRev: 0, body: { note: 'Hỏi lại số liệu thu ngân sách quý III' } });
    expect((app.get('item-note-text') as HTMLTextAreaElement).value).toBe('');

    await click(app.get('item-note-edit'));
    expect((app.get('item-note-text') as HTMLTextAreaElement).value).toBe('Hỏi lại số liệu thu ngân sách quý III');
    await fill(app.get('item-note-text'), 'Hỏi lại số liệu quý III và quý IV');
    await act(async () => {
      const select = app.get('item-note-visibility') as HTMLSelectElement;
      select.value = 'chair';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await click(app.get('item-note-save'));
    await until(app, () => sent(app, 'annotations.put').length === 2 && note(app)[0]?.dataset.pending === 'false');
    expect(sent(app, 'annotations.put')[1]).toMatchObject({ id: sent(app, 'annotations.put')[0]!.id, baseRev: 1, visibility: 'chair', body: { note: 'Hỏi lại số liệu quý III và quý IV' } });
    expect(note(app)).toHaveLength(1);
    expect(note(app)[0]!.textContent).toContain('Tôi và chủ tọa');

    await click(app.get('item-note-remove'));
    await until(app, () => note(app).length === 0);
    expect(sent(app, 'annotations.remove')[0]).toMatchObject({ meetingId: 'demo', id: sent(app, 'annotations.put')[0]!.id, baseRev: 2 });
  });

  it('keeps a note written while the hub does not answer, marked not sent, in English', async () => {
    // annotations.put is never answered: the note stays on the tablet, waiting.
    app = await renderTablet(demoSnapshot(4, 'report-a'), { language: 'en', fetch: noFiles }, (socket) => socket.answers.set('annotations.sync', () => ok({ annotations: [], cursor: 0, more: false })));
    await fill(app.get('item-note-text'), 'Ask about the Q3 figures');
    await click(app.get('item-note-save'));
    await until(app, () => note(app).length === 1);
    expect(note(app)[0]!.dataset.pending).toBe('true');
    expect(note(app)[0]!.textContent).toContain('Not sent yet');
    expect(note(app)[0]!.textContent).toContain('Only me');
  });

  it("shows the notes others shared on the item with their names, read only, and not another item's", async () => {
    const other = (id: string, itemId: string, text: string): Annotation => ({
      id,
      meetingId: 'demo',
      delegateId: 'p2',
      documentId: null,
      sha256: null,
      itemId,
      kind: 'item_note',
      visibility: 'everyone',
      body: { note: text },
      rev: 1,
      seq: 3,
      deleted: false,
      carried: null,
      updatedAt: '2026-12-07T01:00:00.000Z',
    });
    app = await renderTablet(demoSnapshot(4, 'report-a'), { fetch: noFiles }, keeping([other('00000000-0000-4000-8000-000000000001', 'report-a', 'Đề nghị bổ sung phụ lục'), other('00000000-0000-4000-8000-000000000002', 'opening', 'Không liên quan')]));
    await until(app, () => app.all('item-note-shared').length === 1);
    const shared = app.get('item-note-shared');
    expect(shared.textContent).toContain('Trần Thị Hằng');
    expect(shared.textContent).toContain('Đề nghị bổ sung phụ lục');
    expect(shared.querySelectorAll('button')).toHaveLength(0);
    // Another's note is never among the delegate's own (which may hold an earlier test's unsent note: the tablet keeps it).
    expect(note(app).some((n) => n.textContent?.includes('Đề nghị bổ sung phụ lục'))).toBe(false);
  });
});
