// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { gridLayout } from '../../../shared/domain/hall.ts';
import { demoSnapshot, ok, push, renderApp, type Rendered } from '../../testing/render.tsx';

const chair = { token: 'chair-token', role: 'chair', delegateId: null, meetingId: null, expiresAt: '2999-01-01T00:00:00.000Z' };

describe("the chair's seat map, when the secretariat lays the hall out on its own screen", () => {
  let app: Rendered;
  afterEach(() => app.unmount());

  const seatsShown = () => app.get('seat-canvas').getAttribute('aria-label');

  it('draws the pushed layout at once (hall.changed), without asking again, and each newer one after it', async () => {
    let asked = 0;
    app = await renderApp(
      '/console/demo/seats',
      (socket) => {
        socket.answers.set('session.resume', () => ok(chair));
        socket.answers.set('meeting.open', () => ok({ mode: 'snapshot', snapshot: demoSnapshot(3) }));
        socket.answers.set('hall.get', () => {
          asked += 1;
          return ok({ layout: null, updatedAt: null });
        });
      },
      { stored: { 'roundtable.sessions': JSON.stringify({ chair }) } },
    );
    expect(app.get('seat-map-none')).toBeTruthy();

    await push(app.socket, 'hall.changed', { layout: gridLayout({ blocks: 2, rows: 3, seatsPerRow: 4 }), updatedAt: '2026-12-07T05:00:00.000Z' });
    expect(seatsShown()).toMatch(/^Sơ đồ hội trường: 24 ghế/);

    await push(app.socket, 'hall.changed', { layout: gridLayout({ blocks: 1, rows: 2, seatsPerRow: 5 }), updatedAt: '2026-12-07T05:01:00.000Z' });
    expect(seatsShown()).toMatch(/^Sơ đồ hội trường: 10 ghế/);
    expect(asked).toBe(1);
  });
});
