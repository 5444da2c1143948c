import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The checkout (or the packaged app) root: the nearest folder above this module holding package.json.
 * ROUNDTABLE_APP_ROOT overrides it for bundles that live elsewhere.
 */
export function appRoot(): string {
  if (process.env.ROUNDTABLE_APP_ROOT) return resolve(process.env.ROUNDTABLE_APP_ROOT);
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('Cannot find the Roundtable folder (no package.json above the hub).');
    dir = up;
  }
  return dir;
}

export const resourcesDir = () => join(appRoot(), 'resources');
export const webRootDefault = () => join(appRoot(), 'dist', 'renderer');

export function appVersion(): string {
  const pkg = JSON.parse(readFileSync(join(appRoot(), 'package.json'), 'utf8')) as { version?: string };
  return pkg.version ?? '0.0.0';
}

/** The user's app-data folder: where an installed hub keeps its meetings unless told otherwise. */
export function defaultDataDir(): string {
  if (process.env.ROUNDTABLE_DATA) return resolve(process.env.ROUNDTABLE_DATA);
  const home = homedir();
  switch (process.platform) {
    case 'win32':
      return join(process.env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'Roundtable', 'hub');
    case 'darwin':
      return join(home, 'Library', 'Application Support', 'Roundtable', 'hub');
    default:
      return join(process.env.XDG_DATA_HOME ?? join(home, '.local', 'share'), 'roundtable', 'hub');
  }
}
