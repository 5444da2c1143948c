import type { HubClient } from '../../client/HubClient.ts';
import type { HubState } from '../../client/state.ts';
import { Preloader, type PreloadDeps } from './preloader.ts';
import { createSha256 } from './hasher.ts';
import { planOf, type Plan } from './plan.ts';
import { indexedDbAvailable, openDeviceLibrary, type DeviceLibrary } from './library.ts';

const services = new WeakMap<HubClient, Preloader>();

/**
 * The preloader of this screen's HubClient, started on first use (by the tablet's screens) and kept for the
 * life of the page: it goes on while the delegate moves between the agenda and the viewer. Null where the
 * browser has no IndexedDB: documents then come from the hub each time.
 */
export function startPreloader(client: HubClient, options: Partial<PreloadDeps> = {}): Preloader | null {
  const existing = services.get(client);
  if (existing) return existing;
  if (!options.library && !indexedDbAvailable()) return null;
  const preloader = new Preloader({
    library: options.library ?? lazyLibrary(openDeviceLibrary()),
    request: (sha256, offset, signal) => client.requestDocument(sha256, offset, signal),
    createHasher: createSha256,
    report: async (input) => void (await client.send('preload.report', input)),
    ...options,
  });
  services.set(client, preloader);
  void preloader.start().catch(() => undefined);
  // Nobody's session is kept on this device (the page was closed between a sign-out and its clean-up): nothing
  // restricted may stay for whoever signs in next.
  if (!client.state.session && !client.hasKeptSession()) void preloader.forget().catch(() => undefined);
  follow(client, preloader);
  return preloader;
}

/** The preloader if a tablet screen started one; the viewer asks it for the device's copy first. */
export function existingPreloader(client: HubClient): Preloader | null {
  return services.get(client) ?? null;
}

/** Feeds the preloader from the hub state: the followed meeting's documents for whoever is signed in, and the link. */
function follow(client: HubClient, preloader: Preloader): void {
  let planKey: string | null = null;
  let reader = readerOf(client.state);
  const apply = (state: HubState) => {
    preloader.setOnline(state.connection.status === 'connected');
    // The reader's session ended here (signed out, moved to another device, expired): her restricted documents go
    // before anyone else can sign in (forget is queued ahead of the next reader's plan).
    const now = readerOf(state);
    if (reader && now !== reader) {
      planKey = null;
      void preloader.forget().catch(() => undefined);
    }
    reader = now;
    const plan = planFor(state);
    if (plan === undefined) return;
    const key = plan ? keyOf(plan) : null;
    if (key === planKey) return;
    planKey = key;
    void preloader.setPlan(plan).catch(() => undefined);
  };
  client.hubState.subscribe(apply);
  apply(client.state);
}

/** Who reads on this device now (a renewed token is the same reader). */
function readerOf(state: HubState): string | null {
  const session = state.session;
  return session ? `${session.role}:${session.delegateId ?? ''}:${session.meetingId ?? ''}` : null;
}

/**
 * The plan for this state: null when nobody is signed in (downloads pause), undefined when nothing changes
 * (no meeting followed now, e.g. on the home screen: what was planned goes on).
 */
export function planFor(state: HubState): Plan | null | undefined {
  const session = state.session;
  if (!session) return null;
  const snapshot = state.meeting?.snapshot;
  if (!snapshot) return undefined;
  // A delegate's session reads its own meeting only.
  if (session.role === 'delegate' && session.meetingId !== snapshot.meeting.id) return undefined;
  return planOf(snapshot);
}

function keyOf(plan: Plan): string {
  return JSON.stringify([plan.meetingId, plan.status, plan.documents.map((d) => [d.documentId, d.sha256, d.version, d.updatedAt, d.restricted])]);
}

/** The library, usable at once while IndexedDB opens; if it cannot open, every call fails (files show why). */
function lazyLibrary(opening: Promise<DeviceLibrary>): DeviceLibrary {
  opening.catch(() => undefined);
  const call =
    <K extends keyof DeviceLibrary>(name: K) =>
    async (...args: Parameters<DeviceLibrary[K]>) =>
      ((await opening)[name] as (...a: Parameters<DeviceLibrary[K]>) => unknown)(...args);
  return {
    received: call('received') as DeviceLibrary['received'],
    async *readChunks(sha256) {
      yield* (await opening).readChunks(sha256);
    },
    appendChunk: call('appendChunk') as DeviceLibrary['appendChunk'],
    complete: call('complete') as DeviceLibrary['complete'],
    hasFile: call('hasFile') as DeviceLibrary['hasFile'],
    readFile: call('readFile') as DeviceLibrary['readFile'],
    remove: call('remove') as DeviceLibrary['remove'],
    list: call('list') as DeviceLibrary['list'],
    getMeeting: call('getMeeting') as DeviceLibrary['getMeeting'],
    putMeeting: call('putMeeting') as DeviceLibrary['putMeeting'],
    listMeetings: call('listMeetings') as DeviceLibrary['listMeetings'],
  };
}
