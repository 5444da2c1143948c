import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The team's real-world PDFs: `../shared/fixtures/pdfs` beside the checkout (ROUNDTABLE_FIXTURES overrides). */
export const FIXTURES_DIR = resolve(process.env.ROUNDTABLE_FIXTURES ?? join(import.meta.dirname, '../../../shared/fixtures/pdfs'));

export function fixture(name: string): Buffer {
  const path = join(FIXTURES_DIR, name);
  if (!existsSync(path)) {
    throw new Error(`Fixture ${name} not found in ${FIXTURES_DIR}: the team's shared/ folder must sit beside the checkout, or set ROUNDTABLE_FIXTURES.`);
  }
  return readFileSync(path);
}

export interface ManifestRow {
  file: string;
  pages: number | null;
  expect: 'accept' | 'refuse';
  why: string;
}

/** MANIFEST.tsv: what each fixture is and whether a meeting room should accept it. */
export function manifest(): ManifestRow[] {
  const [header, ...lines] = fixture('MANIFEST.tsv').toString('utf8').trim().split('\n');
  const columns = header!.split('\t');
  return lines.map((line) => {
    const cells = Object.fromEntries(line.split('\t').map((cell, i) => [columns[i], cell]));
    return {
      file: cells.file!,
      pages: cells.pages && cells.pages !== '-' ? Number(cells.pages) : null,
      expect: cells.expect === 'accept' ? 'accept' : 'refuse',
      why: cells.why ?? '',
    };
  });
}
