import type { HubClient } from '../../client/HubClient.ts';
import type { HubState } from '../../client/state.ts';
import { Preloader, type PreloadDeps } from './engine.ts';
import { createSha256 } from './hasher.ts';
import { planOf, type Plan } from './plan.ts';
import { indexedDbAvailable, openIdbStore, type PreloadStore } from './store.ts';

const services = new WeakMap<HubClient, Preloader>();

/**
 * The preloader of this screen's HubClient, started on first use (by the tablet's screens) and kept for the
 * life of the page: it goes on while the delegate moves between the agenda and the reader. Null where the
 * browser has no IndexedDB: documents then come from the hub each time.
 */
export function startPreloader(client: HubClient, options: Partial<PreloadDeps> = {}): Preloader | null {
  const existing = services.get(client);
  if (existing) return existing;
  if (!options.store && !indexedDbAvailable()) return null;
  const preloader = new Preloader({
    store: options.store ?? lazyStore(openIdbStore()),
    request: (sha256, offset, signal) => client.requestDocument(sha256, offset, signal),
    createHasher: createSha256,
    report: async (input) => void (await client.send('preload.report', input)),
    ...options,
  });
  services.set(client, preloader);
  void preloader.start().catch(() => undefined);
  follow(client, preloader);
  return preloader;
}

/** The preloader if a tablet screen started one; the reader asks it for the device's copy first. */
export function existingPreloader(client: HubClient): Preloader | null {
  return services.get(client) ?? null;
}

/** Feeds the preloader from the hub state: the followed meeting's documents for whoever is signed in, and the link. */
function follow(client: HubClient, preloader: Preloader): void {
  let planKey: string | null = null;
  const apply = (state: HubState) => {
    preloader.setOnline(state.connection.status === 'connected');
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

/** The store, usable at once while IndexedDB opens; if it cannot open, every call fails (files show why). */
function lazyStore(opening: Promise<PreloadStore>): PreloadStore {
  opening.catch(() => undefined);
  const call =
    <K extends keyof PreloadStore>(name: K) =>
    async (...args: Parameters<PreloadStore[K]>) =>
      ((await opening)[name] as (...a: Parameters<PreloadStore[K]>) => unknown)(...args);
  return {
    received: call('received') as PreloadStore['received'],
    async *readChunks(sha256) {
      yield* (await opening).readChunks(sha256);
    },
    appendChunk: call('appendChunk') as PreloadStore['appendChunk'],
    complete: call('complete') as PreloadStore['complete'],
    hasFile: call('hasFile') as PreloadStore['hasFile'],
    readFile: call('readFile') as PreloadStore['readFile'],
    remove: call('remove') as PreloadStore['remove'],
    list: call('list') as PreloadStore['list'],
    getMeeting: call('getMeeting') as PreloadStore['getMeeting'],
    putMeeting: call('putMeeting') as PreloadStore['putMeeting'],
    listMeetings: call('listMeetings') as PreloadStore['listMeetings'],
  };
}
