// What the preloader is given, and the defaults of what it may be given.
import type { CommandInput } from '../../../shared/protocol/index.ts';
import type { DocumentRequest } from './download.ts';
import type { Hasher } from './hasher.ts';
import type { DeviceLibrary } from './library.ts';

export type ReportInput = CommandInput<'preload.report'>;

/** What a forget is about to take off the device: per meeting the device holds, its restricted documents' ids. */
export type ForgetHook = (forgotten: readonly { meetingId: string; restricted: readonly string[] }[]) => Promise<void>;

export interface Timers {
  set(run: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export interface PreloadDeps {
  library: DeviceLibrary;
  request: DocumentRequest;
  createHasher: () => Hasher;
  /** Sends `preload.report`; rejects when the hub did not take it (it is sent again later). */
  report: (input: ReportInput) => Promise<void>;
  now?: () => number;
  timers?: Timers;
  /** Bytes per stored chunk while downloading: a drop loses at most this much. */
  chunkBytes?: number;
  /** Progress reports at most this often (state changes go at once). */
  reportEveryMs?: number;
  /** Screens are told of progress at most this often. */
  notifyEveryMs?: number;
  /** Waits before each automatic retry of a failed file; past the last, it waits for the reader's retry. */
  retryDelaysMs?: readonly number[];
}

/** The deps with every default filled in. */
export type ResolvedDeps = Required<Omit<PreloadDeps, 'now' | 'timers'>> & { now: () => number; timers: Timers };

export const DEFAULT_RETRIES = [2_000, 5_000, 15_000, 30_000, 60_000, 120_000];
export const realTimers: Timers = { set: (run, ms) => setTimeout(run, ms), clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>) };

export function withDefaults(deps: PreloadDeps): ResolvedDeps {
  return {
    chunkBytes: 1 << 20,
    reportEveryMs: 500,
    notifyEveryMs: 150,
    retryDelaysMs: DEFAULT_RETRIES,
    ...deps,
    now: deps.now ?? Date.now,
    timers: deps.timers ?? realTimers,
  };
}
