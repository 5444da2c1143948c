// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { demoSnapshot, ok, push, renderApp, type Rendered } from '../../testing/render.tsx';

const present = (id: string) => ({ id, status: 'present', checkedInAt: '2026-11-23T01:00:00.000Z', checkedOutAt: null });

describe('projector', () => {
  let app: Rendered;
  afterEach(() => app.unmount());

  it('shows attendance and the quorum in one line, live', async () => {
    const snapshot = { ...demoSnapshot(1, 'report'), attendance: [present('p1')] as ReturnType<typeof demoSnapshot>['attendance'] };
    app = await renderApp('/projector/demo', (socket) => {
      socket.answers.set('meeting.open', () => ok({ mode: 'snapshot', snapshot }));
    });
    const line = () => app.get('projector-attendance');
    expect(line().textContent).toBe('Có mặt 1/2·Chưa đủ số lượng (cần 2)');
    expect(line().dataset.reached).toBe('false');
    await push(app.socket, 'meeting.changed', { meetingId: 'demo', fromRevision: 2, revision: 2, changes: [{ collection: 'attendance', id: 'p2', value: present('p2') }] });
    expect(line().textContent).toBe('Có mặt 2/2·Đủ số lượng');
    expect(line().dataset).toMatchObject({ present: '2', members: '2', reached: 'true' });
  });
});
