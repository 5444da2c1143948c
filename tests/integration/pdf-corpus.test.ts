import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inspectPdf } from '../../main/hub/pdf/inspect.ts';
import { FIXTURES_DIR, manifest } from '../support/fixtures.ts';

/** Every real-world PDF of the team's corpus is either accepted with its page count right or refused with a reason. */
describe('the PDF check on the real-world corpus (../shared/fixtures/pdfs)', () => {
  it.each(manifest().map((row) => [row.file, row] as const))('%s', async (_, row) => {
    const outcome = await inspectPdf(join(FIXTURES_DIR, row.file));
    if (row.expect === 'accept') {
      expect(outcome, row.why).toMatchObject({ ok: true, pages: row.pages });
    } else {
      expect(outcome.ok, row.why).toBe(false);
      if (!outcome.ok) expect(outcome.message.length).toBeGreaterThan(15);
    }
    // Every page is decoded: source2e.pdf's 1,221 pages take 7 to 12 s.
  }, 120_000);
});
