// Each domain declares its commands in its own file; the merged map in index.ts must hold them all, once each.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMMAND_NAMES } from './index.ts';

const NOT_DOMAINS = new Set(['index.ts', 'spec.ts']);
const domainFiles = readdirSync(import.meta.dirname).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !NOT_DOMAINS.has(f));

async function domainNames(file: string): Promise<string[]> {
  const module = (await import(`./${file}`)) as Record<string, unknown>;
  const maps = Object.entries(module).filter(([name]) => name.endsWith('_COMMANDS'));
  expect(maps.map(([name]) => name), `${file} exports one *_COMMANDS map`).toHaveLength(1);
  return Object.keys(maps[0]![1] as object);
}

describe('command domains', () => {
  it('finds the domain files', () => {
    expect(domainFiles).toContain('session.ts');
    expect(domainFiles).toContain('staff.ts');
  });

  it.each(domainFiles)('%s declares only commands named after its domain, all merged into COMMANDS', async (file) => {
    const domain = file.replace(/\.ts$/, '');
    const names = await domainNames(file);
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) {
      expect(name.startsWith(`${domain}.`), `${name} in ${file}`).toBe(true);
      expect(COMMAND_NAMES).toContain(name);
    }
  });

  it('COMMANDS holds the domains and nothing else, each name once', async () => {
    const all = (await Promise.all(domainFiles.map(domainNames))).flat();
    expect(new Set(all).size).toBe(all.length);
    expect([...all].sort()).toEqual([...COMMAND_NAMES].sort());
  });
});
