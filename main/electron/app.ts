// The Electron main process's behaviour, with every Electron object passed in (main.ts passes the real ones,
// app.test.ts fakes). No runtime import of `electron` here: in plain Node, require('electron') tries to download it.
import path from 'node:path';
import { defaultDataDir } from '../hub/paths.ts';
import { bridgeArguments } from './bridge-api.ts';
import { describeEvent, describeExit, supervise, type RestartPolicy, type SupervisedChild } from '../hub/supervisor.ts';
import { hubArguments, isHubProcessMessage, type HubControlMessage, type HubProcessOptions } from '../hub/process/hub-runner.ts';
import { hardenSession, hardenWebContents, windowOptions, type SessionLike, type WebContentsLike } from './security.ts';
import { certificateVerifyProc, refusalMessage, type VerifyRequest } from './pinning.ts';
import { advertiseHub, type ResponderLike } from './dnssd.ts';
import { followDisplays, type DisplayLike, type ScreenLike } from './displays.ts';
import { hostname } from 'node:os';
import { APP_ORIGIN, APP_SCHEME, appProtocolHandler, appUrl } from './app-protocol.ts';
import { answerBridge, type IpcMainLike } from './ipc.ts';
import { readChoice, startPathFor, writeChoice, type RoleChoice } from './roles.ts';
import { choiceFromRequest, kioskExitAnswer, kioskPinPageAnswer, openTabletWindow, pairPathFrom, type TabletWindowLike } from './role-windows.ts';
import type { KioskLock, PowerSaveBlockerLike, kioskWindowOptions } from './kiosk.ts';
import type { DesktopRole } from '../../shared/protocol/bridge.ts';

interface PreventableEvent {
  preventDefault(): void;
}

/** The methods of Electron's `app` used here. */
export interface AppLike {
  requestSingleInstanceLock(): boolean;
  quit(): void;
  whenReady(): Promise<unknown>;
  getVersion(): string;
  getAppPath(): string;
  on(event: 'second-instance', listener: () => void): unknown;
  on(event: 'window-all-closed', listener: () => void): unknown;
  on(event: 'will-quit', listener: (event: PreventableEvent) => void): unknown;
  on(event: 'web-contents-created', listener: (event: unknown, contents: WebContentsLike) => void): unknown;
}

/** The methods of a BrowserWindow used here. */
export interface WindowLike {
  loadURL(url: string): Promise<unknown>;
  isDestroyed(): boolean;
  isMinimized(): boolean;
  restore(): void;
  focus(): void;
  close?(): void;
  webContents?: unknown;
}

/** The methods of Electron's UtilityProcess used here. */
export interface HubChildLike {
  on(event: 'message', listener: (message: unknown) => void): unknown;
  on(event: 'exit', listener: (code: number) => void): unknown;
  postMessage(message: HubControlMessage): void;
  kill(): boolean;
}

/** The default session: hardened (security.ts), and trusting only the pinned room certificate (pinning.ts). */
export interface AppSessionLike extends SessionLike {
  setCertificateVerifyProc(proc: (request: VerifyRequest, callback: (result: number) => void) => void): void;
}

export interface AppDeps {
  app: AppLike;
  /** The default session, hardened before any window opens. */
  session: AppSessionLike;
  createWindow(options: ReturnType<typeof windowOptions>): WindowLike;
  /** `utilityProcess.fork(modulePath, args, ...)`. */
  forkHub(modulePath: string, args: string[]): HubChildLike;
  showError(title: string, content: string): void;
  /** The admin passcode of a new hub, shown once. */
  showPasscode(passcode: string, roomUrls: string[]): void;
  env: Record<string, string | undefined>;
  /** The folder of main.cjs, bridge.cjs and hub-process.cjs (dist/electron). */
  distDir: string;
  log?: (line: string) => void;
  /** Default: the hub's defaultDataDir(). */
  defaultDataDir?: () => string;
  hubStartTimeoutMs?: number;
  hubStopTimeoutMs?: number;
  /** How a crashed hub is restarted (main/hub/supervisor.ts, shared with `npm run serve`). */
  restartPolicy?: Partial<RestartPolicy>;
  /** A DNS-SD responder (bonjour-service) to advertise the hub on the LAN; none: not advertised (dnssd.ts). */
  responder?: () => ResponderLike;
  /** Electron's `screen`: with it, the chair's console puts the projector view on a second display (displays.ts). */
  screen?: ScreenLike;
  /** Electron's `protocol` (of the windows' session): the app's own scheme is served through it (app-protocol.ts). */
  protocol?: { handle(scheme: string, handler: ReturnType<typeof appProtocolHandler>): void };
  /** How app-protocol.ts reads a file of dist/renderer (main.ts: fs.promises.readFile). */
  readFile?: (file: string) => Promise<Uint8Array>;
  /** Electron's `ipcMain`: the bridge's two functions (ipc.ts). */
  ipc?: IpcMainLike;
  /**
   * Where the first start's choice is remembered (main.ts: role.json in userData). Absent: this machine is the chair's
   * with its own hub, as configured by the environment (appConfig), and nothing is asked.
   */
  choiceStore?: { read(): string | null; write(text: string): void };
  /** Electron's powerSaveBlocker: a kiosk tablet's screen stays on while it shows a meeting (kiosk.ts). */
  powerSaveBlocker?: PowerSaveBlockerLike;
  /** A tablet's kiosk window (main.ts: a BrowserWindow with kioskWindowOptions). */
  createKioskWindow?(options: ReturnType<typeof kioskWindowOptions<ReturnType<typeof windowOptions>>>): TabletWindowLike & WindowLike;
  /** A projector window, full screen on `display`, loading `url` (main.ts: a BrowserWindow with the hardened options). */
  createProjectorWindow?(options: ReturnType<typeof windowOptions>, display: DisplayLike): WindowLike & { close(): void; setBounds(bounds: DisplayLike['bounds']): void };
}

