import type { HallLayout } from '../../../shared/domain/hall.ts';
import type { PreloadDevice, SecretKind } from '../../../shared/protocol/index.ts';
import type { AnnotationPush } from '../store/store.ts';
import type { FailureLog } from '../security/failure-log.ts';
import type { GuessGuard } from '../throttle.ts';
import type { SessionEnded } from './connection.ts';

/** What the running hub lends the commands: the room's live state and its guards, made in core.ts. */
export interface HubServices {
  /** How fast each kind of secret may be guessed, per address and for the whole room (throttle.ts). */
  guards: Record<SecretKind, GuessGuard>;
  /** Failed attempts to guess a secret: the hub log and the secretariat's list. */
  failures: FailureLog;
  /** A wrong pairing code was tried (any address): enough of them replace the code. Call outside a transaction. */
  pairingMissed(): void;
  /** The pairing code was replaced: the screens showing it are told. */
  pairingRotated(code: string): void;
  sessionHours: number;
  /** Addresses tablets can open to reach this hub (for the room QR). */
  roomUrls(): string[];
  /** SHA-256 of the room CA's certificate (for the room QR), or null when the hub serves plain HTTP. */
  roomFingerprint(): string | null;
  /** Connections that are open now, by device id, with who uses them. */
  onlineDevices(): Map<string, { role: string; delegateId: string | null; meetingId: string | null }>;
  /** Ends these sessions on the connections that hold them now: each is told why and becomes a guest. */
  endLiveSessions(sessionHashes: readonly string[], ended: SessionEnded): void;
  /** Cuts a device off: its connections are told why and lose their pairing. */
  unpairLiveDevice(deviceId: string, ended: SessionEnded): void;
  /** Tells the chair's and the secretariat's screens the hall's new layout. */
  pushHall(layout: HallLayout, updatedAt: string): void;
  /** Tells the chair and the secretariat following the meeting that a device's preload state changed. */
  pushPreload(meetingId: string, device: PreloadDevice): void;
  /** Sends annotations to their owners' devices and to whoever else sees them (push/annotation-push.ts). */
  pushAnnotations(meetingId: string, rows: readonly AnnotationPush[]): void;
  /** Carries replaced documents' annotations to their new versions (annotations/carrier.ts), off the command's turn. */
  carryAnnotations(): void;
}
