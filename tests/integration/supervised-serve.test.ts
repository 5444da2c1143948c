// `serve` runs the hub in a child process and restarts it after a crash: for real, with processes and a port.
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { HUB_V8_FLAGS } from '../../main/hub/process/hub-runner.ts';
import { once } from 'node:events';
import { afterEach, describe, expect, it } from 'vitest';
import { connect, ok, tempDir } from '../support/hub.ts';

interface Served {
  child: ChildProcess;
  /** Everything serve printed so far. */
  out: () => string;
  /** Resolves when the output matches (rejects after `ms`). */
  waitFor: (pattern: RegExp, ms?: number) => Promise<RegExpExecArray>;
}

function serve(dataDir: string): Served {
  const child = spawn(process.execPath, ['main/cli/serve.ts', '--port', '0', '--host', '127.0.0.1', '--insecure-http', '--data', dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  const waiters = new Set<() => void>();
  const take = (d: string) => {
    out += d;
    for (const wake of waiters) wake();
  };
  child.stdout!.setEncoding('utf8').on('data', take);
  child.stderr!.setEncoding('utf8').on('data', take);
  const waitFor = (pattern: RegExp, ms = 20_000) =>
    new Promise<RegExpExecArray>((resolve, reject) => {
      const check = () => {
        const found = pattern.exec(out);
        if (!found) return;
        waiters.delete(check);
        clearTimeout(timer);
        resolve(found);
      };
      const timer = setTimeout(() => {
        waiters.delete(check);
        reject(new Error(`no ${pattern} within ${ms} ms:\n${out}`));
      }, ms);
      waiters.add(check);
      check();
    });
  return { child, out: () => out, waitFor };
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('serve supervises the hub', () => {
  const cleanup: (() => void)[] = [];
  afterEach(() => {
    for (const fn of cleanup.splice(0)) fn();
  });

  it('restarts a SIGKILLed hub on the same port, with its data, says so, and stops it on SIGTERM', async () => {
    const dir = tempDir();
    const served = serve(dir.path);
    cleanup.push(() => served.child.kill('SIGKILL'), () => dir.remove());
    const url = (await served.waitFor(/Open (http:\/\/\S+?)\/ on this machine/))[1]!;
    const passcode = (await served.waitFor(/passcode \(shown only this once, keep it safe\): (\S+)/))[1]!;
    const firstPid = Number((await served.waitFor(/Hub process: pid (\d+)/))[1]);
    // The hub's process runs with its V8 flags (a young generation sized for a congress's memory target).
    expect(readFileSync(`/proc/${firstPid}/cmdline`, 'utf8').split('\0')).toEqual(expect.arrayContaining([...HUB_V8_FLAGS]));
    const secretariat = await connect(url);
    await ok(secretariat, 'session.signIn', { passcode, role: 'secretariat' });
    await ok(secretariat, 'meeting.create', { id: 'k', title: 'Phiên họp', date: '2026-11-23' });
    secretariat.disconnect();

    process.kill(firstPid, 'SIGKILL');
    await served.waitFor(/hub crashed \(exit code none, signal SIGKILL\); restarting in 1 s/);
    const back = await served.waitFor(/hub is back at (http:\/\/\S+?)\/ \(pid (\d+)\)/);
    expect(back[1]).toBe(url);
    const secondPid = Number(back[2]);
    expect(secondPid).not.toBe(firstPid);
    expect(alive(firstPid)).toBe(false);
    const health = await fetch(`${url}/api/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ ok: true, meetings: 1 });

    served.child.kill('SIGTERM');
    const [code] = (await once(served.child, 'exit')) as [number | null];
    expect(code).toBe(0);
    expect(alive(secondPid)).toBe(false);
    // The restart is in the hub's own log too.
    const log = readdirSync(`${dir.path}/logs`).map((f) => readFileSync(`${dir.path}/logs/${f}`, 'utf8')).join('');
    expect(log).toContain('hub restarted by its supervisor after a crash');
  });

  it('does not restart a hub that cannot start, and says why', async () => {
    const dir = tempDir();
    const first = serve(dir.path);
    cleanup.push(() => first.child.kill('SIGKILL'), () => dir.remove());
    const port = new URL((await first.waitFor(/Open (http:\/\/\S+?)\/ on this machine/))[1]!).port;
    const other = tempDir();
    cleanup.push(() => other.remove());
    const second = spawn(process.execPath, ['main/cli/serve.ts', '--port', port, '--host', '127.0.0.1', '--insecure-http', '--data', other.path], { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    second.stderr!.setEncoding('utf8').on('data', (d: string) => (err += d));
    const [code] = (await once(second, 'exit')) as [number | null];
    expect(code).toBe(1);
    expect(err).toContain(`roundtable: port ${port} is already in use; pick another with --port.`);
    first.child.kill('SIGTERM');
    await once(first.child, 'exit');
  });
});
