// The desktop app's own pages (renderer/features/desktop-setup): the first start (a kiosk tablet chosen, a typed
// https address refused: no fingerprint to pin) and a kiosk's PIN page after a wrong PIN, in Vietnamese and English
// at 1280x800: docs/screenshots/desktop-setup-<lang>.png and kiosk-exit-<lang>.png. No Electron binary here: the
// page runs in Chromium with a stand-in for the app's bridge (window.roundtable) that answers as the main process does.
// Run: npm run build:web && node scripts/screenshots-desktop-setup.ts (SCREENSHOTS_OUT writes elsewhere).
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { startHub } from '../main/hub/index.ts';
import { CHROMIUM } from '../tests/support/browser.ts';

const ROOT = join(import.meta.dirname, '..');
const OUT = process.env.SCREENSHOTS_OUT ? resolve(process.env.SCREENSHOTS_OUT) : join(ROOT, 'docs/screenshots');

mkdirSync(OUT, { recursive: true });
const work = mkdtempSync(join(tmpdir(), 'roundtable-desktop-setup-'));
const hub = await startHub({ dataDir: join(work, 'data'), port: 0, host: '127.0.0.1', webRoot: join(ROOT, 'dist/renderer'), logToConsole: false, seedDemo: false, insecureHttp: true });
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
try {
  for (const lang of ['vi', 'en'] as const) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript(
      ([language, role, hubUrl]) => {
        localStorage.setItem('roundtable.language', language!);
        const refuse = (answer: object) => () => Promise.resolve(answer);
        (window as unknown as Record<string, unknown>).roundtable = Object.freeze({
          kind: 'electron',
          version: '0.1.0',
          hubUrl,
          role: role === '' ? null : role,
          chooseRole: refuse({ ok: false, code: 'bad_choice', message: 'no fingerprint', retryInMs: 0, reason: 'no_fingerprint' }),
          exitKiosk: refuse({ ok: false, code: 'wrong_pin', message: 'Wrong PIN.', retryInMs: 0 }),
          askKioskExit: refuse({ ok: false, code: 'not_allowed', message: 'not a kiosk', retryInMs: 0 }),
        });
      },
      [lang, '', ''],
    );
    const page = await context.newPage();
    await page.goto(`${hub.url}/setup`);
    await page.getByTestId('setup-role-tablet').click();
    await page.getByTestId('setup-link').fill('https://192.168.1.10:4010');
    await page.getByTestId('setup-pin').fill('2468');
    await page.getByTestId('setup-submit').click();
    await page.getByTestId('setup-error').waitFor();
    await page.screenshot({ path: join(OUT, `desktop-setup-${lang}.png`) });
    await context.close();

    const kiosk = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await kiosk.addInitScript(
      ([language]) => {
        localStorage.setItem('roundtable.language', language!);
        (window as unknown as Record<string, unknown>).roundtable = Object.freeze({
          kind: 'electron',
          version: '0.1.0',
          hubUrl: '',
          role: 'tablet',
          chooseRole: () => Promise.resolve({ ok: false, code: 'not_allowed', message: 'chosen', retryInMs: 0 }),
          exitKiosk: () => Promise.resolve({ ok: false, code: 'wrong_pin', message: 'Wrong PIN.', retryInMs: 0 }),
          askKioskExit: () => Promise.resolve({ ok: true }),
        });
      },
      [lang],
    );
    const pad = await kiosk.newPage();
    await pad.goto(`${hub.url}/kiosk-exit?back=%2Ftablet%2Fdemo`);
    await pad.getByTestId('kiosk-exit-pin').fill('1111');
    await pad.getByTestId('kiosk-exit-submit').click();
    await pad.getByTestId('kiosk-exit-error').waitFor();
    await pad.screenshot({ path: join(OUT, `kiosk-exit-${lang}.png`) });
    await kiosk.close();
  }
} finally {
  await browser.close();
  await hub.close();
  rmSync(work, { recursive: true, force: true });
}
console.log(`screenshots in ${OUT}`);
