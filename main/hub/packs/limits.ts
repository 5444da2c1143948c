import { PACK_LIMITS } from '../../../shared/protocol/pack.ts';
import type { Store } from '../store/store.ts';
import { MAX_ZIP_BYTES } from './zip-layout.ts';

export interface PackLimits {
  /** The largest pack file accepted, and the most its documents may add up to. */
  maxPackBytes: number;
  /** The most zip entries accepted (documents + 2). */
  maxEntries: number;
}

const MB = 1024 * 1024;
/** 2 GiB: a congress's documents with room to spare; a hub may set up to 4,095 MB (`pack limit`). */
export const DEFAULT_PACK_LIMITS: PackLimits = { maxPackBytes: 2048 * MB, maxEntries: PACK_LIMITS.documents + 2 };
/** A pack never needs ZIP64 (zip-layout.ts), so no limit may pass 4 GiB. */
export const MAX_PACK_MB = Math.floor(MAX_ZIP_BYTES / MB);

const SETTING = 'pack_max_mb';

/** This hub's limits: the default, or the size set with `npm run cli -- pack limit <mb>`. Read at each import. */
export function hubPackLimits(store: Store): PackLimits {
  const mb = Number(store.getSetting(SETTING));
  return Number.isInteger(mb) && mb >= 1 && mb <= MAX_PACK_MB ? { ...DEFAULT_PACK_LIMITS, maxPackBytes: mb * MB } : DEFAULT_PACK_LIMITS;
}

/** Sets this hub's largest accepted pack, in whole MB (1 to 4,095); null goes back to the default. */
export function setMaxPackMb(store: Store, mb: number | null): void {
  if (mb !== null && !(Number.isInteger(mb) && mb >= 1 && mb <= MAX_PACK_MB)) {
    throw new RangeError(`a pack size limit is a whole number of MB from 1 to ${MAX_PACK_MB}`);
  }
  store.setSetting(SETTING, mb === null ? '' : String(mb));
}

export const describeMb = (bytes: number): string => `${Math.round(bytes / MB)} MB`;