export interface AppConfig extends HubProcessOptions {
  /** Path of the first window, on the hub. */
  startPath: string;
}

/**
 * Where the hub keeps its data and how it listens. ROUNDTABLE_DATA, ROUNDTABLE_PORT, ROUNDTABLE_HOST,
 * ROUNDTABLE_CA_PORT, ROUNDTABLE_INSECURE_HTTP=1 and ROUNDTABLE_DEMO=0 override the defaults: the hub's own default
 * data folder (the one `npm run serve` uses, see main/hub/paths.ts), 4010, 0.0.0.0 (the room's tablets connect), the
 * room CA page on the port + 1, HTTPS, the demo meeting loaded into an empty hub.
 */
export function appConfig(env: Record<string, string | undefined>, paths: { defaultDataDir: string; appPath: string }): AppConfig {
  const portOf = (name: string, fallback: number | undefined) => {
    const text = env[name];
    if (!text) return fallback;
    const n = Number(text);
    if (!Number.isInteger(n) || n < 0 || n > 65535) throw new Error(`${name} is not a port: ${text}`);
    return n;
  };
  const port = portOf('ROUNDTABLE_PORT', 4010)!;
  const caPort = portOf('ROUNDTABLE_CA_PORT', undefined);
  const seedDemo = env.ROUNDTABLE_DEMO !== '0';
  return {
    ...(caPort !== undefined ? { caPort } : {}),
    ...(env.ROUNDTABLE_INSECURE_HTTP === '1' ? { insecureHttp: true } : {}),
    dataDir: env.ROUNDTABLE_DATA ? path.resolve(env.ROUNDTABLE_DATA) : paths.defaultDataDir,
    port,
    host: env.ROUNDTABLE_HOST || '0.0.0.0',
    webRoot: path.join(paths.appPath, 'dist', 'renderer'),
    seedDemo,
    startPath: seedDemo ? '/console/demo' : '/',
  };
}

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

  // The hub runs supervised: a crash after it was up is restarted with back-off on the same port, so the window
  // (whose client reconnects by itself) finds it again; too many crashes in a short time end the app with a message.
  let port = config.port;
  let lastCrash: string | null = null;
  let first: { child: HubChildLike; exited: Promise<number> } | null = null;
  let hubExited = false;
  let stopping = false;
  const spawn = (attempt: number): SupervisedChild => {
    const args = hubArguments({ ...config, port, ...(lastCrash ? { restartedAfter: lastCrash } : {}) });
    const child = deps.forkHub(path.join(deps.distDir, 'hub-process.cjs'), args);
    const exited = new Promise<number>((resolve) => child.on('exit', (code) => resolve(code)));
    child.on('message', (message) => {
      if (!isHubProcessMessage(message) || message.type !== 'ready') return;
      supervisor.ready();
      port = Number(new URL(message.url).port) || port;
      if (attempt > 1) log(`hub is back at ${message.url}`);
    });
    first ??= { child, exited };
    return {
      exited: exited.then((code) => ({ code, signal: null })),
      stop: () => child.postMessage({ type: 'stop' }),
      kill: () => void child.kill(),
    };
  };
  const supervisor = supervise({
    spawn,
    policy: { ...deps.restartPolicy, stopTimeoutMs: deps.hubStopTimeoutMs ?? 5_000 },
    onEvent: (event) => {
      if (event.type === 'crashed') lastCrash = `hub crashed (${describeExit(event.exit)})`;
      const line = describeEvent(event);
      if (line) log(line);
    },
  });
  const hub = first!;
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
    let projector: ReturnType<NonNullable<AppDeps['createProjectorWindow']>> | null = null;
    const projectorUrl = appUrl(`/projector/${consoleMeeting}`);
    followDisplays(deps.screen, {
      showOn: (display) => {
        if (projector && !projector.isDestroyed()) {
          projector.setBounds(display.bounds);
          return;
        }
        projector = deps.createProjectorWindow!(bridgeFor('chair', ready.url, 'Roundtable — projector'), display);
        projector.loadURL(projectorUrl).catch((error: unknown) => log(`could not load ${projectorUrl}: ${String(error)}`));
      },
      close: () => {
        if (projector && !projector.isDestroyed()) projector.close();
        projector = null;
      },
    });
  }

  if (ready.firstPasscode) deps.showPasscode(ready.firstPasscode, ready.roomUrls);
  return { hubUrl: ready.url, window };
}

interface HubReady {
  url: string;
  roomUrls: string[];
  firstPasscode: string | null;
  /** The room CA's SHA-256 the app pins; null for a hub on plain HTTP. */
  fingerprint: string | null;
}

function waitForHub(hub: HubChildLike, exited: Promise<number>, timeoutMs: number): Promise<HubReady> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer from the hub within ${timeoutMs / 1000} s`)), timeoutMs);
    hub.on('message', (message) => {
      if (!isHubProcessMessage(message)) return;
      clearTimeout(timer);
      if (message.type === 'ready') {
        resolve({ url: message.url, roomUrls: message.roomUrls ?? [message.url], firstPasscode: message.firstPasscode ?? null, fingerprint: message.fingerprint ?? null });
      }
      else reject(new Error(message.message));
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`the hub process exited with code ${code}`));
    });
  });
}
