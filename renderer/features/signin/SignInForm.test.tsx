// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { click, demoSnapshot, fill, ok, renderApp, type Rendered } from '../../testing/render.tsx';

const chair = { token: 'chair-token', role: 'chair', delegateId: null, meetingId: null, expiresAt: '2999-01-01T00:00:00.000Z' };

describe('staff sign-in', () => {
  let app: Rendered;
  afterEach(() => app.unmount());

  const script = (socket: Rendered['socket']) => {
    socket.answers.set('meeting.open', () => ok({ mode: 'snapshot', snapshot: demoSnapshot(3, null) }));
    socket.answers.set('session.signIn', () => ok(chair));
    socket.answers.set('session.resume', () => ok(chair));
    socket.answers.set('session.signOut', () => ok({}));
  };

  it('asks for the credential only: the hub says which role it is for', async () => {
    app = await renderApp('/console/demo', script);
    await fill(app.get('signin-passcode'), '1111-2222-3333');
    await click(app.get('signin-submit'));
    expect(app.socket.sent.find((s) => s.name === 'session.signIn')?.input).toEqual({ passcode: '1111-2222-3333' });
    expect(app.get('session-badge').dataset.role).toBe('chair');
    expect(app.all('signin-form')).toHaveLength(0);
  });

  it('on another role’s screen, says whose credential it is and offers that screen or another credential', async () => {
    app = await renderApp('/secretariat/demo', script, { language: 'en' });
    await fill(app.get('signin-passcode'), '1111-2222-3333');
    await click(app.get('signin-submit'));
    const notice = app.get('signin-wrong-role');
    expect(notice.dataset.role).toBe('chair');
    expect(notice.textContent).toContain('This credential is for the Chair, not the Secretariat.');
    expect(app.get('signin-go-role').getAttribute('href')).toBe('/console/demo');
    // Kept under its own role, so the chair's screen opens without asking again.
    expect(app.storage.getItem('roundtable.sessions')).toContain('chair-token');
    await click(app.get('signin-another'));
    expect(app.socket.sentNames()).toContain('session.signOut');
    expect(app.all('signin-wrong-role')).toHaveLength(0);
    expect(app.get('signin-form').dataset.role).toBe('secretariat');
  });

  it('says it in Vietnamese too', async () => {
    app = await renderApp('/checkin/demo', script);
    await fill(app.get('signin-passcode'), '1111-2222-3333');
    await click(app.get('signin-submit'));
    expect(app.get('signin-wrong-role').textContent).toContain('Mã này dành cho Chủ tọa, không phải cho Bàn điểm danh.');
    expect(app.get('signin-go-role').getAttribute('href')).toBe('/console/demo');
  });
});
