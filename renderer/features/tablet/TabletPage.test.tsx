// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { click, currentChange, demoSnapshot, ok, push, renderApp, type Rendered } from '../../testing/render.tsx';

describe('tablet', () => {
  let app: Rendered;
  afterEach(() => app.unmount());

  const snapshot = demoSnapshot(4, 'open');
  const open = () =>
    renderApp('/tablet/demo', (socket) => socket.answers.set('meeting.open', () => ok({ mode: 'snapshot', snapshot })));

  it('shows the meeting, the numbered agenda and the current item', async () => {
    app = await open();
    expect(app.get('meeting-title').textContent).toBe('Phiên họp thường kỳ');
    expect(app.all('agenda-item').map((e) => e.dataset.number)).toEqual(['1', '2', '2.1', '2.2', '3']);
    expect(app.get('current-item').dataset.itemId).toBe('open');
    expect(app.get('current-item-title').textContent).toBe('Khai mạc');
    expect(app.get('connection-badge').dataset.status).toBe('connected');
  });

  it('follows the chair, even after the delegate browsed to another item', async () => {
    app = await open();
    const reportA = app.all('agenda-item').find((e) => e.dataset.itemId === 'report-a')!;
    await click(reportA.querySelector('button')!);
    expect(app.get('selected-item').dataset.itemId).toBe('report-a');
    expect(app.get('document-item').textContent).toContain('Báo cáo số 215');
    expect(app.get('document-item').textContent).toContain('3 trang');
    expect(app.all('show-current')).toHaveLength(1);

    await push(app.socket, 'meeting.changed', currentChange(5, snapshot, 'close'));
    expect(app.get('current-item').dataset.itemId).toBe('close');
    expect(app.get('current-item-title').textContent).toBe('Bế mạc');
    expect(app.get('selected-item').dataset.itemId).toBe('close');
    expect(app.all('show-current')).toHaveLength(0);
  });
});
