import { summarisePreload } from '../../shared/domain/preload.ts';
import type { Meeting, PreloadDevice } from '../../shared/protocol/index.ts';
import { knownAs } from './devices.ts';
import type { HubServices } from './kernel/services.ts';
import type { SessionRow, Store } from './store/store.ts';

/** What the rows of one meeting share: read once for a whole list, or narrowly for one reporting device. */
export interface PreloadScene {
  meeting: Meeting;
  documents: ReturnType<Store['documents']>;
  /** The delegate session of this meeting on a device (the newest when there are several). */
  signedInOn(deviceId: string): SessionRow | undefined;
  online(deviceId: string): boolean;
}

const newestByDevice = (sessions: readonly SessionRow[]) => {
  const byDevice = new Map<string, SessionRow>();
  for (const s of sessions) if (s.deviceId && s.createdAt >= (byDevice.get(s.deviceId)?.createdAt ?? '')) byDevice.set(s.deviceId, s);
  return byDevice;
};

/** For `preload.list`: every signed-in device of the meeting and every online device, read once. */
export function listScene(store: Store, services: HubServices, meeting: Meeting, now: Date): PreloadScene & { signedInDevices(): string[] } {
  const signedIn = newestByDevice(store.liveMeetingDeviceSessions(meeting.id, now.toISOString()));
  const online = services.onlineDevices();
  return {
    meeting,
    documents: store.documents(meeting.id),
    signedInOn: (deviceId) => signedIn.get(deviceId),
    online: (deviceId) => online.has(deviceId),
    signedInDevices: () => [...signedIn.keys()],
  };
}

/**
 * For one report: only that device's sessions are read (a congress's 1,500 tablets report every second or so),
 * and it is online, since it is reporting on a live connection.
 */
export function reporterScene(store: Store, meeting: Meeting, deviceId: string, now: Date): PreloadScene {
  const sessions = store.liveDeviceSessions(deviceId, now.toISOString()).filter((s) => s.role === 'delegate' && s.meetingId === meeting.id);
  const mine = newestByDevice(sessions).get(deviceId);
  return { meeting, documents: store.documents(meeting.id), signedInOn: (id) => (id === deviceId ? mine : undefined), online: (id) => id === deviceId };
}

/** One device's row in `preload.list` and `preload.changed`. */
export function preloadRow(store: Store, scene: PreloadScene, deviceId: string): PreloadDevice {
  const meetingId = scene.meeting.id;
  const session = scene.signedInOn(deviceId);
  const delegate = session?.delegateId ? store.getDelegate(meetingId, session.delegateId) : null;
  return summarisePreload({
    deviceId,
    deviceName: knownAs(store.getDevice(deviceId)) ?? deviceId,
    delegateId: delegate?.id ?? null,
    delegateName: delegate?.fullName ?? null,
    online: scene.online(deviceId),
    meetingStatus: scene.meeting.status,
    documents: scene.documents,
    reader: delegate ? { role: 'delegate', group: delegate.group } : null,
    report: store.getPreloadReport(meetingId, deviceId),
  });
}

/**
 * The rows of a device that just went offline (its last connection closed), one per meeting it reported a preload
 * of or is signed in to: the chair's and the secretariat's screens would otherwise show it online until it reports.
 */
export function offlineRows(store: Store, deviceId: string, now: Date): { meetingId: string; row: PreloadDevice }[] {
  const sessions = store.liveDeviceSessions(deviceId, now.toISOString()).filter((s) => s.role === 'delegate' && s.meetingId);
  const meetingIds = new Set([...store.preloadMeetingsOfDevice(deviceId), ...sessions.map((s) => s.meetingId as string)]);
  return [...meetingIds].flatMap((meetingId) => {
    const meeting = store.getMeeting(meetingId);
    if (!meeting) return [];
    const scene = { ...reporterScene(store, meeting, deviceId, now), online: () => false };
    return [{ meetingId, row: preloadRow(store, scene, deviceId) }];
  });
}
