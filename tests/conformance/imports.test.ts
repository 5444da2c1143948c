// The conformance client knows the protocol only from the documents: none of its files may import the project's
// code (shared/, main/, renderer/), only node's modules, socket.io-client and vitest. The hub it talks to is started
// by hub.ts, the one file that may reach the project's test support.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const folder = new URL('./', import.meta.url);
const ALLOWED = [/^node:/, /^socket\.io-client$/, /^vitest$/, /^\.\/[a-z-]+\.ts$/];
const INFRASTRUCTURE: Record<string, string> = { 'hub.ts': '../support/hub.ts' };

/** Every module a file names: static imports and re-exports, dynamic imports, requires. */
export function importsOf(source: string): string[] {
  const found = [
    ...source.matchAll(/^\s*(?:import|export)\s[^;]*?\bfrom\s+['"]([^'"]+)['"]/gms),
    ...source.matchAll(/^\s*import\s+['"]([^'"]+)['"]/gm),
    ...source.matchAll(/\b(?:import|require)\s*\(\s*['"`]([^'"`]+)['"`]\s*\)/g),
  ];
  return found.map((m) => m[1]!);
}

describe('the conformance client', () => {
  it('imports nothing of the project: node, socket.io-client, vitest and its own files only', () => {
    const files = readdirSync(folder).filter((f) => f.endsWith('.ts'));
    expect(files).toEqual(expect.arrayContaining(['client.ts', 'hub.ts', 'imports.test.ts']));
    for (const file of files) {
      const source = readFileSync(new URL(file, folder), 'utf8');
      for (const name of importsOf(source)) {
        const ok = ALLOWED.some((re) => re.test(name)) || INFRASTRUCTURE[file] === name;
        expect(ok, `${file} imports ${name}`).toBe(true);
      }
      // The project's own words for its protocol never appear as a path either.
      expect(/['"`][^'"`\n]*\b(?:shared|main|renderer)\/[^'"`\n]*['"`]/.test(source), `${file} names a project folder`).toBe(false);
    }
  });

  it('finds every kind of import it must refuse', () => {
    // Written with stand-ins (@ for a quote, ~ for ../.., folders in capitals) so that this file itself stays clean.
    const source = [
      'import { COMMANDS } from @~/SHARED/protocol/index.ts@;',
      'import type { Store } from @~/MAIN/hub/store/store.ts@;',
      'export { x } from @~/RENDERER/client/HubClient.ts@;',
      'const m = await import(@~/SHARED/domain/quorum.ts@);',
      'import @~/MAIN/hub/index.ts@;',
    ]
      .join('\n')
      .replace(/@/g, "'")
      .replace(/~/g, '../..')
      .replace(/SHARED|MAIN|RENDERER/g, (folder) => folder.toLowerCase());
    const names = importsOf(source);
    expect(names).toHaveLength(5);
    expect(names.every((n) => !ALLOWED.some((re) => re.test(n)))).toBe(true);
  });
});
