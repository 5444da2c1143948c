import type { ItemTime, SpeakingLimits, Speech, SpeechKind } from '../protocol/model.ts';

/**
 * The speaker queue's rules (issue 15): who speaks next, where a new request goes, how the chair reorders, which
 * limit a speech gets, and the countdown's phases. The hub decides with them; screens show the same numbers.
 */

/** The waiting requests, in the order they will be given the floor. */
export function waitingQueue<T extends Pick<Speech, 'status' | 'position' | 'requestedAt' | 'id'>>(speeches: readonly T[]): T[] {
  return speeches
    .filter((s) => s.status === 'waiting')
    .sort((a, b) => (a.position ?? 0) - (b.position ?? 0) || a.requestedAt.localeCompare(b.requestedAt) || a.id.localeCompare(b.id));
}

/**
 * Where a new request goes in the queue (as it is ordered now): an ordinary one at the end; a point of order ahead of
 * every ordinary request, after the points of order already at the head of the queue.
 */
export function insertIndex(queue: readonly Pick<Speech, 'kind'>[], kind: SpeechKind): number {
  if (kind === 'speech') return queue.length;
  const firstOrdinary = queue.findIndex((s) => s.kind !== 'pointOfOrder');
  return firstOrdinary === -1 ? queue.length : firstOrdinary;
}

/** The queue's ids with one moved to `to` (clamped to the queue); the same order when the id is not in it. */
export function moveTo(ids: readonly string[], id: string, to: number): string[] {
  const from = ids.indexOf(id);
  if (from === -1) return [...ids];
  const rest = ids.filter((x) => x !== id);
  const at = Math.max(0, Math.min(to, rest.length));
  return [...rest.slice(0, at), id, ...rest.slice(at)];
}

/** The limit a speech gets when it is given the floor: the item's own, else the meeting's, else none. */
export function limitFor(limits: Pick<SpeakingLimits, 'meetingSeconds' | 'items'>, itemId: string | null): number | null {
  if (itemId !== null && Object.hasOwn(limits.items, itemId)) return limits.items[itemId] ?? null;
  return limits.meetingSeconds;
}

/** How long before the end the warning starts: a fifth of the limit, at least 5 and at most 30 seconds. */
export function warningSeconds(limitSeconds: number): number {
  return Math.min(30, Math.max(5, Math.round(limitSeconds / 5)));
}

/** Seconds left of a speech's limit at `nowMs` (the hub's clock): negative once over; null without a limit or a start. */
export function secondsLeft(speech: Pick<Speech, 'startedAt' | 'limitSeconds'>, nowMs: number): number | null {
  if (speech.limitSeconds === null || speech.startedAt === null) return null;
  const elapsed = Math.floor((nowMs - Date.parse(speech.startedAt)) / 1000);
  return speech.limitSeconds - Math.max(0, elapsed);
}

export type CountdownPhase = 'running' | 'warning' | 'over';

/** Where a countdown stands: running, in its warning (the last `warningSeconds`), or over (0 reached). */
export function countdownPhase(left: number, limitSeconds: number): CountdownPhase {
  if (left <= 0) return 'over';
  return left <= warningSeconds(limitSeconds) ? 'warning' : 'running';
}

/** Whole seconds between two instants (0 when `toMs` is earlier). */
export function secondsBetween(fromIso: string, toMs: number): number {
  return Math.max(0, Math.floor((toMs - Date.parse(fromIso)) / 1000));
}

/** Time spent on an item at `nowMs`: its finished stretches and the one running now. */
export function spentSeconds(time: Pick<ItemTime, 'spentSeconds' | 'since'> | undefined, nowMs: number): number {
  if (!time) return 0;
  return time.spentSeconds + (time.since === null ? 0 : secondsBetween(time.since, nowMs));
}

/** Spent against planned: the seconds over the plan (0 when within it or without a plan). */
export function overPlanSeconds(spent: number, plannedMinutes: number | null): number {
  if (plannedMinutes === null) return 0;
  return Math.max(0, spent - plannedMinutes * 60);
}

/** m:ss, or h:mm:ss from an hour; a negative value as −m:ss (a speech over its limit). */
export function clockText(seconds: number): string {
  const sign = seconds < 0 ? '−' : '';
  const s = Math.abs(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${sign}${h}:${String(m).padStart(2, '0')}:${ss}` : `${sign}${m}:${ss}`;
}
