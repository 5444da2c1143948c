// The room CA page a tablet opens before it trusts the hub (the plain-HTTP listener, main/hub/tls/ca-listener.ts),
// in Vietnamese and English, at a tablet's size and a desktop's: docs/screenshots/ca-page-<lang>[-1920].png.
// Run: node scripts/screenshots-ca.ts (SCREENSHOTS_OUT writes elsewhere).
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { startHub } from '../main/hub/index.ts';
import { CHROMIUM } from '../tests/support/browser.ts';

const ROOT = join(import.meta.dirname, '..');
const OUT = process.env.SCREENSHOTS_OUT ? resolve(process.env.SCREENSHOTS_OUT) : join(ROOT, 'docs/screenshots');

mkdirSync(OUT, { recursive: true });
const dataDir = mkdtempSync(join(tmpdir(), 'roundtable-ca-page-'));
const hub = await startHub({ dataDir, port: 0, host: '127.0.0.1', webRoot: null, logToConsole: false });
// A browser that does not trust the room yet, as a new tablet: only the plain-HTTP page is open to it.
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
try {
  for (const language of ['vi', 'en'] as const) {
    for (const [suffix, viewport] of [['', { width: 1280, height: 800 }], ['-1920', { width: 1920, height: 1080 }]] as const) {
      const context = await browser.newContext({ viewport, locale: language === 'vi' ? 'vi-VN' : 'en-GB' });
      const page = await context.newPage();
      await page.goto(hub.tls!.caUrl);
      await page.screenshot({ path: join(OUT, `ca-page-${language}${suffix}.png`), fullPage: suffix === '' });
      await context.close();
    }
  }
} finally {
  await browser.close();
  await hub.close();
  rmSync(dataDir, { recursive: true, force: true });
}
process.stdout.write(`CA page screenshots written to ${OUT}\n`);
