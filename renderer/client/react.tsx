import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { CommandInput, CommandName, CommandResult } from '../../shared/protocol/index.ts';
import type { HubClient } from './HubClient.ts';
import type { FollowedMeeting, HubState } from './state.ts';
import { toHubError, type HubError } from './errors.ts';

const HubContext = createContext<HubClient | null>(null);

export function HubProvider({ client, children }: { client: HubClient; children: ReactNode }) {
  return <HubContext.Provider value={client}>{children}</HubContext.Provider>;
}

export function useHubClient(): HubClient {
  const client = useContext(HubContext);
  if (!client) throw new Error('useHubClient outside <HubProvider>');
  return client;
}

/** Reads the hub state. Select a value that keeps its identity (a field, not a new object) to avoid re-renders. */
export function useHubState<T>(selector: (state: HubState) => T): T {
  return useStore(useHubClient().hubState, selector);
}

/** Follows a meeting while the calling screen is shown; returns what is known of it. */
export function useFollowMeeting(meetingId: string): FollowedMeeting | null {
  const client = useHubClient();
  useEffect(() => {
    client.follow(meetingId);
    return () => client.unfollow(meetingId);
  }, [client, meetingId]);
  const meeting = useHubState((s) => s.meeting);
  return meeting?.id === meetingId ? meeting : null;
}

export interface CommandRunner<N extends CommandName> {
  /** Resolves with the result, or null when the hub refused (the error is then in `error`). */
  run(input: CommandInput<N>): Promise<CommandResult<N> | null>;
  pending: boolean;
  error: HubError | null;
  reset(): void;
}

/** One command bound to a piece of UI: its own pending flag and its own error, shown next to it. */
export function useCommand<N extends CommandName>(name: N): CommandRunner<N> {
  const client = useHubClient();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<HubError | null>(null);
  const run = useCallback(
    async (input: CommandInput<N>) => {
      setPending(true);
      setError(null);
      try {
        return await client.send(name, input);
      } catch (failure) {
        setError(toHubError(failure));
        return null;
      } finally {
        setPending(false);
      }
    },
    [client, name],
  );
  const reset = useCallback(() => setError(null), []);
  return { run, pending, error, reset };
}
