import path from 'node:path';
import type { HubProcessOptions } from '../hub/process/hub-runner.ts';

export interface AppConfig extends HubProcessOptions {
  /** Path of the first window, on the hub. */
  startPath: string;
}

/**
 * Where the hub keeps its data and how it listens. ROUNDTABLE_DATA, ROUNDTABLE_PORT, ROUNDTABLE_HOST,
 * ROUNDTABLE_CA_PORT, ROUNDTABLE_INSECURE_HTTP=1 and ROUNDTABLE_DEMO=0 override the defaults: the hub's own default
 * data folder (the one `npm run serve` uses, see main/hub/paths.ts), 4010, 0.0.0.0 (the room's tablets connect), the
 * room CA page on the port + 1, HTTPS, the demo meeting loaded into an empty hub.
 */
export function appConfig(env: Record<string, string | undefined>, paths: { defaultDataDir: string; appPath: string }): AppConfig {
  const portOf = (name: string, fallback: number | undefined) => {
    const text = env[name];
    if (!text) return fallback;
    const n = Number(text);
    if (!Number.isInteger(n) || n < 0 || n > 65535) throw new Error(`${name} is not a port: ${text}`);
    return n;
  };
  const port = portOf('ROUNDTABLE_PORT', 4010)!;
  const caPort = portOf('ROUNDTABLE_CA_PORT', undefined);
  const seedDemo = env.ROUNDTABLE_DEMO !== '0';
  return {
    ...(caPort !== undefined ? { caPort } : {}),
    ...(env.ROUNDTABLE_INSECURE_HTTP === '1' ? { insecureHttp: true } : {}),
    dataDir: env.ROUNDTABLE_DATA ? path.resolve(env.ROUNDTABLE_DATA) : paths.defaultDataDir,
    port,
    host: env.ROUNDTABLE_HOST || '0.0.0.0',
    webRoot: path.join(paths.appPath, 'dist', 'renderer'),
    seedDemo,
    startPath: seedDemo ? '/console/demo' : '/',
  };
}
