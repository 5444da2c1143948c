import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { roomTls } from '../hub/tls/room-tls.ts';
import { describe, expect, it, vi } from 'vitest';
import { appConfig, runApp, type AppDeps, type AppLike, type HubChildLike, type WindowLike } from './app.ts';
import { parseHubArguments } from '../hub/process/hub-runner.ts';
import { bridgeFromArgv } from './bridge-api.ts';
import type { WebContentsLike } from './security.ts';
import type { VerifyRequest } from './pinning.ts';
import type { IpcEventLike } from './ipc.ts';
import { readChoice } from './roles.ts';

type Listener = (...args: never[]) => void;

class Emitter {
  readonly listeners = new Map<string, Listener[]>();
  on(event: string, listener: Listener) {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  emit(event: string, ...args: unknown[]) {
    for (const listener of this.listeners.get(event) ?? []) (listener as (...a: unknown[]) => void)(...args);
  }
}

function fakeApp(options: { lock?: boolean } = {}) {
  const emitter = new Emitter();
  const app = {
    requestSingleInstanceLock: () => options.lock ?? true,
    quit: vi.fn(() => {
      const event = { preventDefault: vi.fn() };
      emitter.emit('will-quit', event);
      return event;
    }),
    whenReady: () => Promise.resolve(),
    getVersion: () => '0.1.0',
    getAppPath: () => '/opt/roundtable/resources/app.asar',
    on: (event: string, listener: Listener) => emitter.on(event, listener),
  };
  return { app: app as typeof app & AppLike, emitter };
}

function fakeHubChild() {
  const emitter = new Emitter();
  const child = {
    on: (event: string, listener: Listener) => emitter.on(event, listener),
    postMessage: vi.fn(),
    kill: vi.fn(() => true),
  };
  return { child: child as typeof child & HubChildLike, emitter };
}

function fakeWindow() {
  return {
    loadURL: vi.fn(() => Promise.resolve()),
    isDestroyed: () => false,
    isMinimized: () => true,
    restore: vi.fn(),
    focus: vi.fn(),
    close: vi.fn(),
  } satisfies WindowLike;
}

function setup(overrides: Partial<AppDeps> = {}, appOptions: { lock?: boolean } = {}) {
  const { app, emitter: appEvents } = fakeApp(appOptions);
  const { child, emitter: hubEvents } = fakeHubChild();
  const window = fakeWindow();
  const createWindow = vi.fn((_options: Parameters<AppDeps['createWindow']>[0]) => window);
  const forkHub = vi.fn((_modulePath: string, _args: string[]) => child);
  const deps = {
    app,
    session: {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      setDevicePermissionHandler: vi.fn(),
      setCertificateVerifyProc: vi.fn((_proc: (request: VerifyRequest, callback: (result: number) => void) => void) => {}),
    },
    createWindow,
    forkHub,
    showError: vi.fn(),
    showPasscode: vi.fn(),
    env: { ROUNDTABLE_DATA: '/tmp/rt-data' },
    distDir: '/opt/roundtable/resources/app.asar/dist/electron',
    log: () => {},
    defaultDataDir: () => '/home/chair/.local/share/roundtable/hub',
    ...overrides,
  } satisfies AppDeps;
  return { deps: { ...deps, createWindow, forkHub }, app, appEvents, child, hubEvents, window };
}

/** A PEM chain as Electron hands it to the verify proc: the leaf, its issuer under it. */
const chainOf = (pem: string) =>
  pem.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----\n/g)!.reduceRight<VerifyRequest['certificate'] | null>((issuer, data) => ({ data, issuerCert: issuer }), null)!;

const READY = { type: 'ready', url: 'http://127.0.0.1:4010', roomUrls: ['http://192.0.2.5:4010'], firstPasscode: 'PASS-CODE' };

