import { useCallback, useState, useSyncExternalStore } from 'react';
import { useHubClient } from '../../client/react.tsx';
import type { Preloader, PreloadView } from './preloader.ts';
import { existingPreloader, startPreloader } from './service.ts';

const idleView: PreloadView = { meetingId: null, phase: 'idle', documents: [], total: 0, done: 0, failed: 0, bytesTotal: 0, bytesDone: 0, purgedAt: null };
const noop = () => () => {};

/** Starts (once) and reads the tablet's preloader. `preloader` is null where the browser has no IndexedDB. */
export function usePreload(): { preloader: Preloader | null; view: PreloadView } {
  const client = useHubClient();
  const [preloader] = useState(() => startPreloader(client));
  const subscribe = useCallback((listener: () => void) => (preloader ? preloader.subscribe(listener) : noop()), [preloader]);
  const view = useSyncExternalStore(subscribe, () => preloader?.getView() ?? idleView);
  return { preloader, view };
}

/** The preloader if a tablet screen started one (the viewer uses the device's copy first); never starts one. */
export function useExistingPreloader(): Preloader | null {
  return existingPreloader(useHubClient());
}
