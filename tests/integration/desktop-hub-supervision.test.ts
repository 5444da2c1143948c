// The desktop app's hub supervision for real: runApp with its Electron objects faked, and a Node child process running
// the hub in place of Electron's utility process (the same runner and messages). The hub is killed; the app starts a
// new one on the same port, with its data, and a console connected over wss reconnects by itself.
import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { io, type Socket } from 'socket.io-client';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { runApp, type AppDeps, type HubChildLike } from '../../main/electron/app.ts';
import { HUB_V8_FLAGS } from '../../main/hub/process/hub-runner.ts';
import { PROTOCOL_VERSION } from '../../shared/protocol/index.ts';
import { tempDir } from '../support/hub.ts';

const HUB_CHILD = path.join(import.meta.dirname, '../../main/hub/process/hub-child.ts');

/** A forked hub process with the face of Electron's UtilityProcess. */
function childHub(args: string[], children: ChildProcess[]): HubChildLike {
  const child = fork(HUB_CHILD, args, { stdio: ['ignore', 'ignore', 'ignore', 'ipc'], execArgv: [...process.execArgv, ...HUB_V8_FLAGS] });
  children.push(child);
  return {
    on: (event: 'message' | 'exit', listener: (value: never) => void) => {
      if (event === 'message') child.on('message', listener as (m: unknown) => void);
      // Killed by a signal: Electron reports a non-zero code; so does this.
      else child.on('exit', (code) => (listener as (c: number) => void)(code ?? 1));
      return child;
    },
    postMessage: (message) => void child.send(message),
    kill: () => child.kill('SIGKILL'),
  } as HubChildLike;
}

function ask(socket: Socket, event: string, payload: unknown): Promise<{ ok: boolean; data?: { code?: string; token?: string } }> {
  return new Promise((resolve) => socket.emit(event, payload, resolve));
}

describe('the desktop app supervises its hub', () => {
  const dir = tempDir('rt-desktop-supervision-');
  const children: ChildProcess[] = [];
  afterAll(() => {
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    dir.remove();
  });

  it('restarts a killed hub on its port with its data, and the console reconnects by itself', async () => {
    const lines: string[] = [];
    const listeners = new Map<string, ((...args: never[]) => void)[]>();
    const app = {
      requestSingleInstanceLock: () => true,
      quit: vi.fn(),
      whenReady: () => Promise.resolve(),
      getVersion: () => '0.1.0',
      getAppPath: () => path.join(import.meta.dirname, '../..'),
      on: (event: string, listener: (...args: never[]) => void) => listeners.set(event, [...(listeners.get(event) ?? []), listener]),
    };
    const showPasscode = vi.fn();
    const deps: AppDeps = {
      app: app as unknown as AppDeps['app'],
      session: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn(), setDevicePermissionHandler: vi.fn(), setCertificateVerifyProc: vi.fn() },
      createWindow: () => ({ loadURL: () => Promise.resolve(), isDestroyed: () => false, isMinimized: () => false, restore: () => {}, focus: () => {} }),
      forkHub: (_modulePath, args) => childHub(args, children),
      showError: vi.fn(),
      showPasscode,
      env: { ROUNDTABLE_DATA: dir.path, ROUNDTABLE_PORT: '0', ROUNDTABLE_HOST: '127.0.0.1', ROUNDTABLE_DEMO: '0' },
      distDir: path.join(import.meta.dirname, '../../dist/electron'),
      log: (line) => lines.push(line),
      restartPolicy: { firstDelayMs: 100 },
    };
    const running = await runApp(deps);
    expect(running).not.toBeNull();
    const url = running!.hubUrl;
    expect(url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    const passcode = showPasscode.mock.calls[0]![0] as string;

    // The console: Socket.IO over wss, trusting the room CA, reconnecting by itself as the web client does.
    const ca = readFileSync(path.join(dir.path, 'tls', 'room-ca.crt'), 'utf8');
    const auth: Record<string, unknown> = { protocolVersion: PROTOCOL_VERSION };
    const socket = io(url, { transports: ['websocket'], ca, auth, reconnectionDelay: 100, reconnectionDelayMax: 500 });
    try {
      await new Promise<void>((resolve, reject) => {
        socket.once('connect', () => resolve());
        socket.once('connect_error', reject);
      });
      const signedIn = await ask(socket, 'session.signIn', { passcode, role: 'secretariat' });
      expect(signedIn.ok).toBe(true);
      auth.sessionToken = signedIn.data!.token;
      const code = (await ask(socket, 'pairing.get', {})).data!.code;

      const first = children[0]!;
      const dropped = new Promise<void>((resolve) => socket.once('disconnect', () => resolve()));
      const back = new Promise<void>((resolve) => socket.io.once('reconnect', () => resolve()));
      first.kill('SIGKILL');
      await dropped;
      await back;
      expect(children.length).toBe(2);
      expect(lines.some((line) => /restart/i.test(line))).toBe(true);
      expect(lines).toContain(`hub is back at ${url}`);
      // Same port, same data: the session and the pairing code are still there.
      const again = await ask(socket, 'pairing.get', {});
      expect(again).toMatchObject({ ok: true, data: { code } });
    } finally {
      socket.close();
      for (const listener of listeners.get('will-quit') ?? []) (listener as (e: { preventDefault(): void }) => void)({ preventDefault: () => {} });
    }
    await vi.waitFor(() => expect(children.every((c) => c.exitCode !== null || c.signalCode !== null)).toBe(true), { timeout: 10_000 });
  }, 60_000);
});
