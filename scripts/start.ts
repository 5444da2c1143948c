// `npm start`: says first where the hub will write and on which addresses it will listen (and how to change both),
// builds the app, then runs the desktop app when this checkout has Electron's binary; otherwise the same hub that
// `npm run serve` runs, with the demo meeting, for a browser.
import { spawn, spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { appConfig } from '../main/electron/app.ts';
import { defaultDataDir } from '../main/hub/paths.ts';
import { shellWord } from '../main/cli/program.ts';
import { electronArgs, findElectronBinary, repoRoot } from './electron-binary.ts';

/** The one line printed instead of starting Electron, or null when Electron can start. */
export function fallbackReason(binary: ReturnType<typeof findElectronBinary>, env: Record<string, string | undefined>, platform: string): string | null {
  if (!binary.present) {
    return `Electron binary not installed here (node_modules/electron/${binary.reason}); starting the hub with the web client instead.`;
  }
  if (platform === 'linux' && !env.DISPLAY && !env.WAYLAND_DISPLAY) {
    return 'No display here (DISPLAY and WAYLAND_DISPLAY unset); starting the hub with the web client instead.';
  }
  return null;
}

/**
 * `npm start -- --data <dir> --host <addr> --port <n> --ca-port <n> --insecure-http` as the environment the desktop
 * app reads (ROUNDTABLE_DATA, ROUNDTABLE_HOST, ROUNDTABLE_PORT, ROUNDTABLE_CA_PORT, ROUNDTABLE_INSECURE_HTTP=1), so
 * both ways of starting take the same settings; a flag wins over the variable.
 */
export function startEnv(argv: string[], env: Record<string, string | undefined>): Record<string, string | undefined> {
  const { values } = parseArgs({
    args: argv,
    options: {
      data: { type: 'string' },
      host: { type: 'string' },
      port: { type: 'string' },
      'ca-port': { type: 'string' },
      'insecure-http': { type: 'boolean' },
    },
    strict: true,
  });
  return {
    ...env,
    ...(values.data ? { ROUNDTABLE_DATA: values.data } : {}),
    ...(values.host ? { ROUNDTABLE_HOST: values.host } : {}),
    ...(values.port ? { ROUNDTABLE_PORT: values.port } : {}),
    ...(values['ca-port'] ? { ROUNDTABLE_CA_PORT: values['ca-port'] } : {}),
    ...(values['insecure-http'] ? { ROUNDTABLE_INSECURE_HTTP: '1' } : {}),
  };
}

const EVERY_INTERFACE = new Set(['0.0.0.0', '::', '']);
const THIS_MACHINE = new Set(['127.0.0.1', 'localhost', '::1']);

/** What `npm start` prints before it does anything: where it writes, where it listens, and how to change either. */
export function startPlan(config: { dataDir: string; host: string; port: number }, platform: string = process.platform): string[] {
  const where = EVERY_INTERFACE.has(config.host)
    ? `every network interface of this machine (${config.host || '0.0.0.0'}), port ${config.port}, so the room's tablets can reach it; this machine only: --host 127.0.0.1`
    : THIS_MACHINE.has(config.host)
      ? `this machine only (${config.host}), port ${config.port}: tablets cannot reach it; for the room: --host 0.0.0.0`
      : `${config.host}, port ${config.port}; every interface: --host 0.0.0.0, this machine only: --host 127.0.0.1`;
  return [
    `Data (meetings, documents, logs): ${shellWord(config.dataDir, platform)}; another folder: npm start -- --data <dir> (or ROUNDTABLE_DATA)`,
    `Listens on ${where}; another port: --port <n> (or ROUNDTABLE_HOST, ROUNDTABLE_PORT)`,
  ];
}

/** `npm run build`, through the npm that runs this script (npm_execpath) when there is one. */
function build(): void {
  const npm = process.env.npm_execpath;
  const result = npm
    ? spawnSync(process.execPath, [npm, 'run', 'build', '--silent'], { cwd: repoRoot, stdio: 'inherit' })
    : spawnSync('npm', ['run', 'build', '--silent'], { cwd: repoRoot, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

async function startWebFallback(config: ReturnType<typeof appConfig>): Promise<void> {
  const { serve } = await import('../main/cli/serve.ts');
  await serve({
    port: config.port,
    host: config.host,
    data: config.dataDir,
    demo: config.seedDemo,
    ...(config.insecureHttp ? { insecureHttp: true } : {}),
    ...(config.caPort !== undefined ? { caPort: config.caPort } : {}),
  });
  const host = EVERY_INTERFACE.has(config.host) || THIS_MACHINE.has(config.host) ? '127.0.0.1' : config.host;
  const scheme = config.insecureHttp ? 'http' : 'https';
  if (config.seedDemo) process.stdout.write(`The demo meeting's chair console: ${scheme}://${host}:${config.port}/console/demo\n`);
}

function startElectron(binary: string, env: Record<string, string | undefined>): void {
  const child = spawn(binary, electronArgs(repoRoot), { cwd: repoRoot, stdio: 'inherit', env });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

if (import.meta.main) {
  let env: Record<string, string | undefined>;
  let config: ReturnType<typeof appConfig>;
  try {
    env = startEnv(process.argv.slice(2), process.env);
    config = appConfig(env, { defaultDataDir: defaultDataDir(), appPath: repoRoot });
  } catch (error) {
    process.stderr.write(`roundtable: ${error instanceof Error ? error.message : String(error)} (npm start -- --data <dir> --host <addr> --port <n>)\n`);
    process.exit(1);
  }
  for (const line of startPlan(config)) process.stdout.write(`roundtable: ${line}\n`);
  build();
  const binary = findElectronBinary();
  const reason = fallbackReason(binary, process.env, process.platform);
  if (reason === null && binary.present) startElectron(binary.path, env);
  else {
    console.log(reason);
    await startWebFallback(config);
  }
}
