import { spawn, type ChildProcess } from 'node:child_process';

/**
 * Starts `serve` as its own process on a free port and resolves with its address, first passcode and the pid of
 * the hub process it supervises. Plain HTTP (--insecure-http), as the other test hubs (tests/support/hub.ts).
 */
export async function spawnHub(dataDir: string): Promise<{ child: ChildProcess; url: string; passcode: string | null; hubPid: number }> {
  const child = spawn(process.execPath, ['main/cli/serve.ts', '--port', '0', '--host', '127.0.0.1', '--insecure-http', '--data', dataDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.setEncoding('utf8');
  child.stderr!.setEncoding('utf8');
  child.stderr!.on('data', (d: string) => (out += d));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`hub did not start:\n${out}`)), 20_000);
    child.stdout!.on('data', (d: string) => {
      out += d;
      const url = /Open (http:\/\/\S+?)\/ on this machine/.exec(out)?.[1];
      if (url && out.includes('Stop with Ctrl+C')) {
        clearTimeout(timer);
        const hubPid = Number(/Hub process: pid (\d+)/.exec(out)?.[1]);
        resolve({ child, url, hubPid, passcode: /passcode \(shown only this once, keep it safe\): (\S+)/.exec(out)?.[1] ?? null });
      }
    });
    child.once('exit', (code) => reject(new Error(`hub exited with ${code}:\n${out}`)));
  });
}
