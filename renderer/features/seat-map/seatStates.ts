import type { Attendance, Delegate, PreloadDevice, Speech } from '../../../shared/protocol/index.ts';

/** What the seat map shows of one seat, from the meeting (attendance), the tablets (preload rows) and the open vote. */
export interface SeatState {
  delegateId: string | null;
  present: boolean;
  /** A tablet the delegate is signed in on is connected now. */
  online: boolean;
  /** The documents she may read are on her tablet: all (`done`), some (`partial`), or no report (`none`). */
  preload: 'none' | 'partial' | 'done';
  /** Voted on the open ballot, on a tablet or on paper (never how: the hub does not say). */
  voted: 'no' | 'tablet' | 'paper';
  asking: boolean;
}

export interface SeatSources {
  delegates: readonly Delegate[];
  attendance: readonly Attendance[];
  /** The tablets' preload rows (`preload.list`, `preload.changed`); null before the first answer. */
  devices: Iterable<PreloadDevice> | null;
  /** Who has voted on the open ballot; null when no ballot is open. */
  voters: readonly { delegateId: string; paper: boolean }[] | null;
  /** Delegates asking to speak (the speaker queue's layer: `askingToSpeak`). */
  asking: ReadonlySet<string>;
}

/** Who is waiting in the speaker queue, a point of order or a speech. */
export function askingToSpeak(speeches: readonly Speech[]): ReadonlySet<string> {
  const asking = new Set<string>();
  for (const s of speeches) if (s.status === 'waiting') asking.add(s.delegateId);
  return asking;
}

const EMPTY: SeatState = { delegateId: null, present: false, online: false, preload: 'none', voted: 'no', asking: false };

const PRELOAD_RANK = { none: 0, partial: 1, done: 2 } as const;

function preloadOf(device: PreloadDevice): SeatState['preload'] {
  if (device.reportedAt === null) return 'none';
  return device.documentsDone >= device.documentsTotal && device.failed.length === 0 ? 'done' : 'partial';
}

/**
 * Each seat's state, in the order of `labels` (the map's seats). Linear in seats + delegates + devices: it runs on
 * every merged push (four a second at most) and the map redraws only the seats whose state changed. Given the states
 * it returned last time, a seat whose state is unchanged keeps its object, and if no seat changed the same array comes
 * back: what is derived from it (the counts, the canvas's frame) is not done again for a push that moved no seat.
 */
export function seatStates(labels: readonly string[], sources: SeatSources, previous?: readonly SeatState[]): readonly SeatState[] {
  const bySeat = new Map<string, Delegate>();
  for (const d of sources.delegates) if (d.seat !== '') bySeat.set(d.seat, d);
  const present = new Set<string>();
  for (const a of sources.attendance) if (a.status === 'present') present.add(a.id);
  // A delegate signed in on two tablets: online if either is, her best preload.
  const tablets = new Map<string, { online: boolean; preload: SeatState['preload'] }>();
  for (const device of sources.devices ?? []) {
    if (device.delegateId === null) continue;
    const seen = tablets.get(device.delegateId);
    const preload = preloadOf(device);
    tablets.set(device.delegateId, {
      online: device.online || (seen?.online ?? false),
      preload: seen && PRELOAD_RANK[seen.preload] > PRELOAD_RANK[preload] ? seen.preload : preload,
    });
  }
  const voted = new Map<string, boolean>();
  for (const v of sources.voters ?? []) voted.set(v.delegateId, v.paper);

  const kept = previous && previous.length === labels.length ? previous : null;
  let changed = kept === null;
  const states = labels.map((label, i) => {
    const delegate = bySeat.get(label.trim());
    const tablet = delegate ? tablets.get(delegate.id) : undefined;
    const paper = delegate ? voted.get(delegate.id) : undefined;
    const state: SeatState = delegate
      ? {
          delegateId: delegate.id,
          present: present.has(delegate.id),
          online: tablet?.online ?? false,
          preload: tablet?.preload ?? 'none',
          voted: paper === undefined ? 'no' : paper ? 'paper' : 'tablet',
          asking: sources.asking.has(delegate.id),
        }
      : EMPTY;
    const before = kept?.[i];
    if (before && sameSeat(before, state)) return before;
    changed = true;
    return state;
  });
  return changed ? states : kept!;
}

/** `seatStates` that remembers what it returned last, for a screen working them out on every push. */
export function seatStatesSince(): (labels: readonly string[], sources: SeatSources) => readonly SeatState[] {
  let last: readonly SeatState[] | undefined;
  return (labels, sources) => (last = seatStates(labels, sources, last));
}

function sameSeat(a: SeatState, b: SeatState): boolean {
  return a.delegateId === b.delegateId && a.present === b.present && a.online === b.online && a.preload === b.preload && a.voted === b.voted && a.asking === b.asking;
}

/** A seat's state as a small number, to tell at a glance whether a seat must be drawn again. */
export function stateCode(s: SeatState): number {
  if (s.delegateId === null) return 0;
  return 1 | (s.present ? 2 : 0) | (s.online ? 4 : 0) | (PRELOAD_RANK[s.preload] << 3) | ({ no: 0, tablet: 1, paper: 2 }[s.voted] << 5) | (s.asking ? 128 : 0);
}

export interface SeatCounts {
  seats: number;
  seated: number;
  present: number;
  online: number;
  preloaded: number;
  voted: number;
  asking: number;
}

export function countSeats(states: readonly SeatState[]): SeatCounts {
  const c: SeatCounts = { seats: states.length, seated: 0, present: 0, online: 0, preloaded: 0, voted: 0, asking: 0 };
  for (const s of states) {
    if (s.delegateId === null) continue;
    c.seated++;
    if (s.present) c.present++;
    if (s.online) c.online++;
    if (s.preload === 'done') c.preloaded++;
    if (s.voted !== 'no') c.voted++;
    if (s.asking) c.asking++;
  }
  return c;
}
