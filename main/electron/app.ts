// The Electron main process's behaviour, with every Electron object passed in (main.ts passes the real ones,
// app.test.ts fakes). No runtime import of `electron` here: in plain Node, require('electron') tries to download it.
import path from 'node:path';
import { defaultDataDir } from '../hub/paths.ts';
import { bridgeArguments } from './bridge-api.ts';
import { describeExit } from '../hub/supervisor.ts';
import { hardenSession, hardenWebContents, windowOptions } from './security.ts';
import { certificateVerifyProc, refusalMessage } from './pinning.ts';
import { advertiseHub } from './dnssd.ts';
import { hostname } from 'node:os';
import { APP_ORIGIN, APP_SCHEME, appProtocolHandler, appUrl } from './app-protocol.ts';
import { answerBridge } from './ipc.ts';
import { readChoice, startPathFor, writeChoice, type RoleChoice } from './roles.ts';
import { choiceFromRequest, kioskExitAnswer, kioskPinPageAnswer, openTabletWindow, pairPathFrom } from './role-windows.ts';
import type { KioskLock } from './kiosk.ts';
import type { DesktopRole } from '../../shared/protocol/bridge.ts';
import type { AppDeps, WindowLike } from './app-deps.ts';
import { appConfig, type AppConfig } from './app-config.ts';
import { superviseHub, waitForHub, type HubReady } from './embedded-hub.ts';
import { followWithProjector } from './projector-window.ts';

export type { AppLike, AppDeps, AppSessionLike, HubChildLike, WindowLike } from './app-deps.ts';
export { appConfig, type AppConfig } from './app-config.ts';

export interface RunningApp {
  hubUrl: string;
  window: WindowLike;
}

/**
 * Single instance; hardening for every web contents and the session; the hub in a utility process; then the
 * chair console window on the hub. Resolves with the window, or null when this instance quits instead
 * (another instance runs, or the hub did not start).
 */
