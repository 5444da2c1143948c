// `npm start` (after `npm run build`): the desktop app when this checkout has Electron's binary; otherwise the
// same hub that `npm run serve` runs, with the demo meeting, for a browser.
import { spawn } from 'node:child_process';
import { electronArgs, findElectronBinary, repoRoot } from './electron-binary.ts';

export const FALLBACK_PORT = 4010;

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

async function startWebFallback(): Promise<void> {
  const { serve } = await import('../main/cli/serve.ts');
  const { defaultDataDir } = await import('../main/hub/paths.ts');
  await serve({ port: FALLBACK_PORT, host: '0.0.0.0', data: defaultDataDir(), demo: true });
  process.stdout.write(`The demo meeting's chair console: http://127.0.0.1:${FALLBACK_PORT}/console/demo\n`);
}

function startElectron(binary: string): void {
  const child = spawn(binary, electronArgs(repoRoot), { cwd: repoRoot, stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

if (import.meta.main) {
  const binary = findElectronBinary();
  const reason = fallbackReason(binary, process.env, process.platform);
  if (reason === null && binary.present) startElectron(binary.path);
  else {
    console.log(reason);
    await startWebFallback();
  }
}
