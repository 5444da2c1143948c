// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { push, renderApp, type Rendered } from '../../testing/render.tsx';

const welcome = (insecureHttp?: boolean) => ({
  protocolVersion: 2,
  hubVersion: '0.1.0',
  hubId: 'hub',
  serverTime: new Date().toISOString(),
  ...(insecureHttp === undefined ? {} : { insecureHttp }),
});

describe('the plain-HTTP warning', () => {
  let screen: Rendered | null = null;
  afterEach(() => {
    screen?.unmount();
    screen = null;
  });

  it.each([
    ['vi', '/', 'Phòng họp thử nghiệm: kết nối không mã hóa (HTTP)'],
    ['en', '/tablet/demo', 'Test room: the connection is not encrypted (HTTP)'],
  ] as const)('is on every screen (%s, %s) when the hub says it serves plain HTTP', async (language, path, words) => {
    screen = await renderApp(path, () => {}, { language });
    expect(screen.all('insecure-banner')).toHaveLength(0);
    await push(screen.socket, 'hub.welcome', welcome(true));
    expect(screen.get('insecure-banner').textContent).toContain(words);
  });

  it('is not there over HTTPS; a hub that says nothing is taken as plain HTTP (an older hub)', async () => {
    screen = await renderApp('/');
    await push(screen.socket, 'hub.welcome', welcome(false));
    expect(screen.all('insecure-banner')).toHaveLength(0);
    await push(screen.socket, 'hub.welcome', welcome());
    expect(screen.all('insecure-banner')).toHaveLength(1);
  });
});
