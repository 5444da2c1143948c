import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { StoreSql } from './sql.ts';
import { openStore } from './store.ts';

type Factory = (sql: StoreSql) => Record<string, unknown>;

/** Every `<domain>Statements` factory of this folder, by file: a new domain file is found without being listed here. */
async function domainFactories(): Promise<Map<string, Factory>> {
  const found = new Map<string, Factory>();
  const files = readdirSync(import.meta.dirname).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
  for (const file of files) {
    const module = (await import(`./${file}`)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(module)) {
      if (name.endsWith('Statements') && typeof value === 'function') found.set(`${file}:${name}`, value as Factory);
    }
  }
  return found;
}

// Factories only build closures; a statement that ran while building one would fail this test.
const refuse = () => {
  throw new Error('a factory ran SQL while being built');
};
const noSql = { db: null, stmt: refuse, all: refuse, get: refuse, run: refuse } as unknown as StoreSql;

describe('the store is composed of its domains', () => {
  const dir = mkdtempSync(join(tmpdir(), 'roundtable-store-'));
  const store = openStore(join(dir, 'roundtable.db'));
  afterAll(() => {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('gives each method to one domain only, and the store has every domain method', async () => {
    const factories = await domainFactories();
    expect(factories.size).toBeGreaterThanOrEqual(14);
    const owner = new Map<string, string>();
    for (const [domain, factory] of factories) {
      for (const method of Object.keys(factory(noSql))) {
        expect(owner.get(method), `${method} is in ${owner.get(method)} and ${domain}`).toBeUndefined();
        owner.set(method, domain);
        expect(typeof (store as unknown as Record<string, unknown>)[method], `${domain}'s ${method} is not in the Store`).toBe('function');
      }
    }
  });
});
