import { describe, expect, it, vi } from 'vitest';
import { CRASH_EXIT_CODE, installCrashPolicy } from './crash.ts';

function setup(flushTimeoutMs = 50) {
  const listeners = new Map<string, (error: unknown) => void>();
  const exit = vi.fn();
  const lines: string[] = [];
  const policy = installCrashPolicy({ exit, write: (line) => lines.push(line), flushTimeoutMs, on: (event, listener) => listeners.set(event, listener) });
  return { policy, exit, lines, fire: (event: string, error: unknown) => listeners.get(event)!(error) };
}

describe('the crash policy', () => {
  it('listens to uncaught exceptions and unhandled rejections', () => {
    const t = setup();
    expect(() => t.fire('uncaughtException', new Error('x'))).not.toThrow();
    expect(() => t.fire('unhandledRejection', 'y')).not.toThrow();
  });

  it('logs an uncaught error to the hub log, waits for it, then exits for the supervisor', async () => {
    const t = setup();
    const logged: unknown[] = [];
    t.policy.attach({ logFatal: async (error) => void logged.push(error) });
    const error = new TypeError('boom');
    await t.policy.crash(error, 'uncaught exception');
    expect(logged).toEqual([error]);
    expect(t.lines.join('')).toContain('TypeError: boom');
    expect(t.exit).toHaveBeenCalledWith(CRASH_EXIT_CODE);
  });

  it('exits even when the log never answers, and only once', async () => {
    const t = setup(20);
    t.policy.attach({ logFatal: () => new Promise(() => {}) });
    await Promise.all([t.policy.crash(new Error('a'), 'uncaught exception'), t.policy.crash(new Error('b'), 'unhandled promise rejection')]);
    expect(t.exit).toHaveBeenCalledTimes(1);
  });

  it('exits before the hub is up too (no log yet: the console only)', async () => {
    const t = setup();
    await t.policy.crash('not an Error', 'unhandled promise rejection');
    expect(t.lines.join('')).toContain('not an Error');
    expect(t.exit).toHaveBeenCalledWith(CRASH_EXIT_CODE);
  });
});
