// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { click, demoSnapshot, fill, ok, renderApp, type Rendered } from '../../testing/render.tsx';

const session = { token: 'sec-token', role: 'secretariat', expiresAt: '2999-01-01T00:00:00.000Z' };
const stored = { 'roundtable.sessions': JSON.stringify({ secretariat: session }) };

describe('secretariat', () => {
  let app: Rendered;
  afterEach(() => app.unmount());

  const script = (socket: Rendered['socket']) => {
    socket.answers.set('meeting.open', () => ok({ mode: 'snapshot', snapshot: demoSnapshot(3, null) }));
    socket.answers.set('session.resume', () => ok(session));
  };

  it('sends agenda.move for the arrow buttons and shows a refusal inside the row', async () => {
    app = await renderApp('/secretariat/demo', (socket) => {
      script(socket);
      socket.answers.set('agenda.move', () => ({ ok: false, code: 'conflict', message: 'An item cannot move under itself.' }));
    }, { stored });
    const close = app.all('agenda-item').find((e) => e.dataset.itemId === 'close')!;
    await click(close.querySelector('[data-testid="move-indent"]')!);
    expect(app.socket.sent.at(-1)).toEqual({ name: 'agenda.move', input: { meetingId: 'demo', itemId: 'close', parentId: 'report', position: 2 } });
    const error = close.querySelector<HTMLElement>('[data-testid="item-error"]');
    expect(error?.dataset.code).toBe('conflict');
    expect(error?.textContent).toContain('An item cannot move under itself.');
  });

  it('adds an agenda item and reports the hub’s field issues under the form', async () => {
    app = await renderApp('/secretariat/demo', (socket) => {
      script(socket);
      socket.answers.set('agenda.add', () => ({
        ok: false,
        code: 'bad_request',
        message: 'Invalid payload',
        issues: [{ path: 'title', message: 'must not be empty' }],
      }));
    }, { stored });
    const form = app.get('add-item-form');
    await fill(form.querySelector('[data-testid="item-title-input"]')!, 'Biểu quyết');
    await click(form.querySelector('[data-testid="add-item-form-submit"]')!);
    expect(app.socket.sent.at(-1)?.input).toMatchObject({ meetingId: 'demo', parentId: null, title: 'Biểu quyết' });
    expect(app.get('add-item-form-error').textContent).toContain('title: must not be empty');
  });

  it('lists and filters delegates without accents', async () => {
    app = await renderApp('/secretariat/demo?tab=delegates', script, { stored });
    expect(app.all('delegate-row')).toHaveLength(2);
    await fill(app.get('delegate-filter'), 'tran thi');
    expect(app.all('delegate-row').map((r) => r.dataset.delegateId)).toEqual(['p2']);
  });
});
