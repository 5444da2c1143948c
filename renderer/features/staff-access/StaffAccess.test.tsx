// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { click, demoSnapshot, fill, ok, renderApp, settle, type Rendered } from '../../testing/render.tsx';

const session = { token: 'sec-token', role: 'secretariat', expiresAt: '2999-01-01T00:00:00.000Z' };
const stored = { 'roundtable.sessions': JSON.stringify({ secretariat: session }) };

const chairDesk = {
  id: 'cred-chair',
  role: 'chair',
  label: 'Chủ tọa phiên họp',
  createdAt: '2026-11-23T07:00:00.000Z',
  revokedAt: null,
  lastSignInAt: '2026-11-23T08:00:00.000Z',
  liveSessions: 2,
};

async function choose(select: Element, value: string): Promise<void> {
  await act(async () => {
    Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')?.set?.call(select, value);
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

describe('staff access (secretariat)', () => {
  let app: Rendered;
  afterEach(() => app.unmount());

  const script = (socket: Rendered['socket']) => {
    socket.answers.set('meeting.open', () => ok({ mode: 'snapshot', snapshot: demoSnapshot(3, null) }));
    socket.answers.set('session.resume', () => ok(session));
    socket.answers.set('staff.list', () => ok({ credentials: [chairDesk] }));
    socket.answers.set('security.failures', () =>
      ok({
        failures: [
          {
            kind: 'pairing',
            outcome: 'throttled',
            address: '::ffff:192.168.1.77',
            deviceId: null,
            deviceName: null,
            meetingId: null,
            count: 40,
            firstAt: '2026-11-23T08:01:00.000Z',
            lastAt: '2026-11-23T08:01:50.000Z',
          },
        ],
        lastHour: [
          { kind: 'passcode', wrong: 0 },
          { kind: 'pairing', wrong: 12 },
          { kind: 'badge', wrong: 0 },
        ],
      }),
    );
  };

  it('lists the credentials by role and label, and the failed attempts with their address and count', async () => {
    app = await renderApp('/secretariat/demo?tab=access', script, { stored, language: 'en' });
    const row = app.get('staff-credential');
    expect(row.dataset.role).toBe('chair');
    expect(row.textContent).toContain('Chair');
    expect(row.textContent).toContain('Chủ tọa phiên họp');
    expect(row.textContent).toContain('2 sessions');
    const failure = app.get('failure-row');
    expect(failure.dataset).toMatchObject({ kind: 'pairing', outcome: 'throttled', count: '40' });
    expect(failure.textContent).toContain('192.168.1.77');
    expect(failure.textContent).toContain('Refused (too many tries)');
    expect(app.get('failures-last-hour').textContent).toContain('Pairing code: 12');
  });

  it('issues a credential for a role and label, and shows its secret once, large, until closed', async () => {
    app = await renderApp('/secretariat/demo?tab=access', (socket) => {
      script(socket);
      socket.answers.set('staff.issue', (input) =>
        ok({ credential: { ...chairDesk, id: 'cred-desk', role: 'checkin', label: (input as { label: string }).label, liveSessions: 0, lastSignInAt: null }, secret: '1234-5678-9012' }),
      );
    }, { stored });
    await choose(app.get('staff-role'), 'checkin');
    await fill(app.get('staff-label'), 'Bàn điểm danh cổng A');
    await click(app.get('staff-issue'));
    expect(app.socket.sent.find((s) => s.name === 'staff.issue')?.input).toEqual({ role: 'checkin', label: 'Bàn điểm danh cổng A' });
    expect(app.get('staff-secret-code').textContent).toBe('1234-5678-9012');
    expect(app.get('staff-secret').textContent).toContain('Bàn điểm danh');
    expect(app.get('staff-secret').textContent).toContain('Chỉ hiện một lần');
    await click(app.get('staff-secret-close'));
    expect(app.all('staff-secret')).toHaveLength(0);
  });

  it('revokes a credential only after asking, and says how many sessions ended', async () => {
    app = await renderApp('/secretariat/demo?tab=access', (socket) => {
      script(socket);
      socket.answers.set('staff.revoke', () => ok({ endedSessions: 2 }));
    }, { stored, language: 'en' });
    await click(app.get('staff-revoke'));
    expect(app.socket.sentNames()).not.toContain('staff.revoke');
    expect(app.get('staff-credential').textContent).toContain('Every session signed in with it ends at once');
    await click(app.get('staff-revoke-confirm'));
    expect(app.socket.sent.find((s) => s.name === 'staff.revoke')?.input).toEqual({ credentialId: 'cred-chair' });
    await settle();
    expect(app.get('staff-revoked').dataset.ended).toBe('2');
  });

  it('shows the same panels on the list of meetings', async () => {
    app = await renderApp('/secretariat', (socket) => {
      script(socket);
      socket.answers.set('meeting.list', () => ok({ meetings: [] }));
    }, { stored });
    expect(app.all('staff-access')).toHaveLength(1);
    expect(app.all('failed-attempts')).toHaveLength(1);
  });
});
