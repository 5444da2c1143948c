import type { KeyValueStorage } from '../platform/index.ts';
import type { HubLink } from './link.ts';
import type { HubStateApi } from './state.ts';
import { deviceToken } from './storage.ts';

/**
 * Whether this device may read the room's meetings: the device token `device.pair` gave it, presented in every
 * handshake and HTTP request, forgotten once the hub answers `not_paired` (with the last reason the hub gave).
 */
export class DevicePairing {
  private readonly link: HubLink;
  private readonly state: HubStateApi;
  private readonly storage: KeyValueStorage;
  /** Reads the meeting again (or anything, when none is followed), to learn whether the device still counts. */
  private readonly reread: () => void;
  /** The device token the current (or last) handshake presented; the hub judged pairing by it. */
  private handshakeToken: string | null = null;
  /** The last `session.ended` reason, shown on the pairing screen if the hub then says `not_paired`. */
  private lastEndedReason: string | null = null;

  constructor(options: { link: HubLink; state: HubStateApi; storage: KeyValueStorage; reread: () => void }) {
    this.link = options.link;
    this.state = options.state;
    this.storage = options.storage;
    this.reread = options.reread;
  }

  /** The device token to present in a handshake (remembered: the hub's verdict is about that one). */
  presentToken(): string | null {
    const token = deviceToken.get(this.storage);
    this.handshakeToken = token;
    return token;
  }

  /** The device token for HTTP requests, if this device has paired. */
  get token(): string | null {
    return deviceToken.get(this.storage);
  }

  /**
   * Pairs this device with the room's hub (the 6-digit code from the chair console or the room QR). The device token
   * (and the id the hub made) are kept; the token goes with every handshake and HTTP request from now on, and this
   * connection counts as paired at once.
   */
  async pair(code: string): Promise<void> {
    const { deviceId, deviceToken: token } = await this.link.send('device.pair', { code });
    deviceToken.put(this.storage, token, deviceId);
    this.handshakeToken = token;
    this.lastEndedReason = null;
    this.state.setState({ pairing: { status: 'paired', reason: null } });
  }

  /** The hub ended a session or the device's standing; its reason is kept for the pairing screen. */
  noteEnded(reason: string): void {
    this.lastEndedReason = reason;
  }

  /** No session to end, yet the hub spoke: it may have unpaired this device. Reading again tells (not_paired). */
  recheck(): void {
    if (this.link.ready && this.state.getState().pairing.status === 'paired') this.reread();
  }

  /** The hub says this connection may read nothing: the device is not (or no longer) paired. */
  notPaired(): void {
    const stored = deviceToken.get(this.storage);
    if (stored && stored !== this.handshakeToken) {
      // Another tab paired this device since this connection began: present the new token.
      this.link.reconnect();
      return;
    }
    if (stored) deviceToken.remove(this.storage);
    const reason = this.lastEndedReason;
    const pairing = this.state.getState().pairing;
    if (pairing.status !== 'unpaired' || pairing.reason !== reason) this.state.setState({ pairing: { status: 'unpaired', reason } });
  }
}
