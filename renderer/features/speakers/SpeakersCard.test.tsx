// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { Speech } from '../../../shared/protocol/index.ts';
import { click, DELEGATE_SESSION, demoSnapshot, ok, PAIRED_DELEGATE, push, renderApp, type Rendered } from '../../testing/render.tsx';

const session = { token: 'chair-token', role: 'chair', expiresAt: '2999-01-01T00:00:00.000Z' };
const ago = (seconds: number) => new Date(Date.now() - seconds * 1000).toISOString();

const speech = (id: string, delegateId: string, name: string, over: Partial<Speech> = {}): Speech => ({
  id,
  delegateId,
  name,
  seat: 'A1',
  itemId: 'report',
  kind: 'speech',
  status: 'waiting',
  position: 0,
  requestedAt: ago(90),
  requestedBy: 'delegate',
  startedAt: null,
  endedAt: null,
  limitSeconds: null,
  ...over,
});

const floor = [
  speech('s-speaking', 'p9', 'Lê Văn Nói', { status: 'speaking', position: null, startedAt: ago(50), limitSeconds: 60 }),
  speech('s-b', 'p2', 'Trần Thị Bình', { position: 1, requestedAt: ago(65) }),
  speech('s-order', 'p3', 'Phạm Văn Chí', { kind: 'pointOfOrder', position: 0, requestedBy: 'secretariat', requestedAt: ago(5) }),
  speech('s-a', 'p1', 'Nguyễn Văn An', { position: 2, requestedAt: ago(60) }),
];

describe('the speaker queue on the chair\'s console', () => {
  let app: Rendered;
  afterEach(() => app.unmount());

  it('lists who waits in queue order, a point of order marked in words, with how long each has waited, and gives the floor', async () => {
    const snapshot = { ...demoSnapshot(3, 'report'), speeches: floor };
    app = await renderApp('/console/demo', (socket) => {
      socket.answers.set('session.resume', () => ok(session));
      socket.answers.set('meeting.open', () => ok({ mode: 'snapshot', snapshot }));
      socket.answers.set('speakers.give', () => ok({ speechId: 's-order' }, 4));
      socket.answers.set('speakers.move', () => ok({}, 5));
    }, { stored: { 'roundtable.sessions': JSON.stringify({ chair: session }) } });
    const rows = app.all('queue-row');
    expect(rows.map((r) => r.dataset.speechId)).toEqual(['s-order', 's-b', 's-a']);
    expect(rows[0]!.textContent).toContain('Kiến nghị thủ tục');
    expect(rows[0]!.textContent).toContain('Thư ký đăng ký thay');
    expect(rows[1]!.textContent).toMatch(/chờ 1:[01]\d/);
    expect(app.get('now-speaking').textContent).toContain('Lê Văn Nói');
    // 50 s of a 60 s limit: the warning (the last 12 s).
    expect(app.get('speaker-countdown').dataset.phase).toBe('warning');

    await click(app.get('give-next'));
    expect(app.socket.sent.at(-1)).toEqual({ name: 'speakers.give', input: { meetingId: 'demo' } });
    await click(app.all('queue-down')[1]!);
    expect(app.socket.sent.at(-1)).toEqual({ name: 'speakers.move', input: { meetingId: 'demo', speechId: 's-b', position: 2 } });
  });
});

describe('asking to speak on the tablet', () => {
  let app: Rendered;
  afterEach(() => app.unmount());

  it('asks, shows the place in the queue as the hub pushes it, and the time left once given the floor', async () => {
    const snapshot = { ...demoSnapshot(3, 'report'), speeches: [speech('s-b', 'p2', 'Trần Thị Bình')] };
    app = await renderApp('/tablet/demo', (socket) => {
      socket.answers.set('session.resume', () => ok(DELEGATE_SESSION));
      socket.answers.set('meeting.open', () => ok({ mode: 'snapshot', snapshot }));
      socket.answers.set('speakers.ask', () => ok({ speechId: 's-mine' }, 4));
    }, { stored: PAIRED_DELEGATE });
    expect(app.get('ask-to-speak').dataset.state).toBe('idle');
    await click(app.get('ask-speech'));
    expect(app.socket.sent.at(-1)).toEqual({ name: 'speakers.ask', input: { meetingId: 'demo', kind: 'speech' } });
    const mine = speech('s-mine', DELEGATE_SESSION.delegateId, 'Nguyễn Văn An', { position: 1 });
    await push(app.socket, 'meeting.changed', { meetingId: 'demo', fromRevision: 4, revision: 4, changes: [{ collection: 'speech', id: 's-mine', value: mine }] });
    expect(app.get('my-place-speech').dataset.place).toBe('2');
    await push(app.socket, 'meeting.changed', {
      meetingId: 'demo',
      fromRevision: 5,
      revision: 5,
      changes: [{ collection: 'speech', id: 's-mine', value: { ...mine, status: 'speaking', position: null, startedAt: ago(1), limitSeconds: 120 } }],
    });
    expect(app.get('ask-to-speak').dataset.state).toBe('speaking');
    expect(Number(app.get('speaker-countdown').dataset.seconds)).toBeGreaterThan(115);
  });
});
