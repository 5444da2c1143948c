import { summarisePreload } from '../../../../shared/domain/preload.ts';
import type { Meeting, PreloadDevice } from '../../../../shared/protocol/index.ts';
import type { SessionRow, Store } from '../../store/store.ts';
import type { HubServices } from '../context.ts';

/** What every row of one meeting shares, read once for a whole list. */
export interface PreloadScene {
  meeting: Meeting;
  documents: ReturnType<Store['documents']>;
  /** The delegate signed in on each device (the newest session when there are several). */
  signedIn: Map<string, SessionRow>;
  online: ReturnType<HubServices['onlineDevices']>;
}

export function preloadScene(store: Store, services: HubServices, meeting: Meeting, now: Date): PreloadScene {
  const signedIn = new Map<string, SessionRow>();
  for (const s of store.liveMeetingDeviceSessions(meeting.id, now.toISOString())) if (s.deviceId) signedIn.set(s.deviceId, s);
  return { meeting, documents: store.documents(meeting.id), signedIn, online: services.onlineDevices() };
}

/** One device's row in `preload.list` and `preload.changed`. */
export function preloadRow(store: Store, scene: PreloadScene, deviceId: string): PreloadDevice {
  const meetingId = scene.meeting.id;
  const session = scene.signedIn.get(deviceId);
  const delegate = session?.delegateId ? store.getDelegate(meetingId, session.delegateId) : null;
  const report = store.getPreloadReport(meetingId, deviceId);
  return summarisePreload({
    deviceId,
    deviceName: store.getDevice(deviceId)?.name ?? deviceId,
    delegateId: delegate?.id ?? null,
    delegateName: delegate?.fullName ?? null,
    online: scene.online.has(deviceId),
    meetingStatus: scene.meeting.status,
    documents: scene.documents,
    reader: delegate ? { role: 'delegate', group: delegate.group } : null,
    report,
  });
}
