// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { click, demoSnapshot, fill, ok, renderApp, type Rendered } from '../../testing/render.tsx';

const session = { token: 'sec-token', role: 'secretariat', expiresAt: '2999-01-01T00:00:00.000Z' };
const stored = { 'roundtable.sessions': JSON.stringify({ secretariat: session }) };
const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

const device = (id: string, extra: object = {}) => ({
  id,
  name: 'Chrome on Linux',
  label: '',
  seat: '',
  firstSeenAt: minutesAgo(600),
  lastSeenAt: minutesAgo(5),
  lastAddress: '::ffff:192.168.1.23',
  pairedAt: minutesAgo(600),
  revokedAt: null,
  online: false,
  role: null,
  delegateName: null,
  ...extra,
});

describe('the devices tab: tablets the secretariat can tell apart (issue 18.5)', () => {
  let app: Rendered;
  afterEach(() => app.unmount());

  const open = (devices: object[], language?: 'en') =>
    renderApp(
      '/secretariat/demo?tab=devices',
      (socket) => {
        socket.answers.set('session.resume', () => ok(session));
        socket.answers.set('meeting.open', () => ok({ mode: 'snapshot', snapshot: demoSnapshot(3, null) }));
        socket.answers.set('device.list', () => ok({ devices }));
        socket.answers.set('device.label', () => ok({}));
        socket.answers.set('device.revoke', () => ok({}));
        socket.answers.set('pairing.get', () => ok({ code: '482913', urls: ['http://192.168.1.10:4010'] }));
      },
      { stored, ...(language ? { language } : {}) },
    );

  it('calls each device by its name and seat, with who sits there, and says when it was last seen', async () => {
    app = await open([
      device('dev-a', { label: 'Máy 12', seat: 'A01', lastSeenAt: minutesAgo(5) }),
      device('dev-b', { lastSeenAt: minutesAgo(180) }),
    ]);
    const [a, b] = app.all('device-row');
    expect(a!.querySelector('[data-testid="device-title"]')!.textContent).toBe('Máy 12');
    expect(a!.querySelector('[data-testid="device-seat"]')!.textContent).toBe('Ghế A01 · Nguyễn Văn Hùng');
    expect(a!.textContent).toContain('Máy tự báo: Chrome on Linux');
    expect(a!.querySelector('[data-testid="device-last-seen"]')!.textContent).toBe('5 phút trước');
    expect(b!.querySelector('[data-testid="device-title"]')!.textContent).toBe('Chrome on Linux');
    expect(b!.querySelector('[data-testid="device-last-seen"]')!.textContent).toBe('3 giờ trước');
  });

  it('says it in English too', async () => {
    app = await open([device('dev-a', { label: 'Tablet 12', seat: 'A02', lastSeenAt: minutesAgo(5) })], 'en');
    const row = app.get('device-row');
    expect(row.querySelector('[data-testid="device-seat"]')!.textContent).toBe('Seat A02 · Trần Thị Hằng');
    expect(row.querySelector('[data-testid="device-last-seen"]')!.textContent).toBe('5 minutes ago');
  });

  it('names a device and binds it to a seat', async () => {
    app = await open([device('dev-a')]);
    await click(app.get('device-label'));
    await fill(app.get('device-label-input'), 'Máy 7');
    await fill(app.get('device-seat-input'), 'A02');
    expect(app.get('device-label-form').textContent).toContain('Trần Thị Hằng');
    await click(app.get('device-label-save'));
    expect(app.socket.sent.find((s) => s.name === 'device.label')?.input).toEqual({ deviceId: 'dev-a', label: 'Máy 7', seat: 'A02' });
  });

  it('finds a lost tablet by its seat or its user, accents ignored, and unpairs it only after saying what that does', async () => {
    app = await open([
      device('dev-a', { label: 'Máy 12', seat: 'A01' }),
      device('dev-b', { online: true, role: 'delegate', delegateName: 'Trần Thị Hằng' }),
      device('dev-c'),
    ]);
    await fill(app.get('devices-search'), 'nguyen van hung');
    expect(app.all('device-row').map((r) => r.dataset.deviceId)).toEqual(['dev-a']);
    await fill(app.get('devices-search'), 'tran thi');
    expect(app.all('device-row').map((r) => r.dataset.deviceId)).toEqual(['dev-b']);
    await fill(app.get('devices-search'), 'không có');
    expect(app.get('devices-no-match')).toBeTruthy();
    await fill(app.get('devices-search'), 'A01');

    await click(app.get('device-revoke'));
    const question = app.get('device-revoke-question');
    expect(question.getAttribute('role')).toBe('alertdialog');
    expect(question.textContent).toContain('Hủy ghép nối Máy 12?');
    expect(question.textContent).toContain('đăng xuất ngay');
    expect(app.socket.sentNames()).not.toContain('device.revoke');
    await click(app.get('device-revoke-cancel'));
    expect(app.all('device-revoke-question')).toHaveLength(0);
    await click(app.get('device-revoke'));
    await click(app.get('device-revoke-confirm'));
    expect(app.socket.sent.find((s) => s.name === 'device.revoke')?.input).toEqual({ deviceId: 'dev-a' });
  });

  it('shows the meeting id with a copy button, and the address this meeting’s tablets open', async () => {
    app = await open([]);
    expect(app.get('meeting-id-text').textContent).toBe('demo');
    expect(app.get('meeting-id-line').textContent).toContain('/tablet/demo');
    expect(app.get('tablet-address-text').textContent).toBe('http://192.168.1.10:4010/tablet/demo');
    await click(app.get('meeting-id-copy'));
    expect(await navigator.clipboard.readText()).toBe('demo');
    expect(app.get('meeting-id-copy').textContent).toBe('Đã sao chép');
    // No clipboard on a plain http:// page: the address is selected for a manual copy, and the screen says so.
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('not a secure context'));
    await click(app.get('tablet-address-copy'));
    expect(app.get('tablet-address').textContent).toContain('Ctrl+C');
    expect(window.getSelection()?.toString()).toBe('http://192.168.1.10:4010/tablet/demo');
    writeText.mockRestore();
  });
});
