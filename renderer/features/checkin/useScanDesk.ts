import { useCallback, useEffect, useRef, useState } from 'react';
import { useHubClient } from '../../client/react.tsx';
import { beep } from './beep.ts';
import { FEEDBACK_MS, feedbackFromError, feedbackFromResult, prepareScan, type ScanFeedback } from './feedback.ts';

export interface ShownFeedback {
  feedback: ScanFeedback;
  /** Counts results, so a second identical result is still a new one (and restarts its timer). */
  seq: number;
}

export interface ScanDesk {
  /** The result on screen, until it times out or is dismissed. */
  shown: ShownFeedback | null;
  /** A scan is waiting for the hub's answer. */
  checking: boolean;
  /** Sends what the scanner or the camera read (or a typed short code) to `checkin.scan`; the result shown (null: nothing sent). */
  scan(raw: string): Promise<ScanFeedback | null>;
  /** Shows a result that came another way (a check-in by name). */
  show(feedback: ScanFeedback): void;
  dismiss(): void;
}

/** The desk's scanning loop: one scan → `checkin.scan` → a big result for a few seconds, with a beep. */
export function useScanDesk(meetingId: string, options: { sound: boolean }): ScanDesk {
  const client = useHubClient();
  const [shown, setShown] = useState<ShownFeedback | null>(null);
  const [inFlight, setInFlight] = useState(0);
  const seq = useRef(0);
  const sound = useRef(options.sound);
  useEffect(() => {
    sound.current = options.sound;
  }, [options.sound]);

  useEffect(() => {
    if (!shown) return;
    const timer = setTimeout(() => setShown(null), FEEDBACK_MS[shown.feedback.outcome]);
    return () => clearTimeout(timer);
  }, [shown]);

  const show = useCallback((feedback: ScanFeedback) => {
    seq.current += 1;
    setShown({ feedback, seq: seq.current });
    if (sound.current) beep(feedback.outcome);
    return feedback;
  }, []);

  const scan = useCallback(
    async (raw: string) => {
      const prepared = prepareScan(raw);
      if (!prepared) return null;
      if (!prepared.ok) return show({ outcome: 'refused', code: prepared.code });
      setInFlight((n) => n + 1);
      try {
        return show(feedbackFromResult(await client.send('checkin.scan', { meetingId, code: prepared.code })));
      } catch (error) {
        return show(feedbackFromError(error));
      } finally {
        setInFlight((n) => n - 1);
      }
    },
    [client, meetingId, show],
  );

  const dismiss = useCallback(() => setShown(null), []);
  return { shown, checking: inFlight > 0, scan, show, dismiss };
}
