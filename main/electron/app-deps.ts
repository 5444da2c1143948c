// What runApp is given: the Electron objects it uses, each as the few methods it calls (main.ts passes the real ones,
// app.test.ts fakes). Types only: no runtime import of `electron`.
import type { RestartPolicy } from '../hub/supervisor.ts';
import type { HubControlMessage } from '../hub/process/hub-runner.ts';
import type { SessionLike, WebContentsLike, windowOptions } from './security.ts';
import type { VerifyRequest } from './pinning.ts';
import type { ResponderLike } from './dnssd.ts';
import type { DisplayLike, ScreenLike } from './displays.ts';
import type { appProtocolHandler } from './app-protocol.ts';
import type { IpcMainLike } from './ipc.ts';
import type { TabletWindowLike } from './role-windows.ts';
import type { PowerSaveBlockerLike, kioskWindowOptions } from './kiosk.ts';

export interface PreventableEvent {
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
