// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { click, demoSnapshot, ok, push, renderApp, settle, type Rendered } from '../../testing/render.tsx';
import { ROOM_QR_REFRESH_MS } from './RoomQrPanel.tsx';

const chair = { token: 'chair-token', role: 'chair', delegateId: null, meetingId: null, expiresAt: '2999-01-01T00:00:00.000Z' };

describe('room QR on the chair console', () => {
  let app: Rendered;
  afterEach(() => {
    app.unmount();
    vi.useRealTimers();
  });

  const open = (pairing: () => unknown) =>
    renderApp(
      '/console/demo',
      (socket) => {
        socket.answers.set('session.resume', () => ok(chair));
        socket.answers.set('meeting.open', () => ok({ mode: 'snapshot', snapshot: demoSnapshot(3) }));
        socket.answers.set('pairing.get', pairing);
      },
      { stored: { 'roundtable.sessions': JSON.stringify({ chair }) } },
    );

  it('shows the QR of the pairing link for this meeting, the code in big digits and the address', async () => {
    app = await open(() => ok({ code: '042517', urls: ['http://192.168.1.10:4010'] }));
    const qr = app.get('room-qr');
    expect(qr.dataset.url).toBe('http://192.168.1.10:4010/pair?code=042517&meeting=demo');
    expect(qr.querySelector('svg path')?.getAttribute('d')).toMatch(/^M\d/);
    expect(app.get('pairing-code').textContent).toBe('042 517');
    expect(app.get('room-qr-url').textContent).toBe('http://192.168.1.10:4010');
  });

  it('offers each address of the hub, and shows them all large for the room', async () => {
    app = await open(() => ok({ code: '042517', urls: ['http://192.168.1.10:4010', 'http://10.0.0.7:4010'] }));
    const choices = app.get('room-qr-panel').querySelectorAll<HTMLButtonElement>('[aria-pressed]');
    expect([...choices].map((c) => c.textContent)).toEqual(['Địa chỉ 1', 'Địa chỉ 2']);
    await click(choices[1]!);
    expect(app.get('room-qr').dataset.url).toBe('http://10.0.0.7:4010/pair?code=042517&meeting=demo');

    await click(app.get('room-qr-enlarge'));
    const overlay = document.querySelector<HTMLElement>('[data-testid="room-qr-overlay"]')!;
    expect([...overlay.querySelectorAll<HTMLElement>('[data-testid="room-qr"]')].map((e) => e.dataset.url)).toEqual([
      'http://192.168.1.10:4010/pair?code=042517&meeting=demo',
      'http://10.0.0.7:4010/pair?code=042517&meeting=demo',
    ]);
    expect(overlay.textContent).toContain('042 517');
    await click(overlay.querySelector('[data-testid="room-qr-close"]')!);
    expect(document.querySelector('[data-testid="room-qr-overlay"]')).toBeNull();
  });

  it('asks again every half minute, so a code the secretariat rotated shows', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    let code = '042517';
    app = await open(() => ok({ code, urls: ['http://192.168.1.10:4010'] }));
    expect(app.get('pairing-code').textContent).toBe('042 517');
    code = '913004';
    await act(async () => void vi.advanceTimersByTime(ROOM_QR_REFRESH_MS));
    await settle();
    expect(app.get('pairing-code').textContent).toBe('913 004');
    expect(app.get('room-qr').dataset.url).toContain('code=913004');
  });

  it('shows a code the hub replaced at once, when told (pairing.changed)', async () => {
    app = await open(() => ok({ code: '042517', urls: ['http://192.168.1.10:4010'] }));
    await push(app.socket, 'pairing.changed', { code: '650211' });
    expect(app.get('pairing-code').textContent).toBe('650 211');
    expect(app.get('room-qr').dataset.url).toContain('code=650211');
  });
});
