import { useState } from 'react';

/**
 * The item a delegate is looking at: they may browse the agenda, but when the chair moves the room
 * to another item the tablet goes with it. (State adjusted during render, React's pattern for
 * "reset when a prop changes", so the new item shows in the same frame as the change.)
 * `initialItemId`: where to start instead of the current item (the item of the document just closed).
 */
export function useFollowCurrent(currentItemId: string | null, firstItemId: string | null, initialItemId: string | null = null) {
  const [selected, setSelected] = useState<string | null>(initialItemId ?? currentItemId ?? firstItemId);
  const [followedCurrent, setFollowedCurrent] = useState(currentItemId);
  if (followedCurrent !== currentItemId) {
    setFollowedCurrent(currentItemId);
    setSelected(currentItemId ?? selected);
  }
  return [selected ?? firstItemId, setSelected] as const;
}
