import { useCallback, useEffect, useState } from 'react';
import type { HallLayout } from '../../../shared/domain/hall.ts';
import { toHubError, type HubError } from '../../client/errors.ts';
import { useHubClient, useHubState } from '../../client/react.tsx';

/**
 * The hall's layout (`hall.get`): when shown, after each reconnection, and after the secretariat saves one here
 * (`reload`). It changes once per room, so it is asked for rather than pushed.
 */
export function useHall(): { layout: HallLayout | null; updatedAt: string | null; loaded: boolean; error: HubError | null; reload: () => void } {
  const client = useHubClient();
  const connected = useHubState((s) => s.connection.status === 'connected');
  const [hall, setHall] = useState<{ layout: HallLayout | null; updatedAt: string | null } | null>(null);
  const [error, setError] = useState<HubError | null>(null);
  const [asked, setAsked] = useState(0);

  useEffect(() => {
    if (!connected) return;
    let stopped = false;
    client
      .send('hall.get', {})
      .then((answer) => {
        if (stopped) return;
        setHall(answer);
        setError(null);
      })
      .catch((failure: unknown) => !stopped && setError(toHubError(failure)));
    return () => {
      stopped = true;
    };
  }, [client, connected, asked]);

  const reload = useCallback(() => setAsked((n) => n + 1), []);
  return { layout: hall?.layout ?? null, updatedAt: hall?.updatedAt ?? null, loaded: hall !== null, error, reload };
}
