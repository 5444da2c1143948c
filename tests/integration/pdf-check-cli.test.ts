import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES_DIR, manifest } from '../support/fixtures.ts';

const cli = (...args: string[]) => spawnSync(process.execPath, ['main/cli/index.ts', 'pdf', 'check', ...args], { encoding: 'utf8' });

describe('npm run cli -- pdf check', () => {
  it('says accepted with the page count or refused with a reason for every file of the corpus, and exits 1', () => {
    const rows = manifest();
    const run = cli('--json', ...rows.map((r) => join(FIXTURES_DIR, r.file)));
    expect(run.status).toBe(1);
    const lines = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as { file: string; ok: boolean; pages?: number; message?: string });
    expect(lines).toHaveLength(rows.length);
    for (const [i, row] of rows.entries()) {
      expect(lines[i], row.file).toMatchObject(row.expect === 'accept' ? { ok: true, pages: row.pages } : { ok: false, message: expect.any(String) });
    }
    // The check decodes every page of every file (1,221 pages for source2e.pdf alone), one file after another.
  }, 240_000);

  it('prints one plain line per file and exits 0 when all are accepted', () => {
    const run = cli(join(FIXTURES_DIR, 'multicolumn.pdf'), join(FIXTURES_DIR, 'habibi-rotated.pdf'));
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('multicolumn.pdf: accepted 3 pages\nhabibi-rotated.pdf: accepted 4 pages\n');
  });

  it('refuses a missing file by name', () => {
    const run = cli('/no/such/file.pdf');
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('file.pdf: refused: No such file.\n');
  });
});
