import { describe, expect, it, vi } from 'vitest';
import type { HubOptions, RunningHub } from '../api.ts';
import { hubArguments, isHubProcessMessage, parseHubArguments, runHubProcess, type HubProcessMessage } from './hub-runner.ts';

function fakePort() {
  const sent: HubProcessMessage[] = [];
  let listener: ((event: { data: unknown }) => void) | null = null;
  return {
    sent,
    port: {
      postMessage: (message: HubProcessMessage) => sent.push(message),
      on: (_event: 'message', l: (event: { data: unknown }) => void) => {
        listener = l;
      },
    },
    deliver: (data: unknown) => listener?.({ data }),
  };
}

function fakeHub(overrides: Partial<RunningHub> = {}): RunningHub {
  return {
    url: 'http://127.0.0.1:4010',
    roomUrls: ['http://192.0.2.5:4010'],
    port: 4010,
    firstPasscode: 'ABCD-EFGH',
    tls: null,
    close: vi.fn(() => Promise.resolve()),
    ...overrides,
  };
}

describe('hub arguments', () => {
  it('round-trip', () => {
    const args = hubArguments({ dataDir: '/data/hub', port: 4010, host: '0.0.0.0', webRoot: '/app/dist/renderer', seedDemo: true });
    expect(parseHubArguments(['/path/electron', ...args])).toEqual({
      dataDir: '/data/hub',
      port: 4010,
      host: '0.0.0.0',
      webRoot: '/app/dist/renderer',
      seedDemo: true,
      logToConsole: true,
    } satisfies HubOptions);
  });

  it('carry "no web root" and no demo', () => {
    const args = hubArguments({ dataDir: '/d', port: 0, host: '127.0.0.1', webRoot: null, seedDemo: false });
    expect(parseHubArguments(args)).toMatchObject({ port: 0, webRoot: null, seedDemo: false });
  });

  it('carry how the previous hub process ended, when a supervisor restarts it', () => {
    const args = hubArguments({ dataDir: '/d', port: 4010, host: '0.0.0.0', webRoot: null, seedDemo: false, restartedAfter: 'hub crashed (exit code 70, signal none)' });
    expect(parseHubArguments(args).restartedAfter).toBe('hub crashed (exit code 70, signal none)');
    expect(parseHubArguments(hubArguments({ dataDir: '/d', port: 0, host: 'h', webRoot: null, seedDemo: false })).restartedAfter).toBeUndefined();
  });

  it('refuse a missing data folder or a bad port', () => {
    expect(() => parseHubArguments([])).toThrow(/--data-dir/);
    expect(() => parseHubArguments(['--data-dir=/d', '--port=70000'])).toThrow(/port/);
    expect(() => parseHubArguments(['--data-dir=/d', '--ca-port=x'])).toThrow(/ca-port/);
  });

  it('carry plain HTTP and the CA page’s port, and leave TLS on unless asked', () => {
    const args = hubArguments({ dataDir: '/d', port: 4010, host: 'h', webRoot: null, seedDemo: false, insecureHttp: true, caPort: 8080 });
    expect(parseHubArguments(args)).toMatchObject({ insecureHttp: true, caPort: 8080 });
    const plain = parseHubArguments(hubArguments({ dataDir: '/d', port: 4010, host: 'h', webRoot: null, seedDemo: false }));
    expect(plain.insecureHttp).toBeUndefined();
    expect(plain.caPort).toBeUndefined();
  });
});

describe('runHubProcess', () => {
  it('starts the hub and posts ready with its address and first passcode', async () => {
    const { port, sent } = fakePort();
    const startHub = vi.fn((_options: HubOptions) => Promise.resolve(fakeHub()));
    const exit = vi.fn();
    await runHubProcess({ argv: ['--data-dir=/d', '--seed-demo'], parentPort: port, startHub, exit, log: () => {} });
    expect(startHub).toHaveBeenCalledWith(expect.objectContaining({ dataDir: '/d', seedDemo: true }));
    expect(sent).toEqual([
      { type: 'ready', url: 'http://127.0.0.1:4010', roomUrls: ['http://192.0.2.5:4010'], firstPasscode: 'ABCD-EFGH', fingerprint: null, caUrl: null },
    ]);
    expect(exit).not.toHaveBeenCalled();
  });

  it('closes the hub and exits 0 on stop, once', async () => {
    const { port, deliver } = fakePort();
    const hub = fakeHub();
    const exit = vi.fn();
    await runHubProcess({ argv: ['--data-dir=/d'], parentPort: port, startHub: () => Promise.resolve(hub), exit, log: () => {} });
    deliver({ type: 'nonsense' });
    expect(hub.close).not.toHaveBeenCalled();
    deliver({ type: 'stop' });
    deliver({ type: 'stop' });
    await vi.waitFor(() => expect(exit).toHaveBeenCalledWith(0));
    expect(hub.close).toHaveBeenCalledTimes(1);
  });

  it('posts error and exits 1 when the hub cannot start', async () => {
    const { port, sent } = fakePort();
    const exit = vi.fn();
    await runHubProcess({
      argv: ['--data-dir=/d'],
      parentPort: port,
      startHub: () => Promise.reject(new Error('listen EADDRINUSE: address already in use 0.0.0.0:4010')),
      exit,
      log: () => {},
    });
    expect(sent).toEqual([{ type: 'error', message: 'listen EADDRINUSE: address already in use 0.0.0.0:4010' }]);
    expect(exit).toHaveBeenCalledWith(1);
  });

  it('refuses to run outside a utility process', async () => {
    const exit = vi.fn();
    const startHub = vi.fn();
    await runHubProcess({ argv: ['--data-dir=/d'], parentPort: undefined, startHub, exit, log: () => {} });
    expect(startHub).not.toHaveBeenCalled();
    expect(exit).toHaveBeenCalledWith(2);
  });
});

describe('isHubProcessMessage', () => {
  it('accepts only the two message shapes', () => {
    expect(isHubProcessMessage({ type: 'ready', url: 'http://x', roomUrls: [], firstPasscode: null })).toBe(true);
    expect(isHubProcessMessage({ type: 'error', message: 'x' })).toBe(true);
    expect(isHubProcessMessage({ type: 'ready' })).toBe(false);
    expect(isHubProcessMessage('ready')).toBe(false);
    expect(isHubProcessMessage(null)).toBe(false);
  });
});
