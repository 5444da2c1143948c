// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { click, demoSnapshot, ok, renderApp, type Rendered } from '../../testing/render.tsx';

const session = { token: 'sec-token', role: 'secretariat', expiresAt: '2999-01-01T00:00:00.000Z' };
const stored = { 'roundtable.sessions': JSON.stringify({ secretariat: session }) };

describe('the agenda editor', () => {
  let app: Rendered;
  afterEach(() => app.unmount());

  const open = (socket: Rendered['socket']) => {
    socket.answers.set('meeting.open', () => ok({ mode: 'snapshot', snapshot: demoSnapshot(3, null) }));
    socket.answers.set('session.resume', () => ok(session));
  };

  it('puts the cursor in the title of the form "add sub-item" and "edit" open, and nowhere on the page by itself', async () => {
    app = await renderApp('/secretariat/demo', open, { stored });
    expect(document.activeElement?.getAttribute('data-testid')).not.toBe('item-title-input');
    const row = app.all('agenda-item').find((e) => e.dataset.itemId === 'report')!;

    await click(row.querySelector('[data-testid="add-child"]')!);
    const child = row.querySelector('[data-testid="add-child-form"] [data-testid="item-title-input"]');
    expect(child).not.toBeNull();
    expect(document.activeElement).toBe(child);

    await click(row.querySelector('[data-testid="edit-item"]')!);
    expect(document.activeElement).toBe(row.querySelector('[data-testid="edit-item-form"] [data-testid="item-title-input"]'));
  });
});
