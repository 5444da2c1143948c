// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { captureLinks, ticketFetch } from '../../testing/links.ts';
import { click, demoSnapshot, ok, renderApp, type Rendered } from '../../testing/render.tsx';

const session = { token: 'chair-token', role: 'chair', expiresAt: '2999-01-01T00:00:00.000Z' };
const stored = { 'roundtable.sessions': JSON.stringify({ chair: session }) };

describe('the chair ends the meeting', () => {
  let app: Rendered;
  afterEach(() => app.unmount());

  it('after a question, and shows the hub’s refusal while a vote is open', async () => {
    app = await renderApp('/console/demo', (socket) => {
      socket.answers.set('meeting.open', () => ok({ mode: 'snapshot', snapshot: demoSnapshot(3, null) }));
      socket.answers.set('session.resume', () => ok(session));
      socket.answers.set('meeting.end', () => ({ ok: false, code: 'conflict', reason: 'vote_still_open', message: 'A vote is still open: close it before ending the meeting.' }));
    }, { stored });
    await click(app.get('end-meeting'));
    expect(app.get('end-meeting-confirm-panel').textContent).toContain('Kết thúc “Phiên họp thường kỳ”?');
    await click(app.get('end-meeting-confirm'));
    expect(app.socket.sent.at(-1)).toEqual({ name: 'meeting.end', input: { meetingId: 'demo' } });
    expect(app.get('end-meeting-error').textContent).toBe('Một biểu quyết hoặc bầu cử vẫn đang mở: hãy kết thúc biểu quyết trước khi kết thúc cuộc họp.');
  });

  it('once ended, the minutes are one tap away, by one-time link', async () => {
    const links = captureLinks();
    const hub = ticketFetch();
    const snapshot = demoSnapshot(3, null);
    snapshot.meeting = { ...snapshot.meeting, status: 'closed' };
    try {
      app = await renderApp('/console/demo', (socket) => {
        socket.answers.set('meeting.open', () => ok({ mode: 'snapshot', snapshot }));
        socket.answers.set('session.resume', () => ok(session));
      }, { stored, fetch: hub.fetch });
      expect(app.all('end-meeting')).toEqual([]);
      await click(app.get('console-minutes'));
      expect(hub.requests.map((r) => r.body)).toEqual([{ path: '/api/meetings/demo/minutes.pdf' }]);
      expect(links.opened[0]?.download).toBe('bien-ban-demo.pdf');
      expect(new URL(links.opened[0]!.href).searchParams.get('lang')).toBe('vi');
    } finally {
      links.stop();
    }
  });
});
