import { useCallback, useEffect, useState } from 'react';
import type { MeetingSummary } from '../../../shared/protocol/index.ts';
import { useHubClient, useHubState } from '../../client/react.tsx';
import { toHubError, type HubError } from '../../client/errors.ts';

export interface MeetingList {
  meetings: MeetingSummary[] | null;
  error: HubError | null;
  reload(): void;
}

/** The hub's meetings, asked again on every (re)connection and after `reload()` (e.g. a meeting was created). */
export function useMeetingList(): MeetingList {
  const client = useHubClient();
  const connectedSince = useHubState((s) => (s.connection.status === 'connected' ? s.connection.since : null));
  const [meetings, setMeetings] = useState<MeetingSummary[] | null>(null);
  const [error, setError] = useState<HubError | null>(null);
  const [asked, setAsked] = useState(0);

  useEffect(() => {
    if (connectedSince === null) return;
    let cancelled = false;
    client
      .send('meeting.list', {})
      .then((result) => {
        if (cancelled) return;
        setMeetings(result.meetings);
        setError(null);
      })
      .catch((failure: unknown) => !cancelled && setError(toHubError(failure)));
    return () => {
      cancelled = true;
    };
  }, [client, connectedSince, asked]);

  const reload = useCallback(() => setAsked((n) => n + 1), []);
  return { meetings, error, reload };
}
