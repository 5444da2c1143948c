// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { MeetingSnapshot } from '../../../shared/protocol/index.ts';
import type { PreloadDevice } from '../../../shared/protocol/index.ts';
import { click, demoSnapshot, ok, push, renderApp, settle, type Rendered } from '../../testing/render.tsx';

const session = { token: 'chair-token', role: 'chair', expiresAt: '2999-01-01T00:00:00.000Z' };
const stored = { 'roundtable.sessions': JSON.stringify({ chair: session }) };

const device = (deviceId: string, extra: Partial<PreloadDevice> = {}): PreloadDevice => ({
  deviceId,
  deviceName: `Tablet ${deviceId}`,
  delegateId: 'p1',
  delegateName: 'Nguyễn Văn Hùng',
  online: true,
  documentsTotal: 4,
  documentsDone: 4,
  bytesTotal: 4_000_000,
  bytesDone: 4_000_000,
  failed: [],
  reportedAt: '2026-11-23T02:00:00.000Z',
  purgedAt: null,
  forgottenAt: null,
  mustPurge: false,
  ...extra,
});

const failure = { documentId: 'd1', title: 'Báo cáo số 215', error: 'sha256 does not match', kind: null };

describe('chair console: tablets card', () => {
  let app: Rendered;
  afterEach(() => app.unmount());

  async function open(devices: PreloadDevice[], snapshot: MeetingSnapshot = demoSnapshot(7, 'report'), language: 'vi' | 'en' = 'vi') {
    app = await renderApp(
      '/console/demo',
      (socket) => {
        socket.answers.set('meeting.open', () => ok({ mode: 'snapshot', snapshot }));
        socket.answers.set('session.resume', () => ok(session));
        socket.answers.set('preload.list', () => ok({ devices }));
      },
      { stored, language },
    );
  }

  it('asks preload.list for the followed meeting and counts ready tablets and bytes overall', async () => {
    await open([device('t1'), device('t2', { delegateName: 'Trần Thị Hằng', documentsDone: 1, bytesDone: 1_000_000 })]);
    expect(app.socket.sent.find((s) => s.name === 'preload.list')?.input).toEqual({ meetingId: 'demo' });
    expect(app.get('preload-card').dataset).toMatchObject({ total: '2', complete: '1', failed: '0', offline: '0' });
    expect(app.get('preload-card-summary').textContent).toBe('1/2máy đã tải đủ tài liệu');
    expect(app.get('preload-card-bytes').textContent).toBe('Đã tải 5 MB / 8 MB (62%)');
    expect(app.get('preload-card').textContent).toContain('Không máy nào gặp lỗi.');
  });

  it('names a tablet whose download failed with the reason, and the offline ones', async () => {
    await open(
      [
        device('t1'),
        device('t2', { delegateName: 'Trần Thị Hằng', documentsDone: 3, failed: [failure] }),
        device('t3', { delegateId: null, delegateName: null, online: false, documentsDone: 0, bytesDone: 0 }),
      ],
      demoSnapshot(7, 'report'),
      'en',
    );
    expect(app.get('preload-card').dataset).toMatchObject({ total: '3', complete: '1', failed: '1', offline: '1' });
    const failed = app.all('preload-card-failed');
    expect(failed.map((f) => f.dataset.deviceId)).toEqual(['t2']);
    expect(failed[0]!.textContent).toBe('Trần Thị Hằng Báo cáo số 215: sha256 does not match');
    expect(app.get('preload-card').textContent).toContain('Failed downloads (1)');
    expect(app.get('preload-card-offline').textContent).toBe('Offline (1): Tablet t3');
  });

  it('follows preload.changed: a failure appears, then clears once the tablet has the document', async () => {
    await open([device('t1'), device('t2', { documentsDone: 3, bytesDone: 3_000_000 })]);
    expect(app.get('preload-card').dataset).toMatchObject({ complete: '1', failed: '0' });
    await push(app.socket, 'preload.changed', { meetingId: 'demo', devices: [device('t2', { documentsDone: 3, bytesDone: 3_000_000, failed: [failure] })] });
    expect(app.get('preload-card').dataset).toMatchObject({ complete: '1', failed: '1' });
    expect(app.get('preload-card-failed').textContent).toContain('Báo cáo số 215: sha256 does not match');
    // Another meeting's push changes nothing here.
    await push(app.socket, 'preload.changed', { meetingId: 'other', devices: [device('t2')] });
    expect(app.get('preload-card').dataset).toMatchObject({ failed: '1' });
    await push(app.socket, 'preload.changed', { meetingId: 'demo', devices: [device('t2')] });
    expect(app.get('preload-card').dataset).toMatchObject({ complete: '2', failed: '0' });
    expect(app.get('preload-card-summary').textContent).toBe('2/2máy đã tải đủ tài liệu');
    expect(app.get('preload-card-bytes').textContent).toBe('Đã tải 8 MB / 8 MB (100%)');
    expect(app.all('preload-card-failed')).toHaveLength(0);
  });

  it('opens the full table in a dialog, failures first, and closes it with Escape', async () => {
    await open([device('t1'), device('t2', { documentsDone: 3, failed: [failure] })]);
    expect(app.all('preload-dialog')).toHaveLength(0);
    await click(app.get('preload-card-open'));
    const dialog = document.querySelector<HTMLElement>('[data-testid="preload-dialog"]')!;
    const rows = [...dialog.querySelectorAll<HTMLElement>('[data-testid="preload-row"]')];
    expect(rows.map((r) => r.dataset.deviceId)).toEqual(['t2', 't1']);
    expect(rows[0]!.querySelector('[data-testid="preload-failed"]')!.textContent).toBe('Báo cáo số 215: sha256 does not match');
    expect(app.socket.sent.filter((s) => s.name === 'preload.list')).toHaveLength(1); // the card's rows, not asked again
    await act(async () => window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' })));
    await settle();
    expect(document.querySelector('[data-testid="preload-dialog"]')).toBeNull();
  });

  it('after closing, counts who deleted the restricted documents and names who has not', async () => {
    const snapshot = demoSnapshot(7, null);
    snapshot.meeting.status = 'closed';
    await open([device('t1', { purgedAt: '2026-11-23T05:00:00.000Z' }), device('t2', { delegateName: 'Trần Thị Hằng', mustPurge: true, online: false })], snapshot);
    expect(app.get('preload-card').dataset).toMatchObject({ unpurged: '1' });
    expect(app.get('preload-card-summary').textContent).toBe('1/2máy đã xóa tài liệu hạn chế');
    expect(app.get('preload-card-unpurged').textContent).toBe('Chưa xóa tài liệu hạn chế (1): Trần Thị Hằng');
    expect(app.all('preload-card-bytes')).toHaveLength(0);
    await push(app.socket, 'preload.changed', { meetingId: 'demo', devices: [device('t2', { purgedAt: '2026-11-23T05:10:00.000Z' })] });
    expect(app.get('preload-card-summary').textContent).toBe('2/2máy đã xóa tài liệu hạn chế');
    expect(app.get('preload-card').textContent).toContain('Mọi máy đã xóa tài liệu hạn chế.');
  });

  it('says when no tablet has reported yet, and shows the hub’s refusal', async () => {
    await open([]);
    expect(app.get('preload-card-empty').textContent).toBe('Chưa có máy tính bảng nào báo cáo.');
    app.unmount();
    app = await renderApp(
      '/console/demo',
      (socket) => {
        socket.answers.set('meeting.open', () => ok({ mode: 'snapshot', snapshot: demoSnapshot(7, null) }));
        socket.answers.set('session.resume', () => ok(session));
        socket.answers.set('preload.list', () => ({ ok: false, code: 'forbidden', message: 'The guest role may not send preload.list.' }));
      },
      { stored },
    );
    expect(app.get('preload-card-error').dataset.code).toBe('forbidden');
    expect((app.get('preload-card-open') as HTMLButtonElement).disabled).toBe(true);
  });
});
