import { useEffect, useRef } from 'react';
import { type CountdownPhase, countdownPhase, secondsBetween, secondsLeft } from '../../../shared/domain/speakers.ts';
import type { Speech } from '../../../shared/protocol/index.ts';
import { useHubClock } from '../common/useHubClock.ts';
import { beep } from './beep.ts';

export interface SpeechClock {
  /** Seconds left of the limit (negative once over); null without a limit. */
  left: number | null;
  /** Seconds since the floor was given. */
  elapsed: number;
  phase: CountdownPhase | null;
}

/**
 * A speech's countdown by the hub's clock: the hub said when it started and its limit, each screen counts. With
 * `audible`, a beep as the warning starts and two at the end (once each per speech, not again after a reload within it).
 */
export function useSpeechClock(speech: Pick<Speech, 'id' | 'startedAt' | 'limitSeconds'> | null, audible = false): SpeechClock {
  const now = useHubClock().getTime();
  const left = speech ? secondsLeft(speech, now) : null;
  const phase = left !== null && speech?.limitSeconds ? countdownPhase(left, speech.limitSeconds) : null;
  const heard = useRef<{ id: string | null; phase: CountdownPhase | null }>({ id: null, phase: null });
  useEffect(() => {
    if (!speech) return;
    const last = heard.current;
    // The phase a screen finds on arriving (a reload, a tablet joining late) is not announced: only a change is.
    if (last.id !== speech.id) {
      heard.current = { id: speech.id, phase };
      return;
    }
    if (phase === last.phase) return;
    heard.current = { id: speech.id, phase };
    if (!audible) return;
    if (phase === 'warning') beep(1);
    else if (phase === 'over') beep(2, 660);
  }, [speech, phase, audible]);
  return { left, elapsed: speech?.startedAt ? secondsBetween(speech.startedAt, now) : 0, phase };
}
