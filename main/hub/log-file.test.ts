import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openLogFile, type LogFile } from './log-file.ts';

describe('the rotated log file', () => {
  const dirs: string[] = [];
  const open: LogFile[] = [];
  afterEach(async () => {
    for (const file of open.splice(0)) await file.end();
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  const folder = () => {
    const dir = mkdtempSync(join(tmpdir(), 'roundtable-log-file-'));
    dirs.push(dir);
    return dir;
  };
  let clock = new Date(2026, 2, 1, 23, 59).getTime();
  const logFile = (dir: string, options: { maxBytes?: number; keep?: number } = {}) => {
    const errors: Error[] = [];
    const file = openLogFile({ dir, name: 'hub', maxBytes: options.maxBytes ?? 1000, keep: options.keep ?? 20, now: () => clock }, (e) => errors.push(e));
    open.push(file);
    return Object.assign(file, { errors });
  };
  const listed = (dir: string) => readdirSync(dir).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  const line = (n: number) => `${JSON.stringify({ n, pad: 'x'.repeat(80) })}\n`;

  it('starts a new file past the size, and one at the first line of a new day', async () => {
    clock = new Date(2026, 2, 1, 23, 59).getTime();
    const dir = folder();
    const file = logFile(dir);
    for (let n = 0; n < 25; n++) file.write(line(n));
    clock += 2 * 60_000;
    file.write(line(25));
    await file.end();
    expect(listed(dir)).toEqual(['hub.2026-03-01.1.log', 'hub.2026-03-01.2.log', 'hub.2026-03-01.3.log', 'hub.2026-03-02.1.log']);
    const numbers = listed(dir).flatMap((name) =>
      readFileSync(join(dir, name), 'utf8')
        .trim()
        .split('\n')
        .map((text) => (JSON.parse(text) as { n: number }).n),
    );
    // Every line once, in order, none split between two files.
    expect(numbers).toEqual(Array.from({ length: 26 }, (_, n) => n));
    for (const name of listed(dir).slice(0, 2)) expect(statSync(join(dir, name)).size).toBeLessThan(1000 + line(0).length);
    if (process.platform !== 'win32') for (const name of listed(dir)) expect((statSync(join(dir, name)).mode & 0o777).toString(8)).toBe('600');
    expect(file.errors).toEqual([]);
  });

  it('keeps the newest files, counting those of earlier runs, and goes on with the day’s last one if it has room', async () => {
    clock = new Date(2026, 2, 5, 10, 0).getTime();
    const dir = folder();
    for (const name of ['hub.2026-03-01.1.log', 'hub.2026-03-01.2.log', 'hub.2026-03-04.1.log', 'hub.2026-03-05.1.log', 'hub.2026-03-05.2.log']) {
      writeFileSync(join(dir, name), '{"earlier":true}\n');
    }
    writeFileSync(join(dir, 'notes.txt'), 'not a log');
    const file = logFile(dir, { keep: 3 });
    expect(file.path).toBe(join(dir, 'hub.2026-03-05.2.log'));
    expect(listed(dir)).toEqual(['hub.2026-03-04.1.log', 'hub.2026-03-05.1.log', 'hub.2026-03-05.2.log', 'notes.txt']);
    for (let n = 0; n < 12; n++) file.write(line(n));
    await new Promise<void>((resolve) => file.flush(resolve));
    expect(listed(dir)).toEqual(['hub.2026-03-05.1.log', 'hub.2026-03-05.2.log', 'hub.2026-03-05.3.log', 'notes.txt']);
    expect(readFileSync(join(dir, 'hub.2026-03-05.2.log'), 'utf8')).toMatch(/^\{"earlier":true\}\n\{"n":0,/);
  });

  it('flushes every line written so far, and drops lines after it ended', async () => {
    clock = new Date(2026, 2, 5, 10, 0).getTime();
    const dir = folder();
    const file = logFile(dir, { maxBytes: 10_000_000 });
    for (let n = 0; n < 5000; n++) file.write(line(n));
    await new Promise<void>((resolve) => file.flush(resolve));
    expect(readFileSync(file.path, 'utf8').split('\n').length).toBe(5001);
    await file.end();
    expect(() => file.write(line(5000))).not.toThrow();
    expect(readFileSync(file.path, 'utf8').split('\n').length).toBe(5001);
  });

  it('reports a file it cannot open and drops its lines instead of failing', async () => {
    const dir = folder();
    const file = logFile(join(dir, 'missing'));
    expect(file.errors.length).toBeGreaterThan(0);
    expect(() => file.write(line(0))).not.toThrow();
  });
});
