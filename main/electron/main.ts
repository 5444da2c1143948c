// Electron's entry (bundled to dist/electron/main.cjs, package.json "main"). Only wiring: the behaviour is in
// app.ts, where it is unit-tested. This file is loaded only inside Electron, so it may import `electron`.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, powerSaveBlocker, protocol, screen, session, utilityProcess } from 'electron';
import { Bonjour } from 'bonjour-service';
import { runApp } from './app.ts';
import { HUB_V8_FLAGS } from '../hub/process/hub-runner.ts';
import { APP_SCHEME_PRIVILEGES } from './app-protocol.ts';

// Before the app is ready: app://roundtable is a standard, secure origin (its IndexedDB and localStorage kept in
// the default session, which Electron keeps under userData).
protocol.registerSchemesAsPrivileged(APP_SCHEME_PRIVILEGES.map((entry) => ({ scheme: entry.scheme, privileges: { ...entry.privileges } })));

// The first start's choice (roles.ts), only for this user.
const roleFile = () => path.join(app.getPath('userData'), 'role.json');

// main.ts runs only as dist/electron/main.cjs (CommonJS), where __dirname is that folder.
const distDir = __dirname;

// A certificate the verify proc refused is refused again here, never let through by a click (pinning.ts decides).
app.on('certificate-error', (_event, _contents, url, error, _certificate, callback) => {
  console.error(`[roundtable] certificate refused for ${url}: ${error}`);
  callback(false);
});

runApp({
  app,
  session: session.defaultSession,
  createWindow: (options) => new BrowserWindow(options),
  forkHub: (modulePath, args) => utilityProcess.fork(modulePath, args, { serviceName: 'Roundtable hub', stdio: 'inherit', execArgv: [...HUB_V8_FLAGS] }),
  showError: (title, content) => dialog.showErrorBox(title, content),
  showPasscode: (passcode, roomUrls) => {
    console.log(`[roundtable] admin passcode of this new hub (shown once): ${passcode}`);
    void dialog.showMessageBox({
      type: 'info',
      title: 'Roundtable',
      message: `Admin passcode: ${passcode}`,
      detail:
        'Write it down: it is shown only this once, and the secretariat needs it to sign in.\n\n' +
        `Tablets in the room open: ${roomUrls.join('  or  ')}`,
      buttons: ['OK'],
    });
  },
  env: process.env,
  distDir,
  protocol,
  readFile: (file) => readFile(file),
  ipc: ipcMain,
  choiceStore: {
    read: () => {
      try {
        return readFileSync(roleFile(), 'utf8');
      } catch {
        return null;
      }
    },
    write: (text) => {
      mkdirSync(path.dirname(roleFile()), { recursive: true, mode: 0o700 });
      writeFileSync(roleFile(), text, { mode: 0o600 });
    },
  },
  powerSaveBlocker,
  createKioskWindow: (options) => new BrowserWindow(options),
  responder: () => new Bonjour(),
  screen,
  createProjectorWindow: (options, display) => {
    const window = new BrowserWindow({ ...options, ...display.bounds, fullscreen: true, frame: false });
    // The room sees it: no sleep while it shows.
    const awake = powerSaveBlocker.start('prevent-display-sleep');
    window.on('closed', () => powerSaveBlocker.stop(awake));
    return window;
  },
}).catch((error: unknown) => {
  console.error('[roundtable] fatal:', error);
  dialog.showErrorBox('Roundtable cannot start', String(error instanceof Error ? (error.stack ?? error.message) : error));
  app.exit(1);
});
