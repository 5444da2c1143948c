// The main process's side of the bridge's two functions (shared/protocol/bridge.ts): each IPC call is answered only
// for a page of the app's own origin, its arguments checked here again (a compromised renderer can send anything),
// and the answer is plain data. No runtime import of `electron` here (see main.ts).
import { APP_ORIGIN, BRIDGE_CHANNELS, type BridgeAnswer, type SetupRequest } from '../../shared/protocol/bridge.ts';

export interface IpcEventLike {
  sender: unknown;
  senderFrame: { url: string } | null;
}

/** The part of Electron's ipcMain used here. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcEventLike, ...args: unknown[]) => unknown): void;
}

export interface BridgeHandlers {
  /** The first start's choice; the request's fields are strings or null (checked here), the rest is roles.ts's. */
  chooseRole(request: SetupRequest): BridgeAnswer;
  /** `sender` is the calling web contents: only the kiosk window's may leave kiosk mode. */
  exitKiosk(sender: unknown, pin: string): BridgeAnswer;
  /** `sender` asks for the PIN page (the corner taps): only the locked kiosk window's is answered. */
  askKioskExit(sender: unknown): BridgeAnswer;
}

const refused = (message: string): BridgeAnswer => ({ ok: false, code: 'not_allowed', message, retryInMs: 0 });

const fromApp = (event: IpcEventLike) => {
  const url = event.senderFrame?.url ?? '';
  return url === APP_ORIGIN || url.startsWith(`${APP_ORIGIN}/`);
};

const stringOrNull = (value: unknown, max: number): value is string | null => value === null || (typeof value === 'string' && value.length <= max);

export function answerBridge(ipc: IpcMainLike, handlers: BridgeHandlers): void {
  ipc.handle(BRIDGE_CHANNELS.chooseRole, (event, request) => {
    if (!fromApp(event)) return refused('Only the app’s own pages may choose its role.');
    const r = request as Record<string, unknown> | null;
    if (typeof r !== 'object' || r === null || typeof r.role !== 'string' || r.role.length > 20 || !stringOrNull(r.link, 2000) || !stringOrNull(r.pin, 20)) {
      return refused('The choice is not well formed.');
    }
    return handlers.chooseRole({ role: r.role as SetupRequest['role'], link: r.link, pin: r.pin });
  });
  ipc.handle(BRIDGE_CHANNELS.exitKiosk, (event, pin) => {
    if (!fromApp(event)) return refused('Only the app’s own pages may ask to leave kiosk mode.');
    if (typeof pin !== 'string' || pin.length > 20) return refused('The PIN is not well formed.');
    return handlers.exitKiosk(event.sender, pin);
  });
  ipc.handle(BRIDGE_CHANNELS.askKioskExit, (event) => {
    if (!fromApp(event)) return refused('Only the app’s own pages may ask for the PIN page.');
    return handlers.askKioskExit(event.sender);
  });
}
