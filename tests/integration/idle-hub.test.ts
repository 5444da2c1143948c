// What a hub holds before anyone uses it: a congress's hub serves 1,500 tablets, and the libraries that only printing,
// imports and packs need stay on disk until they are used.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../support/hub.ts';

/** Starts a hub in a fresh process, lets the first HTTP requests through, and lists the packages it has loaded. */
const SCRIPT = `
import { registerHooks } from 'node:module';
const loaded = new Set();
registerHooks({
  load(url, context, next) {
    const found = /node_modules\\/((?:@[^/]+\\/)?[^/]+)\\//.exec(url);
    if (found) loaded.add(found[1]);
    return next(url, context);
  },
});
const { startHub } = await import('./main/hub/index.ts');
const hub = await startHub({ dataDir: process.argv[1], port: 0, host: '127.0.0.1', webRoot: null, logToConsole: true });
// The hub serves HTTPS as in a room, trusted here by its room CA as a tablet would.
const { get } = await import('node:https');
await new Promise((resolve, reject) => get(hub.url + '/api/health', { ca: hub.tls.caPem }, (res) => (res.resume(), res.on('end', resolve))).on('error', reject));
await hub.close();
process.stdout.write(JSON.stringify([...loaded]));
`;

const ON_FIRST_USE = ['pdf-lib', '@pdf-lib/fontkit', 'exceljs', 'qrcode', 'papaparse', 'iconv-lite', 'yazl', 'yauzl', 'pdfjs-dist', '@napi-rs/canvas'];

describe('an idle hub', () => {
  it('has not loaded the libraries of printing, imports and packs', async () => {
    const dir = tempDir();
    try {
      const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', SCRIPT, dir.path], { cwd: process.cwd() });
      const loaded = JSON.parse(stdout.slice(stdout.lastIndexOf('['))) as string[];
      expect(loaded).toContain('socket.io');
      expect(loaded.filter((name) => ON_FIRST_USE.includes(name))).toEqual([]);
    } finally {
      dir.remove();
    }
  });
});
