import { useCallback, useEffect, useState } from 'react';
import type { HallLayout } from '../../../shared/domain/hall.ts';
import { toHubError, type HubError } from '../../client/errors.ts';
import { useHubClient, useHubState } from '../../client/react.tsx';

/**
 * The hall's layout (`hall.get`): when shown, after each reconnection, and after the secretariat saves one here
 * (`reload`); a layout saved on another screen arrives pushed (`hall.changed`) and replaces it at once.
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
        // A push that overtook this answer holds the newer layout.
        setHall((held) => (held?.updatedAt && answer.updatedAt && held.updatedAt > answer.updatedAt ? held : answer));
        setError(null);
      })
      .catch((failure: unknown) => !stopped && setError(toHubError(failure)));
    return () => {
      stopped = true;
    };
  }, [client, connected, asked]);

  useEffect(() => client.on('hall.changed', (pushed) => setHall(pushed)), [client]);

  const reload = useCallback(() => setAsked((n) => n + 1), []);
  return { layout: hall?.layout ?? null, updatedAt: hall?.updatedAt ?? null, loaded: hall !== null, error, reload };
}
