// Hardening of every window, web contents and session of the app, as plain functions over the few methods of
// Electron's objects they use, so that each rule is unit-tested with fakes (security.test.ts).
// No runtime import of `electron` here (see main.ts for why).
import { APP_ORIGIN } from '../../shared/protocol/bridge.ts';

/** The hub's origin, e.g. http://127.0.0.1:4010; null while the hub is not up yet (then nothing is allowed). */
export type OriginSource = string | (() => string | null);

/**
 * Pages of the web client that may use the camera to read QR codes: the check-in desk (/checkin, /check-in/...),
 * a tablet's badge sign-in (/tablet/<meeting>) and pairing by the room QR (/pair). The console, the projector and
 * the reader never need it.
 */
export const CAMERA_ROUTE = /(^|\/)(check-?in|tablet|pair|setup)(\/|$)/;

export interface WindowOptionsInput {
  /** Absolute path of dist/electron/bridge.cjs, the bridge script (Electron's `preload`). */
  bridge: string;
  /** Extra argv for the renderer process (the bridge's values, see bridge-api.ts). */
  additionalArguments: string[];
  title?: string;
}

/** Options for every BrowserWindow of the app: the page is a web page, with no Node and no way out of its sandbox. */
export function windowOptions(input: WindowOptionsInput) {
  return {
    title: input.title ?? 'Roundtable',
    width: 1280,
    height: 800,
    minWidth: 800,
    minHeight: 560,
    backgroundColor: '#ffffff',
    autoHideMenuBar: true,
    webPreferences: {
      preload: input.bridge,
      additionalArguments: input.additionalArguments,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
    },
  } as const;
}

function currentOrigin(source: OriginSource): string | null {
  return typeof source === 'function' ? source() : source;
}

function originOf(url: string): string | null {
  // Node's URL gives a scheme it does not know the origin "null"; Chromium knows app:// as standard (app-protocol.ts).
  if (url.startsWith(`${APP_ORIGIN}/`) || url === APP_ORIGIN) return APP_ORIGIN;
  try {
    const origin = new URL(url).origin;
    return origin === 'null' ? null : origin;
  } catch {
    return null;
  }
}

/** Whether `url` is on the hub's origin (scheme, host and port all equal). */
export function isHubUrl(url: string, allowedOrigin: OriginSource): boolean {
  const allowed = currentOrigin(allowedOrigin);
  return allowed !== null && originOf(url) === allowed;
}

interface PreventableEvent {
  preventDefault(): void;
}

/** The methods of Electron's WebContents that hardening uses. */
export interface WebContentsLike {
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
  on(event: 'will-navigate', listener: (event: PreventableEvent, url: string) => void): unknown;
  on(event: 'will-redirect', listener: (event: PreventableEvent, url: string) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
}

export interface HardenOptions {
  allowedOrigin: OriginSource;
  /** Told of every refusal (for the log). */
  onBlocked?: (what: 'window-open' | 'navigation' | 'redirect' | 'webview', url: string) => void;
}

/**
 * For every web contents (the app registers this on `web-contents-created`): no new windows, no navigation
 * or redirect away from the hub's origin, no `<webview>`.
 */
export function hardenWebContents(contents: WebContentsLike, options: HardenOptions): void {
  const blocked = options.onBlocked ?? (() => {});
  contents.setWindowOpenHandler(({ url }) => {
    blocked('window-open', url);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event, url) => {
    if (isHubUrl(url, options.allowedOrigin)) return;
    event.preventDefault();
    blocked('navigation', url);
  });
  contents.on('will-redirect', (event, url) => {
    if (isHubUrl(url, options.allowedOrigin)) return;
    event.preventDefault();
    blocked('redirect', url);
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    blocked('webview', '');
  });
}

/** Whether a camera request from `url` may be granted: the hub's own check-in page. */
export function isCameraPage(url: string, allowedOrigin: OriginSource): boolean {
  if (!isHubUrl(url, allowedOrigin)) return false;
  return CAMERA_ROUTE.test(new URL(url).pathname);
}

interface PermissionDetails {
  requestingUrl?: string;
  mediaTypes?: ('video' | 'audio')[];
}

/**
 * For `session.setPermissionRequestHandler`: everything is refused, except the camera (video only, no
 * microphone) for the hub's check-in page.
 */
export function permissionRequestHandler(options: { allowedOrigin: OriginSource }) {
  return (
    contents: { getURL(): string } | null,
    permission: string,
    callback: (granted: boolean) => void,
    details: PermissionDetails,
  ): void => {
    if (permission !== 'media') return callback(false);
    const url = details.requestingUrl ?? contents?.getURL() ?? '';
    const types = details.mediaTypes ?? [];
    const cameraOnly = types.length > 0 && types.every((type) => type === 'video');
    callback(cameraOnly && isCameraPage(url, options.allowedOrigin));
  };
}

/** For `session.setPermissionCheckHandler` (the synchronous checks, e.g. before enumerating cameras): the same rule. */
export function permissionCheckHandler(options: { allowedOrigin: OriginSource }) {
  return (
    contents: { getURL(): string } | null,
    permission: string,
    _requestingOrigin: string,
    details: { requestingUrl?: string; mediaType?: 'video' | 'audio' | 'unknown' },
  ): boolean => {
    if (permission !== 'media') return false;
    if (details.mediaType !== undefined && details.mediaType !== 'video') return false;
    const url = details.requestingUrl ?? contents?.getURL() ?? '';
    return isCameraPage(url, options.allowedOrigin);
  };
}

/** The methods of Electron's Session that hardening uses. */
export interface SessionLike {
  setPermissionRequestHandler(handler: ReturnType<typeof permissionRequestHandler>): void;
  setPermissionCheckHandler(handler: ReturnType<typeof permissionCheckHandler>): void;
  setDevicePermissionHandler(handler: () => boolean): void;
}

/** Permissions for a session: see the two handlers above; USB, HID, serial and Bluetooth devices always refused. */
export function hardenSession(session: SessionLike, options: { allowedOrigin: OriginSource }): void {
  session.setPermissionRequestHandler(permissionRequestHandler(options));
  session.setPermissionCheckHandler(permissionCheckHandler(options));
  session.setDevicePermissionHandler(() => false);
}
