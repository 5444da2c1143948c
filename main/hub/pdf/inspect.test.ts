import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentBombPdf, imageBombPdf, nestedFormsPdf, plainPdf } from '../../../tests/support/bombs.ts';
import { DEFAULT_INSPECT_LIMITS, inspectPdf } from './inspect.ts';

const dir = mkdtempSync(join(tmpdir(), 'roundtable-inspect-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, bytes: Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};

describe('the PDF check decodes what a tablet will draw', () => {
  it('accepts an honest page', async () => {
    expect(await inspectPdf(file('plain.pdf', plainPdf()))).toEqual({ ok: true, pages: 1 });
  });

  // Each about 1 MB on disk. The check's process is stopped; the hub's own memory does not move.
  it.each([
    ['a content stream that inflates to 1 GiB', () => contentBombPdf(1024 ** 3)],
    ['a 16,000 × 16,000 image (768 MB of pixels) from a stream of zeros', () => imageBombPdf(16_000)],
  ])('refuses %s as too heavy, with a reason and a message', async (_, make) => {
    const path = file('bomb.pdf', make());
    const before = process.memoryUsage.rss();
    const started = Date.now();
    const outcome = await inspectPdf(path);
    expect(outcome).toMatchObject({ ok: false, reason: 'too_heavy' });
    // Memory runs out first here; on a slower machine the page's time may.
    if (!outcome.ok) {
      expect([
        `Drawing page 1 of the PDF needs more than ${DEFAULT_INSPECT_LIMITS.maxRssMb} MB of memory, more than a tablet has; it was refused.`,
        `Page 1 takes more than ${DEFAULT_INSPECT_LIMITS.pageTimeoutMs / 1000} s to draw, longer than a tablet can take; it was refused.`,
      ]).toContain(outcome.message);
    }
    expect(Date.now() - started).toBeLessThan(DEFAULT_INSPECT_LIMITS.pageTimeoutMs + 5_000);
    expect(process.memoryUsage.rss() - before).toBeLessThan(50 * 1024 * 1024);
  }, 30_000);

  it('refuses forms nested nine deep (10^9 lines on one page) within its time limit for a page', async () => {
    const started = Date.now();
    const outcome = await inspectPdf(file('forms.pdf', nestedFormsPdf(9)), { ...DEFAULT_INSPECT_LIMITS, pageTimeoutMs: 2_000 });
    expect(outcome).toEqual({
      ok: false,
      reason: 'too_heavy',
      message: 'Page 1 takes more than 2 s to draw, longer than a tablet can take; it was refused.',
      params: { page: 1, seconds: 2 },
    });
    expect(Date.now() - started).toBeLessThan(10_000);
  }, 30_000);

  it('names each limit in its refusal: the whole check, the V8 heap', async () => {
    const path = file('plain-again.pdf', plainPdf());
    expect(await inspectPdf(path, { timeoutMs: 20, maxHeapMb: 512 })).toEqual({
      ok: false,
      reason: 'too_slow',
      message: 'Opening the PDF took longer than 0.02 s; it was refused.',
      params: { seconds: 0.02 },
    });
    expect(await inspectPdf(path, { timeoutMs: 60_000, maxHeapMb: 8 })).toMatchObject({ ok: false, reason: 'too_big', params: { megabytes: 8 } });
  }, 30_000);
});
