import { useCallback, useState } from 'react';
import { usePlatform } from '../../platform/react.tsx';

const key = (meetingId: string) => `roundtable.dismissed.${meetingId}`;
/** Enough for a meeting's announcements; the oldest dismissals go first. */
const KEEP = 200;

/**
 * The announcements this device has dismissed, kept on the device (the hub knows nothing of it): a dismissed one stays
 * away after a reload, and a tablet shared by two delegates keeps it dismissed for both.
 */
export function useDismissed(meetingId: string): { dismissed: ReadonlySet<string>; dismiss(id: string): void } {
  const { storage } = usePlatform();
  const read = () => {
    try {
      const list: unknown = JSON.parse(storage.getItem(key(meetingId)) ?? '[]');
      return new Set(Array.isArray(list) ? list.filter((x): x is string => typeof x === 'string') : []);
    } catch {
      return new Set<string>();
    }
  };
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(read);
  const dismiss = useCallback(
    (id: string) => {
      setDismissed((before) => {
        const next = [...before, id].slice(-KEEP);
        storage.setItem(key(meetingId), JSON.stringify(next));
        return new Set(next);
      });
    },
    [storage, meetingId],
  );
  return { dismissed, dismiss };
}
