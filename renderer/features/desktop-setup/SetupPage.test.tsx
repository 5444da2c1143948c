// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BridgeAnswer, SetupRequest } from '../../../shared/protocol/bridge.ts';
import type { Platform } from '../../platform/index.ts';
import { click, fill, renderApp, type Rendered } from '../../testing/render.tsx';
import { backPath } from './KioskExitPage.tsx';

const FP = 'ab'.repeat(32);
let app: Rendered | null = null;
afterEach(() => app?.unmount());

async function render(path: string, desktop: Platform['desktop'], language: 'vi' | 'en' = 'vi') {
  app = await renderApp(path, () => {}, { language, ...(desktop ? { desktop } : {}) });
  const rendered = app;
  return { get: (id: string) => rendered.container.querySelector<HTMLElement>(`[data-testid="${id}"]`)! };
}

function desktopWith(answers: BridgeAnswer[]) {
  const sent: SetupRequest[] = [];
  const pins: string[] = [];
  return {
    sent,
    pins,
    desktop: {
      role: null,
      chooseRole: vi.fn((request: SetupRequest) => (sent.push(request), Promise.resolve(answers.shift() ?? { ok: true as const }))),
      exitKiosk: vi.fn((pin: string) => (pins.push(pin), Promise.resolve(answers.shift() ?? { ok: true as const }))),
      askKioskExit: vi.fn(() => Promise.resolve({ ok: true as const })),
    },
  };
}

describe('the desktop app’s first start', () => {
  it('sends the tablet’s room link and PIN, and says a refusal in the screen’s language', async () => {
    const { desktop, sent } = desktopWith([{ ok: false, code: 'bad_choice', message: 'A typed address…', retryInMs: 0, reason: 'no_fingerprint' }]);
    const page = await render('/setup', desktop);
    await click(page.get('setup-role-tablet'));
    await fill(page.get('setup-link'), 'https://192.168.1.10:4010');
    await fill(page.get('setup-pin'), '24a68');
    await click(page.get('setup-submit'));
    expect(sent).toEqual([{ role: 'tablet', link: 'https://192.168.1.10:4010', pin: '2468' }]);
    expect(page.get('setup-error').dataset.reason).toBe('no_fingerprint');
    expect(page.get('setup-error').textContent).toContain('quét mã QR phòng họp');
    await fill(page.get('setup-link'), `https://192.168.1.10:4010/pair?code=123456&fp=${FP}`);
    await click(page.get('setup-submit'));
    expect(sent[1]).toEqual({ role: 'tablet', link: `https://192.168.1.10:4010/pair?code=123456&fp=${FP}`, pin: '2468' });
    expect(page.get('setup-error')).toBeNull();
  });

  it('sends no link for a chair, and asks for one for a secretariat on the room’s hub (English)', async () => {
    const { desktop, sent } = desktopWith([{ ok: true }]);
    const page = await render('/setup', desktop, 'en');
    expect(page.get('desktop-setup').textContent).toContain('What is this machine for?');
    expect(page.get('setup-link')).toBeNull();
    await click(page.get('setup-submit'));
    expect(sent).toEqual([{ role: 'chair', link: null, pin: null }]);
    await click(page.get('setup-role-secretariat'));
    await click(page.get('setup-room-hub'));
    expect(page.get('setup-link')).not.toBeNull();
    expect(page.get('setup-pin')).toBeNull();
  });

  it('says so outside the app, or once the role is chosen', async () => {
    expect((await render('/setup', undefined, 'en')).get('desktop-notice').textContent).toContain('only for the Roundtable desktop app');
    app?.unmount();
    expect((await render('/setup', { ...desktopWith([]).desktop, role: 'tablet' }, 'en')).get('desktop-notice').textContent).toContain('chosen already');
  });
});

describe('the connection badge without a hub', () => {
  it('does not say "Connecting…" on the first start, which has no hub yet, and shows once there is one', async () => {
    app = await renderApp('/setup', () => {}, { language: 'en', desktop: desktopWith([]).desktop, hubUrl: '' });
    expect(app.container.querySelector('[data-testid="desktop-setup"]')).not.toBeNull();
    expect(app.container.querySelector('[data-testid="connection-badge"]')).toBeNull();
    app.unmount();
    app = await renderApp('/setup', () => {}, { language: 'en', desktop: { ...desktopWith([]).desktop, role: 'tablet' } });
    expect(app.container.querySelector('[data-testid="connection-badge"]')).not.toBeNull();
  });
});

describe('a kiosk’s corner taps', () => {
  const tap = (x: number, y: number) => window.dispatchEvent(new PointerEvent('pointerdown', { clientX: x, clientY: y, bubbles: true }));

  it('ask the main process for the PIN page on five taps in the top-left corner, on a kiosk tablet only', async () => {
    const { desktop } = desktopWith([]);
    app = await renderApp('/', () => {}, { language: 'en', desktop: { ...desktop, role: 'tablet' } });
    for (let i = 0; i < 4; i++) tap(10, 10);
    tap(300, 300);
    for (let i = 0; i < 4; i++) tap(20, 30);
    expect(desktop.askKioskExit).not.toHaveBeenCalled();
    tap(5, 5);
    expect(desktop.askKioskExit).toHaveBeenCalledTimes(1);
    app.unmount();
    app = null;
    // Gone with the page: no listener left behind.
    for (let i = 0; i < 5; i++) tap(10, 10);
    expect(desktop.askKioskExit).toHaveBeenCalledTimes(1);
  });

  it('count nothing on a machine that is not a kiosk', async () => {
    const { desktop } = desktopWith([]);
    app = await renderApp('/', () => {}, { language: 'en', desktop: { ...desktop, role: 'secretariat' } });
    for (let i = 0; i < 5; i++) tap(10, 10);
    expect(desktop.askKioskExit).not.toHaveBeenCalled();
  });
});

describe('a kiosk’s PIN page', () => {
  it('sends the PIN, says a wrong one and the wait, and goes back to the meeting', async () => {
    const { desktop, pins } = desktopWith([
      { ok: false, code: 'wrong_pin', message: 'Wrong PIN.', retryInMs: 0 },
      { ok: false, code: 'locked', message: 'wait', retryInMs: 29_500 },
    ]);
    const page = await render('/kiosk-exit?back=%2Ftablet%2Fm1', { ...desktop, role: 'tablet' }, 'en');
    await fill(page.get('kiosk-exit-pin'), '1111');
    await click(page.get('kiosk-exit-submit'));
    expect(page.get('kiosk-exit-error').textContent).toBe('Wrong PIN.');
    await fill(page.get('kiosk-exit-pin'), '2222');
    await click(page.get('kiosk-exit-submit'));
    expect(page.get('kiosk-exit-error').textContent).toContain('30 s');
    expect(pins).toEqual(['1111', '2222']);
    await click(page.get('kiosk-exit-back'));
    expect(page.get('kiosk-exit')).toBeNull();
    expect(app!.container.querySelector('[data-screen="tablet"]')).not.toBeNull();
  });

  it('goes back only to a path of the client', () => {
    expect(backPath('/tablet/m1')).toBe('/tablet/m1');
    expect(backPath('//evil.example/x')).toBe('/');
    expect(backPath('https://evil.example/')).toBe('/');
    expect(backPath('/a?b')).toBe('/');
    expect(backPath(null)).toBe('/');
  });
});
