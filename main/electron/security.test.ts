import { describe, expect, it, vi } from 'vitest';
import {
  hardenSession,
  hardenWebContents,
  isCameraPage,
  isHubUrl,
  permissionCheckHandler,
  permissionRequestHandler,
  windowOptions,
  type SessionLike,
  type WebContentsLike,
} from './security.ts';

const HUB = 'http://127.0.0.1:4010';

/** A WebContents that records its listeners, so a test can fire the events Electron would. */
function fakeContents() {
  const listeners = new Map<string, (...args: never[]) => void>();
  let openHandler: ((details: { url: string }) => { action: string }) | null = null;
  const contents = {
    setWindowOpenHandler: (handler: (details: { url: string }) => { action: 'deny' }) => {
      openHandler = handler;
    },
    on: (event: string, listener: (...args: never[]) => void) => {
      listeners.set(event, listener);
      return contents;
    },
  } as WebContentsLike;
  const fire = (event: string, url = '') => {
    const e = { preventDefault: vi.fn() };
    const listener = listeners.get(event) as ((e: unknown, url: string) => void) | undefined;
    if (!listener) throw new Error(`no listener for ${event}`);
    listener(e, url);
    return e.preventDefault.mock.calls.length > 0;
  };
  return { contents, fire, open: (url: string) => openHandler?.({ url }) };
}

describe('windowOptions', () => {
  it('isolates every window: context isolation, sandbox, no Node, no webview', () => {
    const options = windowOptions({ bridge: '/app/dist/electron/bridge.cjs', additionalArguments: ['--x=1'] });
    expect(options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      preload: '/app/dist/electron/bridge.cjs',
      additionalArguments: ['--x=1'],
    });
  });
});

describe('hardenWebContents', () => {
  it('denies every window.open', () => {
    const { contents, open } = fakeContents();
    const onBlocked = vi.fn();
    hardenWebContents(contents, { allowedOrigin: HUB, onBlocked });
    expect(open(`${HUB}/console/demo`)).toEqual({ action: 'deny' });
    expect(open('https://example.com/')).toEqual({ action: 'deny' });
    expect(onBlocked).toHaveBeenCalledWith('window-open', 'https://example.com/');
  });

  it.each([
    [`${HUB}/console/demo`, false],
    [`${HUB}/`, false],
    ['http://127.0.0.1:4011/', true],
    ['http://localhost:4010/', true],
    ['https://127.0.0.1:4010/', true],
    ['https://example.com/', true],
    ['file:///etc/passwd', true],
    ['javascript:alert(1)', true],
    ['not a url', true],
  ])('will-navigate to %s: prevented %s', (url, prevented) => {
    const { contents, fire } = fakeContents();
    hardenWebContents(contents, { allowedOrigin: HUB });
    expect(fire('will-navigate', url)).toBe(prevented);
    expect(fire('will-redirect', url)).toBe(prevented);
  });

  it('allows no navigation at all while the hub origin is unknown', () => {
    const { contents, fire } = fakeContents();
    let origin: string | null = null;
    hardenWebContents(contents, { allowedOrigin: () => origin });
    expect(fire('will-navigate', `${HUB}/`)).toBe(true);
    origin = HUB;
    expect(fire('will-navigate', `${HUB}/`)).toBe(false);
  });

  it('refuses to attach a <webview>', () => {
    const { contents, fire } = fakeContents();
    hardenWebContents(contents, { allowedOrigin: HUB });
    expect(fire('will-attach-webview')).toBe(true);
  });
});

describe('permissions', () => {
  const request = (permission: string, requestingUrl: string, mediaTypes?: ('video' | 'audio')[]) => {
    const callback = vi.fn();
    permissionRequestHandler({ allowedOrigin: HUB })(null, permission, callback, { requestingUrl, mediaTypes });
    expect(callback).toHaveBeenCalledTimes(1);
    return callback.mock.calls[0]?.[0] as boolean;
  };

  it('grants the camera to the pages that scan QR codes only: check-in desk, tablet badge sign-in, pairing', () => {
    expect(request('media', `${HUB}/checkin/demo`, ['video'])).toBe(true);
    expect(request('media', `${HUB}/m/demo/check-in`, ['video'])).toBe(true);
    expect(request('media', `${HUB}/tablet/demo`, ['video'])).toBe(true);
    expect(request('media', `${HUB}/pair`, ['video'])).toBe(true);
    expect(request('media', `${HUB}/console/demo`, ['video'])).toBe(false);
    expect(request('media', `${HUB}/projector/demo`, ['video'])).toBe(false);
    expect(request('media', `${HUB}/tablets`, ['video'])).toBe(false);
    expect(request('media', `${HUB}/checkinx`, ['video'])).toBe(false);
    expect(request('media', 'http://evil.test:4010/checkin', ['video'])).toBe(false);
  });

  it('refuses the microphone, even on the check-in page', () => {
    expect(request('media', `${HUB}/checkin`, ['audio'])).toBe(false);
    expect(request('media', `${HUB}/checkin`, ['video', 'audio'])).toBe(false);
    expect(request('media', `${HUB}/checkin`, [])).toBe(false);
    expect(request('media', `${HUB}/checkin`)).toBe(false);
  });

  it.each(['geolocation', 'notifications', 'clipboard-read', 'display-capture', 'openExternal', 'fullscreen', 'hid', 'usb', 'unknown'])(
    'refuses %s everywhere',
    (permission) => {
      expect(request(permission, `${HUB}/checkin`, ['video'])).toBe(false);
    },
  );

  it('falls back to the web contents’ URL when the request has none', () => {
    const callback = vi.fn();
    const handler = permissionRequestHandler({ allowedOrigin: HUB });
    handler({ getURL: () => `${HUB}/checkin` }, 'media', callback, { mediaTypes: ['video'] });
    expect(callback).toHaveBeenCalledWith(true);
  });

  it('answers permission checks by the same rule', () => {
    const check = permissionCheckHandler({ allowedOrigin: HUB });
    const page = (url: string) => ({ getURL: () => url });
    expect(check(page(`${HUB}/checkin`), 'media', HUB, { mediaType: 'video' })).toBe(true);
    expect(check(page(`${HUB}/checkin`), 'media', HUB, { mediaType: 'audio' })).toBe(false);
    expect(check(page(`${HUB}/console`), 'media', HUB, { mediaType: 'video' })).toBe(false);
    expect(check(page(`${HUB}/checkin`), 'notifications', HUB, {})).toBe(false);
    expect(check(null, 'media', HUB, { requestingUrl: `${HUB}/checkin`, mediaType: 'video' })).toBe(true);
  });

  it('installs both handlers and refuses devices on the session', () => {
    const session = {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      setDevicePermissionHandler: vi.fn(),
    } satisfies SessionLike;
    hardenSession(session, { allowedOrigin: HUB });
    expect(session.setPermissionRequestHandler).toHaveBeenCalledOnce();
    expect(session.setPermissionCheckHandler).toHaveBeenCalledOnce();
    const device = session.setDevicePermissionHandler.mock.calls[0]?.[0] as () => boolean;
    expect(device()).toBe(false);
  });
});

describe('origin helpers', () => {
  it('compares whole origins', () => {
    expect(isHubUrl(`${HUB}/a?b#c`, HUB)).toBe(true);
    expect(isHubUrl('http://127.0.0.1:40100/', HUB)).toBe(false);
    expect(isHubUrl('data:text/html,hi', HUB)).toBe(false);
    expect(isCameraPage(`${HUB}/checkin?x=1`, HUB)).toBe(true);
    expect(isCameraPage(`${HUB}/checkin`, () => null)).toBe(false);
  });
});
