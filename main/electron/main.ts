// Electron's entry (bundled to dist/electron/main.cjs, package.json "main"). Only wiring: the behaviour is in
// app.ts, where it is unit-tested. This file is loaded only inside Electron, so it may import `electron`.
import { app, BrowserWindow, dialog, powerSaveBlocker, screen, session, utilityProcess } from 'electron';
import { Bonjour } from 'bonjour-service';
import { runApp } from './app.ts';
import { HUB_V8_FLAGS } from '../hub/process/hub-runner.ts';

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
