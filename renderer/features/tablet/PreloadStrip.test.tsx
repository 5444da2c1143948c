// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { MeetingSnapshot } from '../../../shared/protocol/index.ts';
import { click, demoSnapshot, push, renderTablet, until, type Rendered } from '../../testing/render.tsx';
import { bytesOf, sha256Hex } from '../preload/testing.ts';

/** Each test its own bytes: the device's cache (one IndexedDB for the file) must not answer for another test. */
let seed = 100;

function meetingWith(bytes: Uint8Array, extra: Partial<MeetingSnapshot['documents'][number]> = {}): MeetingSnapshot {
  const snapshot = demoSnapshot(4, 'report-a');
  return { ...snapshot, documents: [{ ...snapshot.documents[0]!, sha256: sha256Hex(bytes), bytes: bytes.byteLength, ...extra }] };
}

describe('tablet: documents kept on the device', () => {
  let app: Rendered;
  afterEach(() => app.unmount());

  const open = (snapshot: MeetingSnapshot, answer: (init: RequestInit) => Response, language: 'vi' | 'en' = 'en') => {
    const requests: RequestInit[] = [];
    const fetch = (async (_url: string, init: RequestInit) => {
      requests.push(init);
      return answer(init);
    }) as typeof globalThis.fetch;
    return renderTablet(snapshot, { fetch, language }).then((rendered) => ({ rendered, requests }));
  };

  it('shows the preload complete, marks the document as on this device, and reports to the hub', async () => {
    const bytes = bytesOf(40_000, seed++);
    const { rendered, requests } = await open(meetingWith(bytes), () => new Response(bytes.slice(), { status: 200 }));
    app = rendered;
    await until(app, () => app.get('preload-strip').dataset.done === '1');
    expect(app.get('preload-strip').dataset).toMatchObject({ phase: 'active', total: '1', failed: '0' });
    expect(app.get('preload-status').textContent).toBe('All saved: readable without the network');
    expect(requests[0]!.headers).toMatchObject({ Authorization: 'Bearer delegate-token', 'X-Device-Token': 'device-token' });
    expect(app.get('document-item').dataset.offline).toBe('true');
    expect(app.get('document-offline').textContent).toBe('On this device');
    await until(app, () => app.socket.sent.some((s) => s.name === 'preload.report' && JSON.stringify(s.input).includes('"done"')));
    await click(app.get('preload-toggle'));
    expect(app.get('preload-document').dataset.state).toBe('done');
  });

  it('says why a document failed, and tries again when asked', async () => {
    const bytes = bytesOf(30_000, seed++);
    let refuse = true;
    const { rendered } = await open(meetingWith(bytes), () =>
      refuse ? Response.json({ ok: false, code: 'forbidden', message: 'You may not read this document.' }, { status: 403 }) : new Response(bytes.slice(), { status: 200 }),
    );
    app = rendered;
    await until(app, () => app.get('preload-strip').dataset.failed === '1');
    expect(app.get('preload-status').textContent).toBe('1 document could not be saved yet');
    await click(app.get('preload-toggle'));
    expect(app.get('preload-error').dataset.kind).toBe('forbidden');
    expect(app.get('preload-error').textContent).toContain('403');
    refuse = false;
    await click(app.get('preload-retry'));
    await until(app, () => app.get('preload-strip').dataset.done === '1');
    expect(app.all('preload-error')).toHaveLength(0);
  });

  it('says in Vietnamese that a corrupted file was deleted and will be fetched again, and tells the hub the kind', async () => {
    const bytes = bytesOf(30_000, seed++);
    const mangled = bytes.slice();
    mangled[1_000]! ^= 0xff;
    const { rendered } = await open(meetingWith(bytes), () => new Response(mangled.slice(), { status: 200 }), 'vi');
    app = rendered;
    await until(app, () => app.get('preload-strip').dataset.failed === '1');
    expect(app.get('preload-status').textContent).toBe('1 tài liệu chưa tải được');
    await click(app.get('preload-toggle'));
    expect(app.get('preload-error').dataset.kind).toBe('sha256');
    expect(app.get('preload-error').textContent).toBe('Tệp nhận được bị sai lệch (mã kiểm tra SHA-256 không khớp) nên đã bị xóa. Sẽ tự thử lại.');
    await until(app, () =>
      app.socket.sent.some((s) => s.name === 'preload.report' && JSON.stringify(s.input).includes('"errorKind":"sha256"')),
    );
  });

  it('when the meeting closes, deletes the restricted document from the device and tells the hub when', async () => {
    const bytes = bytesOf(25_000, seed++);
    const snapshot = meetingWith(bytes, { access: { kind: 'groups', groups: ['Thường trực'] } });
    const { rendered } = await open(snapshot, () => new Response(bytes.slice(), { status: 200 }));
    app = rendered;
    await until(app, () => app.get('preload-strip').dataset.done === '1');
    await push(app.socket, 'meeting.changed', {
      meetingId: 'demo',
      fromRevision: snapshot.revision + 1,
      revision: snapshot.revision + 1,
      changes: [{ collection: 'meeting', id: 'demo', value: { ...snapshot.meeting, status: 'closed' } }],
    });
    await until(app, () => app.get('preload-strip').dataset.phase === 'closed' && app.get('preload-strip').dataset.done === '0');
    expect(app.get('preload-status').textContent).toBe('The meeting has ended: restricted documents were deleted from this device.');
    await click(app.get('preload-toggle'));
    expect(app.get('preload-document').textContent).toContain('Deleted from this device');
    expect(app.get('document-item').dataset.offline).toBe('false');
    await until(app, () => app.socket.sent.some((s) => s.name === 'preload.report' && (s.input as { purgedAt: string | null }).purgedAt !== null));
  });

  it('marks a document replaced after publication as updated, until this device opens it', async () => {
    const bytes = bytesOf(20_000, seed++);
    const { rendered } = await open(meetingWith(bytes, { version: 2, updatedAt: '2026-11-23T08:00:00.000Z' }), () => new Response(bytes.slice(), { status: 200 }));
    app = rendered;
    await until(app, () => app.all('document-updated').length === 1);
    expect(app.get('document-item').dataset.updated).toBe('true');
    await click(app.get('document-open'));
    await click(app.get('viewer-back'));
    await until(app, () => app.get('document-item').dataset.updated === 'false');
    expect(app.all('document-updated')).toHaveLength(0);
  });
});
