// The desktop app end to end: the built app (dist/renderer from npm run build:web, dist/electron built here) launched with Electron's binary through Playwright.
// Skipped, with one plain line, where this checkout has no binary (`npm run electron:install` needs the internet).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { _electron as electron, type ElectronApplication, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_MEETING } from '../../main/hub/demo/content.ts';
import { staffCredential, trustRoomCa } from '../support/hub.ts';
import { buildElectron } from '../../scripts/build-electron.ts';
import { electronArgs, findElectronBinary, repoRoot } from '../../scripts/electron-binary.ts';

const binary = findElectronBinary();
if (!binary.present) {
  process.stdout.write(`Electron end-to-end tests skipped: no Electron binary at node_modules/electron/dist (${binary.reason})\n`);
}

/** A display for Electron: the one we have, or a private Xvfb on Linux. */
function ensureDisplay(): { display: string | undefined; xvfb: ChildProcess | null } {
  if (process.platform !== 'linux' || process.env.DISPLAY || process.env.WAYLAND_DISPLAY) {
    return { display: process.env.DISPLAY, xvfb: null };
  }
  if (spawnSync('sh', ['-c', 'command -v Xvfb']).status !== 0) {
    throw new Error('No display and no Xvfb: run under a desktop session, or apt-get install xvfb');
  }
  const display = `:${90 + (process.pid % 9)}`;
  const xvfb = spawn('Xvfb', [display, '-screen', '0', '1920x1080x24', '-nolisten', 'tcp'], { stdio: 'ignore' });
  return { display, xvfb };
}

describe.skipIf(!binary.present)('the desktop app (Electron)', () => {
  let app: ElectronApplication;
  let page: Page;
  let dir: string;
  let xvfb: ChildProcess | null = null;
  let output = '';

  beforeAll(async () => {
    if (!binary.present) return;
    // `npm test` builds the web client; the Electron bundles take a moment, so they are built here, fresh.
    await buildElectron();
    dir = mkdtempSync(path.join(tmpdir(), 'rt-electron-e2e-'));
    const screen = ensureDisplay();
    xvfb = screen.xvfb;
    if (xvfb) await new Promise((resolve) => setTimeout(resolve, 1_000));
    app = await electron.launch({
      executablePath: binary.path,
      // Its own user data folder: its own single-instance lock, so a running Roundtable does not absorb it.
      args: [`--user-data-dir=${path.join(dir, 'user-data')}`, ...electronArgs(repoRoot)],
      cwd: repoRoot,
      env: {
        ...(process.env as Record<string, string>),
        ...(screen.display ? { DISPLAY: screen.display } : {}),
        ROUNDTABLE_DATA: path.join(dir, 'hub'),
        ROUNDTABLE_PORT: '0',
        ROUNDTABLE_HOST: '127.0.0.1',
      },
      timeout: 60_000,
    });
    app.process().stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    // A fresh user data folder: the first start asks this machine's role on the app's own page; the chair's is the
    // default, and the app then opens the console in a window of its own.
    const setupPage = await app.firstWindow();
    await setupPage.waitForURL('app://roundtable/setup', { timeout: 30_000 });
    const next = app.waitForEvent('window');
    await setupPage.getByTestId('setup-submit').click();
    page = await next;
    await page.waitForURL(/^app:\/\/roundtable\/console\/demo$/, { timeout: 30_000 });
  });

  afterAll(async () => {
    await app?.close().catch(() => {});
    xvfb?.kill();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('opens the chair console of the demo meeting on the hub it started', async () => {
    const signIn = page.locator('input[type="password"]');
    const title = page.getByText(DEMO_MEETING.title).first();
    await Promise.race([signIn.waitFor({ timeout: 30_000 }), title.waitFor({ timeout: 30_000 })]);
    if (await signIn.isVisible()) {
      // The admin passcode the app printed on the hub's first start is the secretariat's: with it, the secretariat
      // issues the chair's own credential (through the hub, as its Staff access screen does), and the chair signs in.
      const passcode = /admin passcode of this new hub \(shown once\): (\S+)/.exec(output)?.[1];
      expect(passcode, output).toBeTruthy();
      // The app's hub serves HTTPS under its room CA: this test's socket trusts it as the app does.
      const origin = await page.evaluate(() => (window as unknown as { roundtable: { hubUrl: string } }).roundtable.hubUrl);
      trustRoomCa({ url: origin, tls: { caPem: readFileSync(path.join(dir, 'hub', 'tls', 'room-ca.crt'), 'utf8') } });
      await signIn.fill(await staffCredential(origin, passcode ?? '', 'chair', 'Chủ tọa'));
      await page.getByTestId('signin-submit').click();
    }
    await title.waitFor({ timeout: 30_000 });
  });

  // Electron 45 has no getter for a window's webPreferences (the unit tests check the options every window gets):
  // here, what they mean to the page. No Node (nodeIntegration off, sandboxed), and the bridge exists only through
  // contextBridge, which works only with context isolation.
  it('gives the page no Node and only the small bridge', async () => {
    const seen = await page.evaluate(() => {
      const w = window as unknown as Record<string, unknown>;
      return {
        require: typeof w.require,
        process: typeof w.process,
        module: typeof w.module,
        bridge: w.roundtable as { kind?: string; version?: string; hubUrl?: string } | undefined,
        bridgeFrozen: Object.isFrozen(w.roundtable),
        origin: location.origin,
      };
    });
    expect(seen.require).toBe('undefined');
    expect(seen.process).toBe('undefined');
    expect(seen.module).toBe('undefined');
    expect(seen.bridge?.kind).toBe('electron');
    // The page is the app's own, from its own scheme; the hub is elsewhere, at the address the bridge gives.
    expect(seen.origin).toBe('app://roundtable');
    expect(seen.bridge?.hubUrl).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    expect(seen.bridge?.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(seen.bridgeFrozen).toBe(true);
  });

  it('opens no new window and does not navigate away from the hub', async () => {
    const before = page.url();
    const opened = await page.evaluate(() => window.open('https://example.com/') === null);
    expect(opened).toBe(true);
    expect(app.windows()).toHaveLength(1);
    await page.evaluate(() => {
      location.href = 'https://example.com/';
    });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(page.url()).toBe(before);
  });
});
