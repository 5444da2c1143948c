import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { closeLogger, createLogger, flushLogger } from './logger.ts';

describe('the hub logger', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  const dataDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'roundtable-log-'));
    dirs.push(dir);
    return dir;
  };

  it('writes clipped lines to a file only its user may read', async () => {
    const dir = dataDir();
    const logger = createLogger(dir, false);
    logger.info({ event: 'e'.repeat(900_000), nested: { name: 'n'.repeat(50_000) } }, 'command refused');
    await closeLogger(logger);
    const logs = join(dir, 'logs');
    const [file] = readdirSync(logs);
    expect(file).toMatch(/^hub\.\d{4}-\d{2}-\d{2}\.1\.log$/);
    const text = readFileSync(join(logs, file!), 'utf8');
    expect(text.length).toBeLessThan(5000);
    expect(text).toContain('command refused');
    if (process.platform !== 'win32') {
      expect((statSync(logs).mode & 0o777).toString(8)).toBe('700');
      expect((statSync(join(logs, file!)).mode & 0o777).toString(8)).toBe('600');
    }
  });

  it('drops lines logged after closing instead of failing, even forced through to the closed file', async () => {
    const logger = createLogger(dataDir(), false);
    await closeLogger(logger);
    expect(() => logger.info('a late line')).not.toThrow();
    logger.level = 'info';
    expect(() => logger.info('forced')).not.toThrow();
    await new Promise((resolve) => setTimeout(resolve, 50));
    await closeLogger(logger);
  });

  it('has every line in the file once flushed (what a crashing hub waits for before it exits)', async () => {
    const dir = dataDir();
    const logger = createLogger(dir, false);
    for (let i = 0; i < 3000; i++) logger.warn({ i }, 'a line');
    await flushLogger(logger);
    const logs = join(dir, 'logs');
    const lines = readdirSync(logs).flatMap((name) => readFileSync(join(logs, name), 'utf8').trim().split('\n'));
    expect(lines.map((text) => (JSON.parse(text) as { i: number }).i)).toEqual(Array.from({ length: 3000 }, (_, i) => i));
    await closeLogger(logger);
  });
});
