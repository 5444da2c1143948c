// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { PAIRED_DELEGATE, answerResume, click, demoSnapshot, ok, renderApp, type Rendered } from '../../testing/render.tsx';

describe('language switch', () => {
  let app: Rendered;
  afterEach(() => app.unmount());

  it('starts in Vietnamese, switches at run time and remembers the choice', async () => {
    app = await renderApp(
      '/tablet/demo',
      (socket) => {
        answerResume(socket);
        socket.answers.set('meeting.open', () => ok({ mode: 'snapshot', snapshot: demoSnapshot(1, null) }));
      },
      { stored: PAIRED_DELEGATE },
    );
    expect(document.documentElement.lang).toBe('vi');
    expect(app.get('connection-badge').textContent).toBe('Đã kết nối');
    expect(app.get('current-item-title').textContent).toContain('chủ tọa');
    await click(app.get('language-en'));
    expect(app.get('connection-badge').textContent).toBe('Connected');
    expect(app.get('language-en').getAttribute('aria-pressed')).toBe('true');
    expect(app.storage.getItem('roundtable.language')).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });

  it('opens in the language kept on the device', async () => {
    app = await renderApp('/', (socket) => socket.answers.set('meeting.list', () => ok({ meetings: [] })), { language: 'en' });
    expect(app.get('meetings-empty').textContent).toContain('The meeting hub holds no meetings yet.');
  });
});
