// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { captureLinks, ticketFetch } from '../../testing/links.ts';
import { click, demoSnapshot, fill, ok, renderApp, type Rendered } from '../../testing/render.tsx';

const session = { token: 'sec-token', role: 'secretariat', expiresAt: '2999-01-01T00:00:00.000Z' };
const stored = { 'roundtable.sessions': JSON.stringify({ secretariat: session }) };

describe('secretariat', () => {
  let app: Rendered;
  afterEach(() => app.unmount());

  const script = (socket: Rendered['socket']) => {
    socket.answers.set('meeting.open', () => ok({ mode: 'snapshot', snapshot: demoSnapshot(3, null) }));
    socket.answers.set('session.resume', () => ok(session));
  };

  it('sends agenda.move for the arrow buttons and shows a refusal inside the row', async () => {
    app = await renderApp('/secretariat/demo', (socket) => {
      script(socket);
      socket.answers.set('agenda.move', () => ({ ok: false, code: 'conflict', reason: 'item_under_itself', message: 'An item cannot move under itself.' }));
    }, { stored });
    const close = app.all('agenda-item').find((e) => e.dataset.itemId === 'close')!;
    await click(close.querySelector('[data-testid="move-indent"]')!);
    expect(app.socket.sent.at(-1)).toEqual({ name: 'agenda.move', input: { meetingId: 'demo', itemId: 'close', parentId: 'report', position: 2 } });
    const error = close.querySelector<HTMLElement>('[data-testid="item-error"]');
    expect(error?.dataset.code).toBe('conflict');
    expect(error?.textContent).toBe('Không thể chuyển một mục vào trong chính nó hoặc mục con của nó.');
  });

  it('adds an agenda item and reports the hub’s field issues under the form', async () => {
    app = await renderApp('/secretariat/demo', (socket) => {
      script(socket);
      socket.answers.set('agenda.add', () => ({
        ok: false,
        code: 'bad_request',
        message: 'Invalid payload',
        issues: [{ path: 'title', message: 'must not be empty' }],
      }));
    }, { stored });
    const form = app.get('add-item-form');
    await fill(form.querySelector('[data-testid="item-title-input"]')!, 'Biểu quyết');
    await click(form.querySelector('[data-testid="add-item-form-submit"]')!);
    expect(app.socket.sent.at(-1)?.input).toMatchObject({ meetingId: 'demo', parentId: null, title: 'Biểu quyết' });
    // The fields named, not the hub's English sentence about them.
    expect(app.get('add-item-form-error').textContent).toBe('Dữ liệu chưa hợp lệ.Cần sửa: title');
  });

  it('lists and filters delegates without accents', async () => {
    app = await renderApp('/secretariat/demo?tab=delegates', script, { stored });
    expect(app.all('delegate-row')).toHaveLength(2);
    await fill(app.get('delegate-filter'), 'tran thi');
    expect(app.all('delegate-row').map((r) => r.dataset.delegateId)).toEqual(['p2']);
  });

  it('sets the quorum rule on the details tab: a fixed number, sent as meeting.update', async () => {
    app = await renderApp('/secretariat/demo?tab=details', (socket) => {
      script(socket);
      socket.answers.set('meeting.update', () => ok({}, 4));
    }, { stored });
    expect((app.get('quorum-majority') as HTMLInputElement).checked).toBe(true);
    expect(app.get('quorum-needs').textContent).toContain('cần ít nhất 2 người');
    await click(app.get('quorum-fixed'));
    await fill(app.get('quorum-count'), '0');
    expect((app.get('meeting-details-save') as HTMLButtonElement).disabled).toBe(true);
    await fill(app.get('quorum-count'), '1');
    expect(app.get('quorum-needs').textContent).toContain('cần ít nhất 1 người');
    await click(app.get('meeting-details-save'));
    expect(app.socket.sent.at(-1)).toEqual({ name: 'meeting.update', input: { meetingId: 'demo', quorumRule: { kind: 'fixed', count: 1 } } });
    await click(app.get('quorum-twoThirds'));
    await click(app.get('meeting-details-save'));
    expect(app.socket.sent.at(-1)?.input).toEqual({ meetingId: 'demo', quorumRule: { kind: 'twoThirds' } });
  });

  it('prints the badge sheet through a one-time link, issuing the missing badges first, and shows each delegate’s badge serial', async () => {
    const links = captureLinks();
    const hub = ticketFetch();
    const snapshot = demoSnapshot(3, null);
    snapshot.delegates[1] = { ...snapshot.delegates[1]!, badgeSerial: 0 };
    try {
      app = await renderApp('/secretariat/demo?tab=delegates', (socket) => {
        socket.answers.set('meeting.open', () => ok({ mode: 'snapshot', snapshot }));
        socket.answers.set('session.resume', () => ok(session));
        socket.answers.set('badge.issueMissing', () => ok({ issued: 1 }, 4));
      }, { stored, fetch: hub.fetch });
      const serials = Object.fromEntries(app.all('badge-serial').map((cell) => [cell.closest('tr')!.dataset.delegateId, cell.textContent]));
      expect(serials).toEqual({ p1: 'Số 1', p2: 'Chưa cấp' });
      // No token anywhere in the page: the link is asked for on the click.
      expect(app.get('print-badges').getAttribute('href')).toBeNull();
      await click(app.get('print-badges'));
      expect(app.socket.sent.at(-1)).toEqual({ name: 'badge.issueMissing', input: { meetingId: 'demo' } });
      expect(hub.requests).toEqual([
        { url: 'http://hub.test/api/tickets', headers: expect.objectContaining({ Authorization: 'Bearer sec-token' }), body: { path: '/api/meetings/demo/badges.pdf' } },
      ]);
      expect(links.opened).toEqual([{ href: 'http://hub.test/api/meetings/demo/badges.pdf?ticket=t-1', download: 'badges-demo.pdf', target: '' }]);
    } finally {
      links.stop();
    }
  });

  it('says why the badge sheet cannot be printed, and opens nothing', async () => {
    const links = captureLinks();
    const hub = ticketFetch();
    const snapshot = demoSnapshot(3, null);
    snapshot.delegates[0] = { ...snapshot.delegates[0]!, badgeSerial: 0 };
    try {
      app = await renderApp('/secretariat/demo?tab=delegates', (socket) => {
        socket.answers.set('meeting.open', () => ok({ mode: 'snapshot', snapshot }));
        socket.answers.set('session.resume', () => ok(session));
        socket.answers.set('badge.issueMissing', () => ({ ok: false, code: 'conflict', message: 'This meeting is closed.' }));
      }, { stored, fetch: hub.fetch });
      await click(app.get('print-badges'));
      expect(app.get('print-badges-error').dataset.code).toBe('conflict');
      expect(hub.requests).toEqual([]);
      expect(links.opened).toEqual([]);
    } finally {
      links.stop();
    }
  });

  it('lists the devices, unpairs one after asking, and makes a new pairing code', async () => {
    const device = (id: string, extra: object) => ({
      id,
      name: `Máy tính bảng ${id}`,
      firstSeenAt: '2026-11-23T01:00:00.000Z',
      lastSeenAt: '2026-11-23T01:30:00.000Z',
      lastAddress: '::ffff:192.168.1.23',
      pairedAt: '2026-11-23T01:01:00.000Z',
      revokedAt: null,
      online: false,
      role: null,
      delegateName: null,
      ...extra,
    });
    app = await renderApp('/secretariat/demo?tab=devices', (socket) => {
      script(socket);
      socket.answers.set('device.list', () =>
        ok({ devices: [device('a07', {}), device('a08', { online: true, role: 'delegate', delegateName: 'Nguyễn Văn Hùng' })] }),
      );
      socket.answers.set('device.revoke', () => ok({}));
      socket.answers.set('pairing.get', () => ok({ code: '482913', urls: ['http://192.168.1.10:4010'] }));
      socket.answers.set('pairing.rotate', () => ok({ code: '905118' }));
    }, { stored });
    const rows = app.all('device-row');
    expect(rows.map((r) => r.dataset.deviceId)).toEqual(['a08', 'a07']); // online first
    expect(rows[0]!.textContent).toContain('Nguyễn Văn Hùng');
    expect(rows[1]!.textContent).toContain('192.168.1.23');
    expect(rows[1]!.textContent).not.toContain('::ffff:');
    expect(app.get('pairing-code').textContent).toBe('482 913');

    await click(rows[1]!.querySelector('[data-testid="device-revoke"]')!);
    expect(app.socket.sentNames()).not.toContain('device.revoke');
    await click(app.get('device-revoke-confirm'));
    expect(app.socket.sent.find((s) => s.name === 'device.revoke')?.input).toEqual({ deviceId: 'a07' });

    await click(app.get('pairing-rotate'));
    expect(app.get('pairing-code').textContent).toBe('905 118');
  });
});
