// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { demoSnapshot, fill, ok, renderApp, type Rendered } from '../../testing/render.tsx';

const session = { token: 'desk', role: 'checkin', expiresAt: '2999-01-01T00:00:00.000Z' };

describe('check-in desk', () => {
  let app: Rendered;
  afterEach(() => app.unmount());

  it('finds “Nguyễn Văn” from “nguyen van”', async () => {
    app = await renderApp(
      '/checkin/demo',
      (socket) => {
        socket.answers.set('meeting.open', () => ok({ mode: 'snapshot', snapshot: demoSnapshot(1, null) }));
        socket.answers.set('session.resume', () => ok(session));
      },
      { stored: { 'roundtable.sessions': JSON.stringify({ checkin: session }) } },
    );
    expect(app.all('delegate-row')).toHaveLength(2);
    await fill(app.get('checkin-search'), 'nguyen van');
    expect(app.all('delegate-row').map((r) => r.textContent)).toEqual([expect.stringContaining('Nguyễn Văn Hùng')]);
    expect(app.get('checkin-count').textContent).toBe('Hiển thị 1 / 2 đại biểu');
  });
});