describe('appConfig', () => {
  it('defaults to the hub’s data folder, port 4010 on all interfaces, and the demo console', () => {
    expect(appConfig({}, { defaultDataDir: '/home/u/.local/share/roundtable/hub', appPath: '/app' })).toEqual({
      dataDir: '/home/u/.local/share/roundtable/hub',
      port: 4010,
      host: '0.0.0.0',
      webRoot: path.join('/app', 'dist', 'renderer'),
      seedDemo: true,
      startPath: '/console/demo',
    });
  });

  it('takes overrides from the environment', () => {
    const config = appConfig(
      { ROUNDTABLE_DATA: '/srv/rt', ROUNDTABLE_PORT: '0', ROUNDTABLE_HOST: '127.0.0.1', ROUNDTABLE_DEMO: '0' },
      { defaultDataDir: '/x', appPath: '/app' },
    );
    expect(config).toMatchObject({ dataDir: path.resolve('/srv/rt'), port: 0, host: '127.0.0.1', seedDemo: false, startPath: '/' });
    expect(() => appConfig({ ROUNDTABLE_PORT: 'http' }, { defaultDataDir: '/x', appPath: '/app' })).toThrow(/port/);
  });
});

describe('runApp', () => {
  it('quits at once when another instance holds the lock', async () => {
    const { deps, app } = setup({}, { lock: false });
    await expect(runApp(deps)).resolves.toBeNull();
    expect(app.quit).toHaveBeenCalled();
    expect(deps.forkHub).not.toHaveBeenCalled();
  });

  it('starts the hub in a utility process, then opens the hardened chair console on it', async () => {
    const { deps, hubEvents, window } = setup();
    const running = runApp(deps);
    await vi.waitFor(() => expect(deps.forkHub).toHaveBeenCalled());
    const [modulePath, args] = deps.forkHub.mock.calls[0] ?? [];
    expect(modulePath).toBe(path.join(deps.distDir, 'hub-process.cjs'));
    expect(parseHubArguments(args ?? [])).toMatchObject({ dataDir: path.resolve('/tmp/rt-data'), port: 4010, seedDemo: true });
    expect(deps.createWindow).not.toHaveBeenCalled();

    hubEvents.emit('message', READY);
    await expect(running).resolves.toMatchObject({ hubUrl: 'http://127.0.0.1:4010' });

    const options = deps.createWindow.mock.calls[0]?.[0];
    expect(options?.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false });
    expect(options?.webPreferences.preload).toBe(path.join(deps.distDir, 'bridge.cjs'));
    expect(bridgeFromArgv(options?.webPreferences.additionalArguments ?? [])).toMatchObject({
      kind: 'electron',
      version: '0.1.0',
      hubUrl: 'http://127.0.0.1:4010',
      role: 'chair',
    });
    // The app's own pages, never the network's: the client then talks to the hub at hubUrl.
    expect(window.loadURL).toHaveBeenCalledWith('app://roundtable/console/demo');
    expect(deps.showPasscode).toHaveBeenCalledWith('PASS-CODE', ['http://192.0.2.5:4010']);
    expect(deps.session.setPermissionRequestHandler).toHaveBeenCalled();
  });

  it('opens / when the demo is off, and shows no passcode for an existing hub', async () => {
    const { deps, hubEvents, window } = setup({ env: { ROUNDTABLE_DATA: '/d', ROUNDTABLE_DEMO: '0' } });
    const running = runApp(deps);
    await vi.waitFor(() => expect(deps.forkHub).toHaveBeenCalled());
    hubEvents.emit('message', { ...READY, firstPasscode: null });
    await running;
    expect(window.loadURL).toHaveBeenCalledWith('app://roundtable/');
    expect(deps.showPasscode).not.toHaveBeenCalled();
  });

  it('trusts no TLS connection until its hub reports the room certificate, then that one only', async () => {
    const dirs = [mkdtempSync(path.join(tmpdir(), 'rt-app-pin-')), mkdtempSync(path.join(tmpdir(), 'rt-app-pin-'))];
    try {
      const names = { dns: ['localhost'], ips: ['127.0.0.1'] };
      const room = await roomTls(dirs[0]!, names, 'room');
      const other = await roomTls(dirs[1]!, names, 'other');
      const { deps, hubEvents } = setup();
      const running = runApp(deps);
      await vi.waitFor(() => expect(deps.session.setCertificateVerifyProc).toHaveBeenCalled());
      const proc = vi.mocked(deps.session.setCertificateVerifyProc).mock.calls[0]![0];
      const verify = (pem: string) => new Promise<number>((resolve) => proc({ hostname: '127.0.0.1', certificate: chainOf(pem) }, resolve));
      expect(await verify(room.cert)).toBe(-2);
      hubEvents.emit('message', { ...READY, url: 'https://127.0.0.1:4010', fingerprint: room.fingerprint });
      await running;
      expect(await verify(room.cert)).toBe(0);
      expect(await verify(other.cert)).toBe(-2);
      expect(deps.showError).toHaveBeenLastCalledWith(expect.stringContaining('not the room’s hub'), expect.stringContaining('127.0.0.1'));
    } finally {
      for (const d of dirs) rmSync(d, { recursive: true, force: true });
    }
  });

  it('advertises its hub on the LAN once it is up, and stops before quitting', async () => {
    const responder = { publish: vi.fn(), unpublishAll: vi.fn((done?: () => void) => done?.()), destroy: vi.fn() };
    const { deps, hubEvents, app } = setup({ responder: () => responder });
    const running = runApp(deps);
    await vi.waitFor(() => expect(deps.forkHub).toHaveBeenCalled());
    expect(responder.publish).not.toHaveBeenCalled();
    hubEvents.emit('message', { ...READY, url: 'https://127.0.0.1:4010', fingerprint: 'b'.repeat(64) });
    await running;
    expect(responder.publish).toHaveBeenCalledWith(expect.objectContaining({ type: 'roundtable', port: 4010, txt: expect.objectContaining({ fp: 'b'.repeat(64) }) }));
    app.quit();
    expect(responder.destroy).toHaveBeenCalled();
  });

  it('puts the projector view on a second display, and follows it being unplugged and plugged again', async () => {
    let displays = [
      { id: 1, bounds: { x: 0, y: 0, width: 1920, height: 1080 } },
      { id: 2, bounds: { x: 1920, y: 0, width: 1280, height: 720 } },
    ];
    const screenEvents = new Emitter();
    const screen = { getAllDisplays: () => displays, getPrimaryDisplay: () => displays[0]!, on: (event: string, fn: Listener) => screenEvents.on(event, fn) };
    const projectors: { loadURL: ReturnType<typeof vi.fn>; close: ReturnType<typeof vi.fn>; setBounds: ReturnType<typeof vi.fn>; destroyed: boolean }[] = [];
    const createProjectorWindow = vi.fn((_options: unknown, _display: unknown) => {
      const window = {
        destroyed: false,
        loadURL: vi.fn(() => Promise.resolve()),
        close: vi.fn(() => void (window.destroyed = true)),
        setBounds: vi.fn(),
        isDestroyed: () => window.destroyed,
        isMinimized: () => false,
        restore: () => {},
        focus: () => {},
      };
      projectors.push(window);
      return window;
    });
    const { deps, hubEvents } = setup({ screen, createProjectorWindow });
    const running = runApp(deps);
    await vi.waitFor(() => expect(deps.forkHub).toHaveBeenCalled());
    hubEvents.emit('message', READY);
    await running;
    expect(createProjectorWindow).toHaveBeenCalledTimes(1);
    expect(createProjectorWindow.mock.calls[0]![1]).toEqual(displays[1]);
    expect(projectors[0]!.loadURL).toHaveBeenCalledWith('app://roundtable/projector/demo');
    displays = [displays[0]!];
    screenEvents.emit('display-removed');
    expect(projectors[0]!.close).toHaveBeenCalled();
    displays = [displays[0]!, { id: 3, bounds: { x: -1280, y: 0, width: 1280, height: 1024 } }];
    screenEvents.emit('display-added');
    expect(createProjectorWindow).toHaveBeenCalledTimes(2);
    expect(createProjectorWindow.mock.calls[1]![1]).toEqual(displays[1]);
  });

  it('hardens every web contents, allowing navigation only within the app’s own pages', async () => {
    const { deps, appEvents, hubEvents } = setup();
    const running = runApp(deps);
    const navigate = new Map<string, (event: { preventDefault(): void }, url: string) => void>();
    const contents = {
      setWindowOpenHandler: vi.fn(),
      on: (event: string, listener: (event: { preventDefault(): void }, url: string) => void) => {
        navigate.set(event, listener);
        return contents;
      },
    } as unknown as WebContentsLike;
    appEvents.emit('web-contents-created', {}, contents);
    const attempt = (url: string) => {
      const event = { preventDefault: vi.fn() };
      navigate.get('will-navigate')?.(event, url);
      return event.preventDefault.mock.calls.length > 0 ? 'blocked' : 'allowed';
    };
    expect(attempt('http://127.0.0.1:4010/')).toBe('blocked');
    await vi.waitFor(() => expect(deps.forkHub).toHaveBeenCalled());
    hubEvents.emit('message', READY);
    await running;
    expect(attempt('app://roundtable/agenda')).toBe('allowed');
    expect(attempt('http://127.0.0.1:4010/agenda')).toBe('blocked');
    expect(attempt('app://roundtable.evil/')).toBe('blocked');
    expect(attempt('https://example.com/')).toBe('blocked');
    expect(navigate.has('will-attach-webview')).toBe(true);
  });

  it('reports a hub that fails to start and quits', async () => {
    const { deps, hubEvents, app } = setup();
    const running = runApp(deps);
    await vi.waitFor(() => expect(deps.forkHub).toHaveBeenCalled());
    hubEvents.emit('message', { type: 'error', message: 'listen EADDRINUSE 0.0.0.0:4010' });
    await expect(running).resolves.toBeNull();
    expect(deps.showError).toHaveBeenCalledWith('The Roundtable hub did not start', expect.stringContaining('EADDRINUSE'));
    expect(deps.createWindow).not.toHaveBeenCalled();
    expect(app.quit).toHaveBeenCalled();
  });

  it('reports a hub process that dies before it is ready', async () => {
    const { deps, hubEvents } = setup();
    const running = runApp(deps);
    await vi.waitFor(() => expect(deps.forkHub).toHaveBeenCalled());
    hubEvents.emit('exit', 1);
    await expect(running).resolves.toBeNull();
    expect(deps.showError).toHaveBeenCalledWith('The Roundtable hub did not start', expect.stringContaining('exited with code 1'));
  });

  it('gives up on a hub that never answers', async () => {
    const { deps, child } = setup({ hubStartTimeoutMs: 20 });
    await expect(runApp(deps)).resolves.toBeNull();
    expect(child.kill).toHaveBeenCalled();
  });

  it('stops the hub cleanly before quitting', async () => {
    const { deps, hubEvents, child, app, appEvents } = setup();
    const running = runApp(deps);
    await vi.waitFor(() => expect(deps.forkHub).toHaveBeenCalled());
    hubEvents.emit('message', READY);
    await running;

    appEvents.emit('window-all-closed');
    expect(app.quit).toHaveBeenCalledTimes(1);
    const firstQuit = app.quit.mock.results[0]?.value as { preventDefault: ReturnType<typeof vi.fn> };
    expect(firstQuit.preventDefault).toHaveBeenCalled();
    expect(child.postMessage).toHaveBeenCalledWith({ type: 'stop' });

    hubEvents.emit('exit', 0);
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalledTimes(2));
    const secondQuit = app.quit.mock.results[1]?.value as { preventDefault: ReturnType<typeof vi.fn> };
    expect(secondQuit.preventDefault).not.toHaveBeenCalled();
    expect(child.kill).not.toHaveBeenCalled();
    expect(deps.showError).not.toHaveBeenCalled();
  });

  it('kills a hub that does not stop in time', async () => {
    const { deps, hubEvents, child, app } = setup({ hubStopTimeoutMs: 20 });
    const running = runApp(deps);
    await vi.waitFor(() => expect(deps.forkHub).toHaveBeenCalled());
    hubEvents.emit('message', READY);
    await running;
    app.quit();
    await vi.waitFor(() => expect(child.kill).toHaveBeenCalled());
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalledTimes(2));
  });

  it('restarts a hub that dies while the app runs, on the same port, and says so', async () => {
    const lines: string[] = [];
    const { deps, hubEvents, app } = setup({ restartPolicy: { firstDelayMs: 5 }, log: (line) => lines.push(line) });
    const running = runApp(deps);
    await vi.waitFor(() => expect(deps.forkHub).toHaveBeenCalled());
    hubEvents.emit('message', { ...READY, url: 'http://127.0.0.1:4321' });
    await running;
    hubEvents.emit('exit', 134);
    await vi.waitFor(() => expect(deps.forkHub).toHaveBeenCalledTimes(2));
    expect(lines).toContain('hub crashed (exit code 134, signal none); restarting in 5 ms');
    const args = parseHubArguments(deps.forkHub.mock.calls[1]?.[1] ?? []);
    expect(args).toMatchObject({ port: 4321, restartedAfter: 'hub crashed (exit code 134, signal none)' });
    hubEvents.emit('message', { ...READY, url: 'http://127.0.0.1:4321' });
    expect(lines).toContain('hub is back at http://127.0.0.1:4321');
    expect(deps.showError).not.toHaveBeenCalled();
    expect(app.quit).not.toHaveBeenCalled();
  });

  it('tells the user and quits when the hub keeps crashing', async () => {
    const { deps, hubEvents, app } = setup({ restartPolicy: { firstDelayMs: 1, maxDelayMs: 1, maxCrashes: 2 } });
    const running = runApp(deps);
    await vi.waitFor(() => expect(deps.forkHub).toHaveBeenCalled());
    hubEvents.emit('message', READY);
    await running;
    for (let n = 1; n <= 2; n++) {
      hubEvents.emit('exit', 134);
      await vi.waitFor(() => expect(deps.forkHub).toHaveBeenCalledTimes(n + 1));
    }
    hubEvents.emit('exit', 134);
    await vi.waitFor(() => expect(deps.showError).toHaveBeenCalledWith('The Roundtable hub stopped', expect.stringContaining('134')));
    expect(deps.showError).toHaveBeenCalledWith('The Roundtable hub stopped', expect.stringContaining('crashed 3 times'));
    expect(app.quit).toHaveBeenCalled();
    expect(deps.forkHub).toHaveBeenCalledTimes(3);
  });

  it('focuses the existing window when a second instance starts', async () => {
    const { deps, hubEvents, appEvents, window } = setup();
    const running = runApp(deps);
    await vi.waitFor(() => expect(deps.forkHub).toHaveBeenCalled());
    hubEvents.emit('message', READY);
    await running;
    appEvents.emit('second-instance');
    expect(window.restore).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
  });
});

