import { chmodSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

// The data folder holds the badge keys, the pack signing key, delegates' personal data and restricted documents:
// only the hub's own user may read it. Folders are 0700 and files 0600, created so and tightened at every start
// (a folder made by an older version, or copied in, may be open to everyone). Windows has no such modes: its
// per-user folders already keep others out, so nothing is done there.

const POSIX = process.platform !== 'win32';
export const DIR_MODE = 0o700;
export const FILE_MODE = 0o600;

/** Creates `path` (and its parents) as 0700, tightens it and the files directly in it; returns `path`. */
export function privateDir(path: string): string {
  mkdirSync(path, { recursive: true, mode: DIR_MODE });
  if (!POSIX) return path;
  chmodSync(path, DIR_MODE);
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    if (entry.isFile()) chmodSync(join(path, entry.name), FILE_MODE);
    else if (entry.isDirectory()) chmodSync(join(path, entry.name), DIR_MODE);
  }
  return path;
}

/** Tightens a file that may exist to 0600. */
export function privateFile(path: string): void {
  if (POSIX && existsSync(path)) chmodSync(path, FILE_MODE);
}
