import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { electronArgs, findElectronBinary } from './electron-binary.ts';
import { fallbackReason } from './start.ts';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A checkout whose node_modules/electron has the given files. */
function checkout(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'rt-electron-'));
  made.push(root);
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(root, 'node_modules', 'electron', name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  return root;
}

describe('findElectronBinary', () => {
  it('finds the binary path.txt names under dist/', () => {
    const root = checkout({ 'path.txt': 'electron', 'dist/electron': '' });
    expect(findElectronBinary(root)).toEqual({ present: true, path: path.join(root, 'node_modules', 'electron', 'dist', 'electron') });
  });

  it('says path.txt is missing (electron installed with its install script off)', () => {
    expect(findElectronBinary(checkout({ 'package.json': '{}' }))).toEqual({ present: false, reason: 'path.txt missing' });
  });

  it('says the binary is missing when path.txt points at nothing', () => {
    const root = checkout({ 'path.txt': 'Electron.app/Contents/MacOS/Electron' });
    expect(findElectronBinary(root)).toEqual({ present: false, reason: 'dist/Electron.app/Contents/MacOS/Electron missing' });
  });

  it('runs the app without Chromium’s sandbox only as root', () => {
    expect(electronArgs('/r', true)).toEqual(['--no-sandbox', '/r']);
    expect(electronArgs('/r', false)).toEqual(['/r']);
  });
});

describe('npm start', () => {
  it('falls back to the web client, in one line, without a binary or a display', () => {
    expect(fallbackReason({ present: false, reason: 'path.txt missing' }, { DISPLAY: ':0' }, 'linux')).toBe(
      'Electron binary not installed here (node_modules/electron/path.txt missing); starting the hub with the web client instead.',
    );
    expect(fallbackReason({ present: true, path: '/e' }, {}, 'linux')).toMatch(/^No display here/);
    expect(fallbackReason({ present: true, path: '/e' }, { DISPLAY: ':0' }, 'linux')).toBeNull();
    expect(fallbackReason({ present: true, path: '/e' }, {}, 'win32')).toBeNull();
  });
});