describe('runApp: the role chosen at first start', () => {
  type Handler = (event: IpcEventLike, ...args: unknown[]) => unknown;
  const APP_FRAME = { sender: 'setup-contents', senderFrame: { url: 'app://roundtable/setup' } };

  function withRoles(stored: string | null) {
    const handlers = new Map<string, Handler>();
    const written: string[] = [];
    const kioskEvents = new Emitter();
    const kioskWindow = {
      ...fakeWindow(),
      on: (event: string, listener: Listener) => kioskEvents.on(event, listener),
      setKiosk: vi.fn(),
      setClosable: vi.fn(),
      close: vi.fn(),
      getURL: () => 'app://roundtable/',
      webContents: { on: (event: string, listener: Listener) => kioskEvents.on(`wc:${event}`, listener) },
    };
    const blocker = { start: vi.fn(() => 7), stop: vi.fn(), isStarted: () => true };
    const base = setup({
      ipc: { handle: (channel, handler) => void handlers.set(channel, handler) },
      choiceStore: { read: () => stored, write: (text) => void written.push(text) },
      protocol: { handle: vi.fn() },
      powerSaveBlocker: blocker,
      createKioskWindow: vi.fn(() => kioskWindow),
    });
    const call = (channel: string, arg: unknown, event: IpcEventLike = APP_FRAME) => handlers.get(channel)!(event, arg);
    return { ...base, handlers, written, kioskWindow, kioskEvents, call };
  }

  it('asks on the app’s own /setup page, refuses a typed https address, then opens a locked kiosk on the room’s pinned hub', async () => {
    const { deps, call, written, window, kioskWindow } = withRoles(null);
    const running = runApp(deps);
    await vi.waitFor(() => expect(window.loadURL).toHaveBeenCalledWith('app://roundtable/setup'));
    expect(deps.protocol!.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(bridgeFromArgv(deps.createWindow.mock.calls[0]![0].webPreferences.additionalArguments)).toMatchObject({ role: null, hubUrl: '' });

    expect(await call('roundtable:choose-role', { role: 'tablet', link: 'https://192.168.1.10:4010', pin: '2468' })).toMatchObject({ ok: false, code: 'bad_choice', reason: 'no_fingerprint' });
    expect(await call('roundtable:choose-role', { role: 'tablet', link: QR, pin: '12' })).toMatchObject({ ok: false, reason: 'pin_format' });
    expect(await call('roundtable:choose-role', { role: 'tablet', link: QR, pin: '2468' }, { sender: 'x', senderFrame: { url: 'https://evil.example/' } })).toMatchObject({ ok: false, code: 'not_allowed' });
    expect(written).toEqual([]);

    expect(await call('roundtable:choose-role', { role: 'tablet', link: `${QR}&code=123456&meeting=demo`, pin: '2468' })).toEqual({ ok: true });
    await expect(running).resolves.toMatchObject({ hubUrl: 'https://192.168.1.10:4010' });
    const remembered = readChoice(written[0]!)!;
    expect(remembered).toMatchObject({ role: 'tablet', hub: { url: 'https://192.168.1.10:4010', fingerprint: FP } });
    expect(remembered.kioskPinHash).toMatch(/^scrypt:/);
    expect(remembered.kioskPinHash).not.toContain('2468');
    expect(deps.forkHub).not.toHaveBeenCalled();
    const options = vi.mocked(deps.createKioskWindow!).mock.calls[0]![0] as unknown as Record<string, unknown>;
    expect(options).toMatchObject({ kiosk: true, fullscreen: true, closable: false, webPreferences: { devTools: false, sandbox: true } });
    // The room QR pairs this tablet in the same step: its pairing page comes first.
    expect(kioskWindow.loadURL).toHaveBeenCalledWith('app://roundtable/pair?code=123456&meeting=demo');
    expect(window.close).toHaveBeenCalled();
    // Chosen once: the page cannot change it afterwards.
    expect(await call('roundtable:choose-role', { role: 'chair', link: null, pin: null })).toMatchObject({ ok: false, code: 'not_allowed' });
  });

  it('pins the fingerprint the room QR carried: that room CA trusted, another refused', async () => {
    const dirs = [mkdtempSync(path.join(tmpdir(), 'rt-app-role-')), mkdtempSync(path.join(tmpdir(), 'rt-app-role-'))];
    try {
      const names = { dns: ['localhost'], ips: ['192.168.1.10'] };
      const room = await roomTls(dirs[0]!, names, 'room');
      const other = await roomTls(dirs[1]!, names, 'other');
      const stored = JSON.stringify({ role: 'secretariat', hub: { url: 'https://192.168.1.10:4010', fingerprint: room.fingerprint }, kioskPinHash: null });
      const { deps } = withRoles(stored);
      await runApp(deps);
      const proc = vi.mocked(deps.session.setCertificateVerifyProc).mock.calls[0]![0];
      const verify = (pem: string) => new Promise<number>((resolve) => proc({ hostname: '192.168.1.10', certificate: chainOf(pem) }, resolve));
      expect(await verify(room.cert)).toBe(0);
      expect(await verify(other.cert)).toBe(-2);
    } finally {
      for (const d of dirs) rmSync(d, { recursive: true, force: true });
    }
  });

  it('gives a remembered secretariat an ordinary resizable window on the room’s hub, no hub of its own', async () => {
    const stored = JSON.stringify({ role: 'secretariat', hub: { url: 'https://192.168.1.10:4010', fingerprint: FP }, kioskPinHash: null });
    const { deps, window } = withRoles(stored);
    await expect(runApp(deps)).resolves.toMatchObject({ hubUrl: 'https://192.168.1.10:4010' });
    expect(deps.forkHub).not.toHaveBeenCalled();
    expect(deps.createKioskWindow).not.toHaveBeenCalled();
    const options = deps.createWindow.mock.calls[0]![0] as unknown as Record<string, unknown>;
    expect(options.kiosk).toBeUndefined();
    expect(options.resizable).not.toBe(false);
    expect(bridgeFromArgv(deps.createWindow.mock.calls[0]![0].webPreferences.additionalArguments)).toMatchObject({ role: 'secretariat', hubUrl: 'https://192.168.1.10:4010' });
    expect(window.loadURL).toHaveBeenCalledWith('app://roundtable/secretariat');
  });

  it('runs the hub for a secretariat that chose this machine’s own, and opens the secretariat’s list on it', async () => {
    const { deps, window, hubEvents } = withRoles(JSON.stringify({ role: 'secretariat', hub: 'embedded', kioskPinHash: null }));
    const running = runApp(deps);
    await vi.waitFor(() => expect(deps.forkHub).toHaveBeenCalled());
    hubEvents.emit('message', READY);
    await running;
    expect(window.loadURL).toHaveBeenCalledWith('app://roundtable/secretariat');
    expect(deps.createProjectorWindow).toBeUndefined();
  });

  it('lets only the kiosk window leave kiosk mode, and only with the PIN', async () => {
    const { deps, call, kioskWindow } = withRoles(null);
    const running = runApp(deps);
    await vi.waitFor(() => expect(deps.createWindow).toHaveBeenCalled());
    await call('roundtable:choose-role', { role: 'tablet', link: QR, pin: '2468' });
    await running;
    const fromKiosk = { sender: kioskWindow.webContents, senderFrame: { url: 'app://roundtable/kiosk-exit' } };
    expect(await call('roundtable:exit-kiosk', '2468', { sender: 'another window', senderFrame: { url: 'app://roundtable/kiosk-exit' } })).toMatchObject({ ok: false, code: 'not_allowed' });
    expect(await call('roundtable:exit-kiosk', '2468', { sender: kioskWindow.webContents, senderFrame: { url: 'https://192.168.1.10:4010/' } })).toMatchObject({ ok: false, code: 'not_allowed' });
    expect(await call('roundtable:exit-kiosk', { pin: '2468' }, fromKiosk)).toMatchObject({ ok: false, code: 'not_allowed' });
    expect(await call('roundtable:exit-kiosk', '1111', fromKiosk)).toMatchObject({ ok: false, code: 'wrong_pin' });
    expect(kioskWindow.close).not.toHaveBeenCalled();
    expect(await call('roundtable:exit-kiosk', '2468', fromKiosk)).toEqual({ ok: true });
    expect(kioskWindow.setKiosk).toHaveBeenCalledWith(false);
    expect(kioskWindow.close).toHaveBeenCalled();
  });

  it('opens the PIN page on the kiosk page’s corner taps, for the kiosk window of the app’s own origin only', async () => {
    const { deps, call, kioskWindow } = withRoles(null);
    const running = runApp(deps);
    await vi.waitFor(() => expect(deps.createWindow).toHaveBeenCalled());
    // Before a kiosk exists (the first start's window): refused.
    expect(await call('roundtable:ask-kiosk-exit', null)).toMatchObject({ ok: false, code: 'not_allowed' });
    await call('roundtable:choose-role', { role: 'tablet', link: QR, pin: '2468' });
    await running;
    const pinPage = 'app://roundtable/kiosk-exit?back=%2F';
    const asks = () => kioskWindow.loadURL.mock.calls.filter((args) => (args as unknown[])[0] === pinPage).length;
    expect(await call('roundtable:ask-kiosk-exit', null, { sender: kioskWindow.webContents, senderFrame: { url: 'https://192.168.1.10:4010/' } })).toMatchObject({ ok: false, code: 'not_allowed' });
    expect(await call('roundtable:ask-kiosk-exit', null, { sender: kioskWindow.webContents, senderFrame: { url: 'app://roundtable.evil/' } })).toMatchObject({ ok: false, code: 'not_allowed' });
    expect(await call('roundtable:ask-kiosk-exit', null, { sender: kioskWindow.webContents, senderFrame: null })).toMatchObject({ ok: false, code: 'not_allowed' });
    expect(await call('roundtable:ask-kiosk-exit', null, { sender: 'another window', senderFrame: { url: 'app://roundtable/' } })).toMatchObject({ ok: false, code: 'not_allowed' });
    expect(asks()).toBe(0);
    const fromKiosk = { sender: kioskWindow.webContents, senderFrame: { url: 'app://roundtable/' } };
    expect(await call('roundtable:ask-kiosk-exit', null, fromKiosk)).toEqual({ ok: true });
    expect(asks()).toBe(1);
    // Once the PIN has let the kiosk go, there is nothing left to ask for.
    expect(await call('roundtable:exit-kiosk', '2468', fromKiosk)).toEqual({ ok: true });
    expect(await call('roundtable:ask-kiosk-exit', null, fromKiosk)).toMatchObject({ ok: false, code: 'not_allowed' });
    expect(asks()).toBe(1);
  });

  it('refuses the PIN page to a window that is not a kiosk', async () => {
    const stored = JSON.stringify({ role: 'secretariat', hub: { url: 'https://192.168.1.10:4010', fingerprint: FP }, kioskPinHash: null });
    const { deps, call, window } = withRoles(stored);
    await runApp(deps);
    expect(await call('roundtable:ask-kiosk-exit', null, { sender: 'the secretariat’s contents', senderFrame: { url: 'app://roundtable/secretariat' } })).toMatchObject({ ok: false, code: 'not_allowed' });
    expect(window.loadURL).not.toHaveBeenCalledWith(expect.stringContaining('/kiosk-exit'));
  });

  it('asks again when the remembered choice does not hold', async () => {
    const { deps, window } = withRoles('{"role":"tablet","hub":"embedded"}');
    void runApp(deps);
    await vi.waitFor(() => expect(window.loadURL).toHaveBeenCalledWith('app://roundtable/setup'));
    expect(deps.forkHub).not.toHaveBeenCalled();
  });
});

const FP = 'ab'.repeat(32);
const QR = `https://192.168.1.10:4010/pair?fp=${FP}`;
