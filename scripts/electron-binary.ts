// Whether this checkout has Electron's binary, without ever loading the `electron` package in plain Node (its
// index.js downloads the binary when it is missing, which fails without the internet). Shared by `npm start`
// and the Electron end-to-end tests. `npm run electron:install` fetches the binary where there is internet.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export type ElectronBinary =
  | { present: true; path: string }
  | { present: false; /** e.g. "path.txt missing" */ reason: string };

/** node_modules/electron/path.txt names the executable inside node_modules/electron/dist/. */
export function findElectronBinary(root: string = repoRoot): ElectronBinary {
  const pkg = path.join(root, 'node_modules', 'electron');
  const pathFile = path.join(pkg, 'path.txt');
  if (!existsSync(pathFile)) return { present: false, reason: 'path.txt missing' };
  const relative = readFileSync(pathFile, 'utf8').trim();
  if (!relative) return { present: false, reason: 'path.txt is empty' };
  const binary = path.join(pkg, 'dist', relative);
  if (!existsSync(binary)) return { present: false, reason: `dist/${relative} missing` };
  return { present: true, path: binary };
}

/** The arguments to run the app in `root` with the Electron binary (Chromium refuses to run as root with its sandbox). */
export function electronArgs(root: string = repoRoot, isRoot = process.getuid?.() === 0): string[] {
  return isRoot ? ['--no-sandbox', root] : [root];
}
