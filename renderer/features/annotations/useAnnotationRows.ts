import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { useHubClient, useHubState } from '../../client/react.tsx';
import { startAnnotations } from './service.ts';

/**
 * This screen's annotation sync and every row it holds, re-rendered as they change; with who writes (a delegate
 * signed in to her meeting, else null).
 */
export function useAnnotationRows() {
  const client = useHubClient();
  const session = useHubState((s) => s.session);
  const sync = useMemo(() => startAnnotations(client), [client]);
  const all = useSyncExternalStore(
    useCallback((fn) => sync.subscribe(fn), [sync]),
    () => sync.snapshot(),
  );
  return { sync, all, delegateId: session?.role === 'delegate' ? session.delegateId : null, meetingId: session?.meetingId ?? null };
}
