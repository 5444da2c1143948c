// Screenshots of the minutes (issue 15.4): the first two pages of a Vietnamese PDF, as pdftoppm draws them, into
// docs/screenshots/. The meeting is the minutes' test meeting (shared/domain/minutes/test-source.ts): four delegates,
// a named and a secret motion with paper votes, an election, two speakers. Needs pdftoppm (poppler-utils).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildMinutes } from '../shared/domain/minutes/index.ts';
import { testSource, TZ } from '../shared/domain/minutes/test-source.ts';
import { renderMinutesPdf } from '../main/hub/minutes/pdf.ts';

const out = join(import.meta.dirname, '..', 'docs', 'screenshots');
const dir = mkdtempSync(join(tmpdir(), 'roundtable-minutes-shot-'));
try {
  for (const [lang, header, body, locality] of [
    ['vi', 'party', 'ĐẢNG BỘ TỈNH\nĐẢNG ỦY KHỐI CƠ QUAN', 'Hà Nội'],
    ['en', 'state', 'PEOPLE’S COMMITTEE OF HA NOI', 'Hà Nội'],
  ] as const) {
    const minutes = buildMinutes(testSource(), { lang, header, body, locality, timeZone: TZ, madeAt: '2026-02-05T04:05:00Z' });
    const pdf = join(dir, `minutes-${lang}.pdf`);
    writeFileSync(pdf, await renderMinutesPdf(minutes));
    // 110 dpi: an A4 page about 910 px wide, readable on screen.
    execFileSync('pdftoppm', ['-r', '110', '-png', '-f', '1', '-l', '2', pdf, join(out, `minutes-${lang}`)]);
    console.log(`docs/screenshots/minutes-${lang}-1.png, minutes-${lang}-2.png`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
