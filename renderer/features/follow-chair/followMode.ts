import { useSyncExternalStore } from 'react';
import type { KeyValueStorage } from '../../platform/index.ts';
import { usePlatform } from '../../platform/react.tsx';

const KEY = 'roundtable.followChair';

/**
 * Whether this tablet follows the chair's page, remembered on the device (a reload keeps the reader's choice), and
 * the chair's last showing this tablet went to, so that a screen coming back (the agenda after the viewer) does not
 * open it again. On by default: a delegate who never touches it reads what the chair shows.
 */
export interface FollowState {
  following: boolean;
  /** presentationKey of the chair's showing last opened here by following. */
  opened: string | null;
}

/** One showing of the chair: the same document, page and moment. */
export function presentationKey(p: { documentId: string | null; page: number | null; since: string | null }): string | null {
  return p.documentId === null ? null : `${p.documentId}:${p.page ?? 1}:${p.since ?? ''}`;
}

type Store = { get(): FollowState; set(next: Partial<FollowState>): void; subscribe(fn: () => void): () => void };
const stores = new WeakMap<KeyValueStorage, Store>();

function storeFor(storage: KeyValueStorage): Store {
  let store = stores.get(storage);
  if (store) return store;
  const listeners = new Set<() => void>();
  let state: FollowState = { following: storage.getItem(KEY) !== 'off', opened: null };
  store = {
    get: () => state,
    set(next) {
      state = { ...state, ...next };
      storage.setItem(KEY, state.following ? 'on' : 'off');
      for (const fn of listeners) fn();
    },
    subscribe(fn) {
      listeners.add(fn);
      return () => void listeners.delete(fn);
    },
  };
  stores.set(storage, store);
  return store;
}

/** This device's follow mode and its setter. */
export function useFollowMode(): [FollowState, (next: Partial<FollowState>) => void] {
  const store = storeFor(usePlatform().storage);
  const state = useSyncExternalStore(store.subscribe, store.get, store.get);
  return [state, store.set];
}
