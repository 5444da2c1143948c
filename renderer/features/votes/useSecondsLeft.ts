import { useHubClock } from '../common/useHubClock.ts';
import { secondsUntil } from './clock.ts';

/** Seconds left until `at` by the hub's clock, ticking each second; null without a deadline. */
export function useSecondsLeft(at: string | null): number | null {
  const now = useHubClock();
  return secondsUntil(at, now.getTime());
}