export async function runApp(deps: AppDeps): Promise<RunningApp | null> {
  const { app } = deps;
  const log = deps.log ?? ((line: string) => console.log(`[roundtable] ${line}`));

  if (!app.requestSingleInstanceLock()) {
    log('Roundtable is already running; focusing that window.');
    app.quit();
    return null;
  }

  // Every window shows the app's own pages (app://roundtable/), which talk to the hub at hubOrigin.
  let hubOrigin: string | null = null;
  const allowedOrigin = APP_ORIGIN;
  let mainWindow: WindowLike | null = null;

  // Registered first, so that no web contents, whenever created, escapes it.
  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents, {
      allowedOrigin,
      onBlocked: (what, url) => log(`blocked ${what}${url ? `: ${url}` : ''}`),
    });
  });
  app.on('second-instance', () => {
    if (!mainWindow || mainWindow.isDestroyed()) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => app.quit());

  await app.whenReady();
  hardenSession(deps.session, { allowedOrigin });
  deps.protocol?.handle(
    APP_SCHEME,
    appProtocolHandler({ root: path.join(app.getAppPath(), 'dist', 'renderer'), hubOrigin: () => hubOrigin, readFile: deps.readFile ?? ((file) => import('node:fs/promises').then((fs) => fs.readFile(file))) }),
  );
  // The app trusts no CA but the room's: its own hub's, as its hub process reports it (issue 19: the one the room QR
  // carried, for a tablet's app). Until it is known, every TLS connection is refused.
  let pin: string | null = null;
  deps.session.setCertificateVerifyProc(
    certificateVerifyProc({
      pin: () => pin,
      onRefused: (hostname, verdict) => {
        const message = refusalMessage(hostname, verdict, pin);
        log(`refused the hub at ${hostname}: ${verdict.reason} (presented ${verdict.presented ?? 'nothing'})`);
        deps.showError(message.title, message.detail);
      },
    }),
  );

  // The role: remembered, or asked on the first start's page (the bridge's chooseRole answers it once).
  let choice: RoleChoice | null = deps.choiceStore ? readChoice(deps.choiceStore.read()) : { role: 'chair', hub: 'embedded', kioskPinHash: null };
  let chosen: (choice: RoleChoice) => void = () => {};
  let kiosk: { lock: KioskLock; contents: unknown; openPinPage(): void } | null = null;
  // Just chosen from a room QR: its pairing comes first, so the QR pairs this machine in the same step.
  let pairPath: string | null = null;
  if (deps.ipc) {
    answerBridge(deps.ipc, {
      chooseRole: (request) => {
        if (choice) return { ok: false, code: 'not_allowed', message: 'This machine’s role was chosen already.', retryInMs: 0 };
        const made = choiceFromRequest(request);
        if ('ok' in made) return made;
        deps.choiceStore!.write(writeChoice(made));
        pairPath = made.hub === 'embedded' ? null : pairPathFrom(request.link);
        choice = made;
        chosen(made);
        return { ok: true };
      },
      exitKiosk: (sender, pin) => kioskExitAnswer(kiosk?.lock ?? null, kiosk !== null && sender === kiosk.contents, pin),
      askKioskExit: (sender) => kioskPinPageAnswer(kiosk, kiosk !== null && sender === kiosk.contents),
    });
  }
  const bridgeFor = (role: DesktopRole | null, hubUrl: string, title?: string) =>
    windowOptions({ bridge: path.join(deps.distDir, 'bridge.cjs'), additionalArguments: bridgeArguments({ version: app.getVersion(), hubUrl, role }), ...(title ? { title } : {}) });
  let setupWindow: WindowLike | null = null;
  if (!choice) {
    setupWindow = deps.createWindow(bridgeFor(null, ''));
    mainWindow = setupWindow;
    const url = appUrl('/setup');
    setupWindow.loadURL(url).catch((error: unknown) => log(`could not load ${url}: ${String(error)}`));
    choice = await new Promise<RoleChoice>((resolve) => (chosen = resolve));
    log(`role chosen: ${choice.role}${choice.hub === 'embedded' ? ' with its own hub' : ` on ${choice.hub.url}`}`);
  }
  const role = choice;
  // The first window goes once the role's window is up (closing it first would end the app: window-all-closed).
  const closeSetup = () => {
    if (setupWindow && !setupWindow.isDestroyed()) setupWindow.close?.();
  };

  if (role.hub !== 'embedded') {
    // The room's hub: trusted only with the certificate the room QR pinned (pinning.ts).
    pin = role.hub.fingerprint;
    hubOrigin = role.hub.url;
    const hubUrl = role.hub.url;
    let window: WindowLike;
    if (role.role === 'tablet') {
      if (!deps.createKioskWindow || !deps.powerSaveBlocker) throw new Error('a kiosk tablet needs createKioskWindow and powerSaveBlocker');
      const opened = openTabletWindow(bridgeFor('tablet', hubUrl), {
        createWindow: deps.createKioskWindow,
        powerSaveBlocker: deps.powerSaveBlocker,
        pinHash: () => role.kioskPinHash,
        log,
      });
      kiosk = { lock: opened.lock, contents: opened.window.webContents, openPinPage: opened.openPinPage };
      window = opened.window;
    } else {
      window = deps.createWindow(bridgeFor(role.role, hubUrl));
    }
    mainWindow = window;
    closeSetup();
    const url = appUrl(pairPath ?? startPathFor(role.role, null));
    window.loadURL(url).catch((error: unknown) => log(`could not load ${url}: ${String(error)}`));
    log(`${role.role} on the room's hub at ${hubUrl}`);
    return { hubUrl, window };
  }

  let config: AppConfig;
  try {
    config = appConfig(deps.env, { defaultDataDir: deps.defaultDataDir?.() ?? defaultDataDir(), appPath: app.getAppPath() });
  } catch (error) {
    deps.showError('Roundtable cannot start', String(error instanceof Error ? error.message : error));
    app.quit();
    return null;
  }

  const { supervisor, first: hub } = superviseHub(deps, config, log);
  let hubExited = false;
  let stopping = false;
  void supervisor.done.then(() => {
    hubExited = true;
  });

  let stopAdvertising = () => {};
  app.on('will-quit', (event) => {
    stopAdvertising();
    if (hubExited) return;
    event.preventDefault();
    if (stopping) return;
    stopping = true;
    log('stopping the hub');
    supervisor.stop();
    void supervisor.done.then(() => app.quit());
  });

  let ready: HubReady;
  try {
    ready = await waitForHub(hub.child, hub.exited, deps.hubStartTimeoutMs ?? 60_000);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    log(`the hub did not start: ${message}`);
    deps.showError('The Roundtable hub did not start', `${message}\n\nData folder: ${config.dataDir}`);
    supervisor.kill();
    hubExited = true;
    app.quit();
    return null;
  }

  void supervisor.done.then((outcome) => {
    if (stopping || outcome.kind !== 'gave-up') return;
    log(`the hub stopped: it crashed ${outcome.crashes} times in a short time (${describeExit(outcome.exit)})`);
    deps.showError(
      'The Roundtable hub stopped',
      `It crashed ${outcome.crashes} times in a short time and was not restarted again (last: ${describeExit(outcome.exit)}). The logs are in ${path.join(config.dataDir, 'logs')}.`,
    );
    app.quit();
  });

  pin = ready.fingerprint;
  hubOrigin = new URL(ready.url).origin;
  if (deps.responder) {
    stopAdvertising = advertiseHub(
      { url: ready.url, host: config.host, fingerprint: ready.fingerprint, name: `Roundtable ${hostname()}` },
      { env: deps.env, responder: deps.responder, log },
    );
  }
  log(`hub ready at ${ready.url} (room: ${ready.roomUrls.join(', ')})`);

  // The chair's console (the demo's when it is loaded), or the secretariat's list, on this machine's hub.
  const startPath = role.role === 'chair' ? config.startPath : startPathFor(role.role, null);
  const window = deps.createWindow(bridgeFor(role.role, ready.url));
  mainWindow = window;
  closeSetup();
  const startUrl = appUrl(startPath);
  window.loadURL(startUrl).catch((error: unknown) => log(`could not load ${startUrl}: ${String(error)}`));

  // The chair's console: the projector view on the second display while there is one, following plugs and unplugs.
  const consoleMeeting = role.role === 'chair' ? /^\/console\/([^/]+)$/.exec(startPath)?.[1] : undefined;
  if (deps.screen && deps.createProjectorWindow && consoleMeeting) {
    followWithProjector(deps.screen, {
      createWindow: (options, display) => deps.createProjectorWindow!(options, display),
      options: () => bridgeFor('chair', ready.url, 'Roundtable — projector'),
      url: appUrl(`/projector/${consoleMeeting}`),
      log,
    });
  }

  if (ready.firstPasscode) deps.showPasscode(ready.firstPasscode, ready.roomUrls);
  return { hubUrl: ready.url, window };
}
