// `npm run dev`: the hub on 4010 (data in .data/dev, the demo meeting loaded; restarted by `node --watch` when
// its code changes) and Vite's dev server on 5173 with hot reload, which forwards /api and /socket.io to the hub
// (vite.config.ts). Ctrl+C stops both.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const HUB_PORT = 4010;
export const WEB_PORT = 5173;
export const DEV_DATA_DIR = path.join(root, '.data', 'dev');

/** What `npm run dev` prints once both servers are up. */
export function devBanner(hubUrl: string, webUrl: string): string {
  return [
    '',
    'Roundtable dev',
    `  Web client (hot reload): ${webUrl}/   chair console of the demo: ${webUrl}/console/demo`,
    `  Hub (API and sockets):   ${hubUrl}   data: ${path.relative(root, DEV_DATA_DIR)}/`,
    '  Stop both with Ctrl+C.',
    '',
  ].join('\n');
}

/** The hub half, in its own process under `node --watch`. */
async function runHub(): Promise<void> {
  const { startHub } = await import('../main/hub/index.ts');
  // Plain HTTP: Vite's dev server forwards to it (vite.config.ts), and every screen says it is a test room.
  const hub = await startHub({ dataDir: DEV_DATA_DIR, port: HUB_PORT, host: '0.0.0.0', seedDemo: true, webRoot: null, insecureHttp: true });
  if (hub.firstPasscode) console.log(`Admin passcode of the dev hub: ${hub.firstPasscode} (reset: npm run cli -- passcode reset --data .data/dev)`);
  const stop = () => {
    hub.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

async function waitForHub(url: string, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error(`the hub exited with code ${child.exitCode}`);
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the hub did not answer on ${url} within 60 s`);
}

async function main(): Promise<void> {
  const hubUrl = `http://127.0.0.1:${HUB_PORT}`;
  const hub = spawn(
    process.execPath,
    ['--watch', '--watch-preserve-output', fileURLToPath(import.meta.url), '--hub'],
    { cwd: root, stdio: 'inherit' },
  );
  let stopping = false;
  const { createServer } = await import('vite');
  const vite = await createServer({ configFile: path.join(root, 'vite.config.ts'), server: { port: WEB_PORT, host: true } });

  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    await vite.close().catch(() => {});
    if (hub.exitCode === null) {
      const exited = new Promise((resolve) => hub.once('exit', resolve));
      hub.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
      if (hub.exitCode === null) hub.kill('SIGKILL');
    }
    process.exit(code);
  };
  process.once('SIGINT', () => void stop(0));
  process.once('SIGTERM', () => void stop(0));
  hub.once('exit', (code) => {
    if (!stopping) {
      console.error(`The hub stopped (exit code ${code}); stopping the dev server.`);
      void stop(1);
    }
  });

  try {
    await vite.listen();
    await waitForHub(hubUrl, hub);
  } catch (error) {
    console.error(`npm run dev: ${error instanceof Error ? error.message : String(error)}`);
    await stop(1);
    return;
  }
  console.log(devBanner(hubUrl, `http://localhost:${WEB_PORT}`));
  vite.printUrls();
}

if (import.meta.main) {
  if (process.argv.includes('--hub')) await runHub();
  else await main();
}
