import { describe, expect, it } from 'vitest';
import { AppShell, CHECK_EVERY_MS, type ShellWorker } from './shell.ts';

type Listener = (event: { isExternal?: boolean; isUpdate?: boolean }) => void;

/** A stand-in for workbox-window's Workbox: records what the page asked, and lets the test fire its events. */
function fakeWorker() {
  const listeners = new Map<string, Listener[]>();
  const calls: string[] = [];
  const worker: ShellWorker = {
    register: async () => void calls.push('register'),
    update: async () => void calls.push('update'),
    messageSkipWaiting: () => void calls.push('skipWaiting'),
    addEventListener: (type, listener) => listeners.set(type, [...(listeners.get(type) ?? []), listener]),
  };
  const fire = (type: 'waiting' | 'controlling', event: { isUpdate?: boolean } = {}) => listeners.get(type)?.forEach((l) => l(event));
  return { worker, calls, fire };
}

describe('the app shell, as the page sees it', () => {
  it('registers, asks for a newer build every ten minutes, and says when one waits', () => {
    const { worker, calls, fire } = fakeWorker();
    let reloads = 0;
    const shell = new AppShell(worker, () => reloads++);
    const timers: [() => void, number][] = [];
    shell.start({ every: (run, ms) => void timers.push([run, ms]) });
    expect(calls).toEqual(['register']);
    expect(timers.map(([, ms]) => ms)).toEqual([CHECK_EVERY_MS]);
    timers[0]![0]();
    expect(calls).toEqual(['register', 'update']);
    let told = 0;
    shell.subscribe(() => told++);
    expect(shell.getView().updateReady).toBe(false);
    fire('waiting');
    expect(shell.getView().updateReady).toBe(true);
    expect(told).toBe(1);
    expect(reloads).toBe(0);
  });

  it('lets a waiting build take over only when asked, then reloads into it once', () => {
    const { worker, calls, fire } = fakeWorker();
    let reloads = 0;
    const shell = new AppShell(worker, () => reloads++);
    shell.apply();
    expect(calls).toEqual([]); // nothing waits yet
    fire('waiting');
    shell.apply();
    shell.apply();
    expect(calls).toEqual(['skipWaiting']);
    fire('controlling');
    expect(reloads).toBe(1);
  });

  it('does not reload when the first build takes control of a page that already runs it', () => {
    const { worker, fire } = fakeWorker();
    let reloads = 0;
    new AppShell(worker, () => reloads++);
    fire('controlling', { isUpdate: false });
    expect(reloads).toBe(0);
    // Another tab applied a newer build: this page reloads into it too.
    fire('controlling', { isUpdate: true });
    expect(reloads).toBe(1);
  });

  it('does nothing where the page has no service worker (desktop app, plain http, dev server)', () => {
    const shell = new AppShell(null);
    shell.start({ every: () => expect.fail('no timer without a worker') });
    shell.check();
    shell.apply();
    expect(shell.enabled).toBe(false);
    expect(shell.getView().updateReady).toBe(false);
  });
});
