// A tablet told that a newer build of the app is ready (the app shell's banner, renderer/features/app-shell), and the
// secretariat's preload table after a shared tablet forgot the restricted documents of the delegate who signed out:
// docs/screenshots/app-update-<lang>.png and preload-forgotten-<lang>.png, in Vietnamese and English at 1280x800.
// The newer build is real: the hub serves a copy of dist/renderer whose service worker changes under the tablet.
// Run: npm run build:web && node scripts/screenshots-app-shell.ts (SCREENSHOTS_OUT writes elsewhere).
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { startHub } from '../main/hub/index.ts';
import { CHROMIUM } from '../tests/support/browser.ts';
import { delegatesOf, issueBadge, pairByRoomQr, roomQrLink, signInWithCode } from '../tests/support/tablet.ts';

const ROOT = join(import.meta.dirname, '..');
const OUT = process.env.SCREENSHOTS_OUT ? resolve(process.env.SCREENSHOTS_OUT) : join(ROOT, 'docs/screenshots');

mkdirSync(OUT, { recursive: true });
const work = mkdtempSync(join(tmpdir(), 'roundtable-app-shell-'));
const web = join(work, 'web');
cpSync(join(ROOT, 'dist/renderer'), web, { recursive: true });
const hub = await startHub({ dataDir: join(work, 'data'), port: 0, host: '127.0.0.1', webRoot: web, logToConsole: false, seedDemo: true, insecureHttp: true });
const passcode = hub.firstPasscode ?? '';
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'vi-VN' });
  const pad = await context.newPage();
  await pairByRoomQr(pad, await roomQrLink(hub.url, passcode, 'demo'));
  const [delegate] = await delegatesOf(hub.url, passcode, 'demo');
  await signInWithCode(pad, (await issueBadge(hub.url, passcode, 'demo', delegate!.id)).shortCode);
  await pad.getByTestId('delegate-badge').waitFor();
  await pad.waitForFunction(() => {
    const strip = document.querySelector('[data-testid="preload-strip"]');
    return strip !== null && strip.getAttribute('data-total') === strip.getAttribute('data-done');
  }, undefined, { timeout: 60_000 });
  await pad.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  // A page the shell serves (a tablet's every load after its first): only then does a newer build wait for it.
  await pad.reload();
  await pad.getByTestId('delegate-badge').waitFor();
  // The hub now serves a newer build.
  appendFileSync(join(web, 'sw.js'), '\n// a newer build\n');
  await pad.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
  await pad.getByTestId('app-update').waitFor({ timeout: 30_000 });
  for (const language of ['vi', 'en'] as const) {
    await pad.getByTestId(`language-${language}`).click();
    await pad.screenshot({ path: join(OUT, `app-update-${language}.png`) });
  }
  await pad.getByTestId('language-vi').click();
  // The delegate leaves this shared tablet; the secretariat's preload table says when it deleted her documents.
  await pad.getByTestId('signout').click();
  await pad.getByTestId('badge-signin').waitFor();
  // Another machine's browser: its own app shell, no newer build waiting.
  const office = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'vi-VN' });
  const desk = await office.newPage();
  await desk.goto(`${hub.url}/secretariat/demo?tab=preload`);
  await desk.getByTestId('signin-passcode').fill(passcode);
  await desk.getByTestId('signin-submit').click();
  await desk.getByTestId('preload-forgotten').waitFor({ timeout: 20_000 });
  for (const language of ['vi', 'en'] as const) {
    await desk.getByTestId(`language-${language}`).click();
    await desk.getByTestId('preload-forgotten').scrollIntoViewIfNeeded();
    await desk.screenshot({ path: join(OUT, `preload-forgotten-${language}.png`) });
  }
  await office.close();
  await context.close();
} finally {
  await browser.close();
  await hub.close();
  rmSync(work, { recursive: true, force: true });
}
process.stdout.write(`App shell screenshots written to ${OUT}\n`);
