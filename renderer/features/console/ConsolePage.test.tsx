// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { click, currentChange, demoSnapshot, fill, ok, push, renderApp, settle, type Rendered } from '../../testing/render.tsx';

const session = { token: 'chair-token', role: 'chair', expiresAt: '2999-01-01T00:00:00.000Z' };

describe('chair console', () => {
  let app: Rendered;
  afterEach(() => app.unmount());

  const snapshot = demoSnapshot(7, 'report');
  const script = (socket: Rendered['socket']) => {
    socket.answers.set('meeting.open', () => ok({ mode: 'snapshot', snapshot }));
    socket.answers.set('session.signIn', (input) =>
      (input as { passcode: string }).passcode === 'right'
        ? ok(session)
        : { ok: false, code: 'bad_passcode', message: 'That passcode is not right.' },
    );
    socket.answers.set('session.resume', () => ok(session));
  };

  async function signIn(): Promise<void> {
    await fill(app.get('signin-passcode'), 'right');
    await click(app.get('signin-submit'));
  }

  it('asks for the passcode, says when it is wrong, then opens the console', async () => {
    app = await renderApp('/console/demo', script);
    expect(app.get('signin-form').dataset.role).toBe('chair');
    await fill(app.get('signin-passcode'), 'wrong');
    await click(app.get('signin-submit'));
    expect(app.get('signin-error').dataset.code).toBe('bad_passcode');
    expect(app.get('signin-error').textContent).toContain('Mã truy cập không đúng');
    await signIn();
    expect(app.get('current-item-title').textContent).toBe('Báo cáo');
    expect(app.get('current-item-number').textContent).toBe('2');
    expect(app.get('delegate-count').dataset.count).toBe('2');
    expect(app.get('session-badge').dataset.role).toBe('chair');
    expect(app.storage.getItem('roundtable.sessions')).toContain('chair-token');
  });

  it('resumes a kept session without asking again', async () => {
    app = await renderApp('/console/demo', script, { stored: { 'roundtable.sessions': JSON.stringify({ chair: session }) } });
    expect(app.socket.sentNames()).toContain('session.resume');
    expect(app.all('signin-form')).toHaveLength(0);
    expect(app.get('current-item-title').textContent).toBe('Báo cáo');
  });

  it('moves the room with next / previous and by clicking an item', async () => {
    app = await renderApp('/console/demo', (socket) => {
      script(socket);
      socket.answers.set('agenda.setCurrent', () => ok({}, 8));
    });
    await signIn();
    await click(app.get('next-item'));
    expect(app.socket.sent.filter((s) => s.name === 'agenda.setCurrent').at(-1)?.input).toEqual({ meetingId: 'demo', itemId: 'report-a' });
    await click(app.get('previous-item'));
    expect(app.socket.sent.filter((s) => s.name === 'agenda.setCurrent').at(-1)?.input).toEqual({ meetingId: 'demo', itemId: 'open' });
    const last = app.all('agenda-item').find((e) => e.dataset.itemId === 'close')!;
    await click(last.querySelector('[data-testid="agenda-item-button"]')!);
    expect(app.socket.sent.filter((s) => s.name === 'agenda.setCurrent').at(-1)?.input).toEqual({ meetingId: 'demo', itemId: 'close' });
  });

  it('follows PageDown from a presentation clicker', async () => {
    app = await renderApp('/console/demo', script);
    await signIn();
    await act(async () => window.dispatchEvent(new KeyboardEvent('keydown', { key: 'PageDown' })));
    await settle();
    expect(app.socket.sent.filter((s) => s.name === 'agenda.setCurrent').at(-1)?.input).toEqual({ meetingId: 'demo', itemId: 'report-a' });
  });

  it('counts attendance and the quorum live, lists who is absent and lets the chair correct it', async () => {
    const present = (id: string) => ({ collection: 'attendance', id, value: { id, status: 'present', checkedInAt: '2026-11-23T01:00:00.000Z', checkedOutAt: null } });
    app = await renderApp('/console/demo', (socket) => {
      script(socket);
      socket.answers.set('attendance.set', () => ok({}, 9));
    });
    await signIn();
    const card = () => app.get('attendance-card');
    expect(card().dataset).toMatchObject({ present: '0', members: '2', reached: 'false' });
    expect(app.get('quorum-status').textContent).toBe('Chưa đủ số lượng đại biểu: 0/2 (cần 2, còn thiếu 2)');
    await push(app.socket, 'meeting.changed', { meetingId: 'demo', fromRevision: 8, revision: 8, changes: [present('p1'), present('p2')] });
    expect(card().dataset).toMatchObject({ present: '2', members: '2', reached: 'true' });
    expect(app.get('quorum-status').textContent).toBe('Đủ số lượng đại biểu: 2/2 (cần 2)');

    await click(app.get('attendance-toggle'));
    expect(app.all('attendance-row')).toHaveLength(0);
    await click(app.get('attendance-filter-present'));
    const row = app.all('attendance-row').find((r) => r.dataset.delegateId === 'p2')!;
    await click(row.querySelector('[data-testid="set-excused"]')!);
    expect(app.socket.sent.at(-1)).toEqual({ name: 'attendance.set', input: { meetingId: 'demo', delegateId: 'p2', status: 'excused' } });
  });

  it('shows a refused command next to the buttons, and the new item once the hub pushes it', async () => {
    app = await renderApp('/console/demo', (socket) => {
      script(socket);
      socket.answers.set('agenda.setCurrent', () => ({ ok: false, code: 'forbidden', message: 'The guest role may not send agenda.setCurrent.' }));
    });
    await signIn();
    await click(app.get('next-item'));
    expect(app.get('console-error').dataset.code).toBe('forbidden');
    app.socket.answers.set('agenda.setCurrent', () => ok({}, 8));
    await click(app.get('next-item'));
    expect(app.all('console-error')).toHaveLength(0);
    await push(app.socket, 'meeting.changed', currentChange(8, snapshot, 'report-a'));
    expect(app.get('current-item-title').textContent).toBe('Báo cáo của UBND');
    expect(app.get('documents').textContent).toContain('Báo cáo số 215');
  });
});
