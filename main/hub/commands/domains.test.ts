// Each domain lists its handlers in `<domain>/index.ts`, named like its declarations in shared/protocol/commands/.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Handler } from './context.ts';

const here = import.meta.dirname;
const folders = readdirSync(here, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
const protocolDomains = readdirSync(`${here}/../../../shared/protocol/commands`)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'index.ts' && f !== 'spec.ts')
  .map((f) => f.replace(/\.ts$/, ''));

describe('handler domains', () => {
  it('has one handler folder per protocol domain', () => {
    expect([...folders].sort()).toEqual([...protocolDomains].sort());
  });

  it.each(folders)("%s/index.ts lists only that domain's handlers", async (folder) => {
    const module = (await import(`./${folder}/index.ts`)) as Record<string, unknown>;
    const handlers = module[`${folder.toUpperCase()}_HANDLERS`] as Handler[] | undefined;
    expect(handlers, `${folder}/index.ts exports ${folder.toUpperCase()}_HANDLERS`).toBeDefined();
    expect(handlers!.length).toBeGreaterThan(0);
    for (const handler of handlers!) expect(handler.name.startsWith(`${folder}.`), handler.name).toBe(true);
  });
});
