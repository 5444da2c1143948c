import { spawn } from 'node:child_process';
import https from 'node:https';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildElectron, rewriteImportMeta, workerBundleName } from './build-electron.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

describe('rewriteImportMeta', () => {
  it('points import.meta at the module’s place in the source tree', () => {
    const { code, workers } = rewriteImportMeta(
      'const here = fileURLToPath(import.meta.url);\nconst d = import.meta.dirname;\nconst f = import.meta.filename;\n',
      'main/hub/paths.ts',
    );
    expect(code).toBe(
      'const here = fileURLToPath(__rtSourceUrl("main/hub/paths.ts"));\nconst d = __rtSourcePath("main/hub");\nconst f = __rtSourcePath("main/hub/paths.ts");\n',
    );
    expect(workers).toEqual([]);
  });

  it('turns a worker’s source URL into its bundle and reports it', () => {
    const { code, workers } = rewriteImportMeta("const W = new URL('./inspect-worker.ts', import.meta.url);", 'main/hub/pdf/inspect.ts');
    expect(code).toBe('const W = new URL(__rtBundleUrl("inspect-worker.cjs"));');
    expect(workers).toEqual(['main/hub/pdf/inspect-worker.ts']);
    expect(workerBundleName('main/hub/pdf/inspect-worker.ts')).toBe('inspect-worker.cjs');
  });

  it('leaves URLs of other files (fonts, the web root) to the source layout', () => {
    const { code, workers } = rewriteImportMeta("new URL('../../resources/fonts/a.ttf', import.meta.url)", 'main/hub/demo/pdf.ts');
    expect(code).toBe('new URL(\'../../resources/fonts/a.ttf\', __rtSourceUrl("main/hub/demo/pdf.ts"))');
    expect(workers).toEqual([]);
  });

  it('makes import.meta.main false (a bundled CLI module must not start its CLI)', () => {
    expect(rewriteImportMeta('if (import.meta.main) run();', 'main/cli/serve.ts').code).toBe('if (false) run();');
  });
});

describe('the Electron bundles', () => {
  // Same depth as dist/electron, so that __dirname/../.. is the checkout, as in the app.
  const outdir = path.join(root, 'dist', `.electron-test-${process.pid}`);
  let files: string[] = [];

  beforeAll(async () => {
    files = await buildElectron(outdir);
  }, 60_000);
  afterAll(() => rmSync(outdir, { recursive: true, force: true }));

  const requires = (file: string) =>
    [...readFileSync(path.join(outdir, file), 'utf8').matchAll(/\brequire\("([^"]+)"\)/g)].map((m) => m[1]);

  it('builds main, bridge, hub-process and the hub’s PDF worker', () => {
    expect(files).toEqual(expect.arrayContaining(['main.cjs', 'bridge.cjs', 'hub-process.cjs', 'inspect-worker.cjs']));
  });

  it('keeps the sandboxed bridge script down to `electron`', () => {
    expect(new Set(requires('bridge.cjs'))).toEqual(new Set(['electron']));
  });

  it('leaves better-sqlite3 and the other dependencies external', () => {
    expect(requires('hub-process.cjs')).toEqual(expect.arrayContaining(['better-sqlite3', 'socket.io', 'pino']));
    expect(requires('hub-process.cjs')).not.toContain('electron');
  });

  it('runs the hub from the bundle as a utility process would, and stops it', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'rt-bundle-'));
    // A stand-in for Electron's process.parentPort: messages go out on stdout, `stop` comes in on stdin.
    const harness = `
      let listener = null;
      process.parentPort = {
        postMessage: (m) => process.stdout.write('MSG ' + JSON.stringify(m) + '\\n'),
        on: (_e, l) => { listener = l; },
      };
      process.stdin.on('data', () => listener && listener({ data: { type: 'stop' } }));
      require(${JSON.stringify(path.join(outdir, 'hub-process.cjs'))});
    `;
    const child = spawn(
      process.execPath,
      ['-e', harness, '--', `--data-dir=${dataDir}`, '--port=0', '--host=127.0.0.1', '--seed-demo', '--no-web-root'],
      { stdio: ['pipe', 'pipe', 'pipe'] },
    );
    try {
      let out = '';
      let err = '';
      child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
      const ready = await new Promise<{ type: string; url: string; firstPasscode: string | null }>((resolve, reject) => {
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          const line = out.split('\n').find((l) => l.startsWith('MSG '));
          if (line) resolve(JSON.parse(line.slice(4)) as { type: string; url: string; firstPasscode: string | null });
        });
        child.once('exit', (code) => reject(new Error(`hub-process exited ${code}\n${out}\n${err}`)));
      });
      expect(ready.type).toBe('ready');
      expect(ready.firstPasscode).toMatch(/\S/);
      // The hub serves HTTPS with the room CA it made in its data folder: trusted here as a tablet would trust it.
      expect(ready.url).toMatch(/^https:/);
      const ca = readFileSync(path.join(dataDir, 'tls', 'room-ca.crt'), 'utf8');
      const status = await new Promise<number | undefined>((resolve, reject) => {
        https.get(`${ready.url}/api/health`, { ca }, (res) => (res.resume(), resolve(res.statusCode))).on('error', reject);
      });
      expect(status).toBe(200);
      const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
      child.stdin.write('stop\n');
      expect(await exited).toBe(0);
    } finally {
      child.kill();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 60_000);
});
