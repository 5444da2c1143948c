// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { click, demoSnapshot, fill, ok, renderApp, type Rendered } from '../../testing/render.tsx';

describe('pairing', () => {
  let app: Rendered;
  afterEach(() => app.unmount());

  it('staff screens need no pairing: the passcode is enough', async () => {
    const chair = { token: 'c', role: 'chair', delegateId: null, meetingId: null, expiresAt: '2999-01-01T00:00:00.000Z' };
    app = await renderApp('/console/demo', (socket) => {
      socket.answers.set('meeting.open', () => ({ ok: false, code: 'not_paired', message: 'pair first' }));
      socket.answers.set('session.signIn', () => {
        socket.answers.set('meeting.open', () => ok({ mode: 'snapshot', snapshot: demoSnapshot(2, 'open') }));
        return ok(chair);
      });
    });
    expect(app.all('pairing-form')).toHaveLength(0);
    await fill(app.get('signin-passcode'), 'secret');
    await click(app.get('signin-submit'));
    expect(app.all('pairing-form')).toHaveLength(0);
    expect(app.get('current-item').dataset.itemId).toBe('open');
  });
});
