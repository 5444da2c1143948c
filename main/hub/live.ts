import type { HallLayout } from '../../shared/domain/hall.ts';
import { COMMANDS, PRIVILEGED_ROLES, type PreloadDevice, type PushName, type PushPayload } from '../../shared/protocol/index.ts';
import type { Principal, SessionEnded } from './kernel/connection.ts';
import type { AnnotationPush } from './store/store.ts';

/** A connection as the hub sees it from outside the pipeline: who it is, and how to tell it something. */
export interface LiveConnection {
  readonly principal: Principal;
  /** Ends its session (or its pairing too) at once: it is told why and carries on as a guest. */
  drop(ended: SessionEnded, options: { unpair: boolean }): void;
  /** Ends here what the store says has ended (session ended or expired, device unpaired). */
  refresh(now: Date): void;
  push<N extends PushName>(name: N, payload: PushPayload<N>): void;
}

/** Every open connection, so the hub can end a session or unpair a device on the spot. */
export class LiveConnections {
  private readonly open = new Set<LiveConnection>();
  /** Where preload rows go: the push path (push/meeting-push.ts), once the sockets are up; nowhere before. */
  private preloadPush: (meetingId: string, device: PreloadDevice) => void = () => {};

  private annotationPush: (meetingId: string, rows: readonly AnnotationPush[]) => void = () => {};

  useAnnotationPush(push: (meetingId: string, rows: readonly AnnotationPush[]) => void): void {
    this.annotationPush = push;
  }

  pushAnnotations(meetingId: string, rows: readonly AnnotationPush[]): void {
    this.annotationPush(meetingId, rows);
  }

  usePreloadPush(push: (meetingId: string, device: PreloadDevice) => void): void {
    this.preloadPush = push;
  }

  add(connection: LiveConnection): void {
    this.open.add(connection);
  }

  remove(connection: LiveConnection): void {
    this.open.delete(connection);
  }

  onlineDevices(): Map<string, { role: string; delegateId: string | null; meetingId: string | null }> {
    const devices = new Map<string, { role: string; delegateId: string | null; meetingId: string | null }>();
    for (const { principal: p } of this.open) {
      if (!p.deviceId) continue;
      const seen = devices.get(p.deviceId);
      // A device with one signed-in tab and one guest tab is shown as signed in.
      if (!seen || seen.role === 'guest') devices.set(p.deviceId, { role: p.role, delegateId: p.delegateId, meetingId: p.meetingId });
    }
    return devices;
  }

  endSessions(sessionHashes: readonly string[], ended: SessionEnded): void {
    if (sessionHashes.length === 0) return;
    const ending = new Set(sessionHashes);
    for (const c of [...this.open]) if (c.principal.session && ending.has(c.principal.session)) c.drop(ended, { unpair: false });
  }

  /**
   * The sweep: every open connection checks its session and device against the store, so an expired session, or one
   * ended by another process (the CLI's passcode reset), is told even when its screen sends nothing.
   */
  refreshAll(now: Date, onError: (error: unknown) => void): void {
    for (const c of [...this.open]) {
      try {
        c.refresh(now);
      } catch (error) {
        onError(error);
      }
    }
  }

  unpairDevice(deviceId: string, ended: SessionEnded): void {
    for (const c of [...this.open]) if (c.principal.deviceId === deviceId) c.drop(ended, { unpair: true });
  }

  /** A new pairing code goes to the chair's and the secretariat's screens (they show the room QR), and to nobody else. */
  pushPairing(code: string): void {
    for (const c of this.open) if (PRIVILEGED_ROLES.includes(c.principal.role)) c.push('pairing.changed', { code });
  }

  /** The hall's layout is one per hub, not a meeting's: a new one goes to every screen that may read it (`hall.get`'s roles). */
  pushHall(layout: HallLayout, updatedAt: string): void {
    const readers = COMMANDS['hall.get'].roles;
    for (const c of this.open) if (readers.includes(c.principal.role)) c.push('hall.changed', { layout, updatedAt });
  }

  /** A device's preload row goes to the chair and the secretariat following the meeting (merged per window), and to nobody else. */
  pushPreload(meetingId: string, device: PreloadDevice): void {
    this.preloadPush(meetingId, device);
  }
}
