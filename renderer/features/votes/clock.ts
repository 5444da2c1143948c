/** A vote's countdown, by the hub's clock. Pure. */

/** Whole seconds left until `at` (rounded up, so 0 means the time is over), or null without a deadline. */
export function secondsUntil(at: string | null, nowMs: number): number | null {
  if (!at) return null;
  return Math.max(0, Math.ceil((Date.parse(at) - nowMs) / 1000));
}

/** "4:05", "12:00", "1:02:03": a countdown read from across the hall. */
export function formatSeconds(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const hours = Math.floor(s / 3600);
  const minutes = Math.floor((s % 3600) / 60);
  const rest = String(s % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`;
}

/** When a vote opened at `openedAt` may be closed (its minimum duration), or null when at once. */
export function closableAt(openedAt: string | null, minimumSeconds: number | null): string | null {
  if (!openedAt || !minimumSeconds) return null;
  return new Date(Date.parse(openedAt) + minimumSeconds * 1000).toISOString();
}
