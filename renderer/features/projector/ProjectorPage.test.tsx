// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { click, demoSnapshot, fill, ok, push, renderApp, type Rendered } from '../../testing/render.tsx';

const present = (id: string) => ({ id, status: 'present', checkedInAt: '2026-11-23T01:00:00.000Z', checkedOutAt: null });
const projector = { token: 'p', role: 'projector', delegateId: null, meetingId: null, expiresAt: '2999-01-01T00:00:00.000Z' };
const signedIn = { 'roundtable.sessions': JSON.stringify({ projector }) };

describe('projector', () => {
  let app: Rendered;
  afterEach(() => app.unmount());

  it('asks for the projector’s own credential, not a tablet’s pairing, once: then shows the meeting', async () => {
    app = await renderApp('/projector/demo', (socket) => {
      socket.answers.set('meeting.open', () => ({ ok: false, code: 'not_paired', message: 'pair first' }));
      socket.answers.set('session.signIn', () => {
        socket.answers.set('meeting.open', () => ok({ mode: 'snapshot', snapshot: demoSnapshot(2, 'open') }));
        return ok(projector);
      });
    });
    expect(app.all('pairing-form')).toHaveLength(0);
    expect(app.get('signin-form').dataset.role).toBe('projector');
    expect(app.get('signin-form').textContent).toContain('Nhập mã Ban thư ký cấp cho màn hình chiếu');
    await fill(app.get('signin-passcode'), '1234-5678-9012');
    await click(app.get('signin-submit'));
    expect(app.socket.sent.find((s) => s.name === 'session.signIn')?.input).toEqual({ passcode: '1234-5678-9012' });
    expect(app.get('meeting-title').textContent).toBe('Phiên họp thường kỳ');
    // Kept for the next reload: the screen resumes it without asking.
    expect(JSON.parse(app.storage.getItem('roundtable.sessions') ?? '{}')).toMatchObject({ projector: { token: 'p' } });
  });

  it('shows attendance and the quorum in one line, live', async () => {
    const snapshot = { ...demoSnapshot(1, 'report'), attendance: [present('p1')] as ReturnType<typeof demoSnapshot>['attendance'] };
    app = await renderApp(
      '/projector/demo',
      (socket) => {
        socket.answers.set('session.resume', () => ok(projector));
        socket.answers.set('meeting.open', () => ok({ mode: 'snapshot', snapshot }));
      },
      { stored: signedIn },
    );
    expect(app.socket.sentNames()).toContain('session.resume');
    const line = () => app.get('projector-attendance');
    expect(line().textContent).toBe('Có mặt 1/2·Chưa đủ số lượng (cần 2)');
    expect(line().dataset.reached).toBe('false');
    await push(app.socket, 'meeting.changed', { meetingId: 'demo', fromRevision: 2, revision: 2, changes: [{ collection: 'attendance', id: 'p2', value: present('p2') }] });
    expect(line().textContent).toBe('Có mặt 2/2·Đủ số lượng');
    expect(line().dataset).toMatchObject({ present: '2', members: '2', reached: 'true' });
  });
});
