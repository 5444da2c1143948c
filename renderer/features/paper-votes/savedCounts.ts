import { useCallback, useState } from 'react';
import type { ElectionCount } from '../../../shared/domain/elections/count.ts';
import type { Tally } from '../../../shared/domain/votes/tally.ts';

/**
 * The paper counts this screen saved, per vote, kept while the page lives (the secretariat moves between tabs during
 * a vote). The hub keeps them apart from what screens read until the close and never sends them back, so a reload
 * forgets them and the desk asks for them again.
 */
const saved = new Map<string, Tally | ElectionCount>();

export function useSavedCounts<T extends Tally | ElectionCount>(key: string): [T | null, (counts: T) => void] {
  const [counts, setCounts] = useState<T | null>(() => (saved.get(key) as T | undefined) ?? null);
  const save = useCallback(
    (next: T) => {
      saved.set(key, next);
      setCounts(next);
    },
    [key],
  );
  return [counts, save];
}
