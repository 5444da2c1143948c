import { useCallback, useEffect, useRef, useState } from 'react';
import type { ElectionBallot } from '../../../shared/domain/elections/ballot.ts';
import type { Answer } from '../../../shared/protocol/index.ts';
import { toHubError, type HubError } from '../../client/errors.ts';
import type { HubClient } from '../../client/HubClient.ts';
import { useHubClient } from '../../client/react.tsx';
import { voteKey, type Vote } from './select.ts';

/** How often, at most, the list is asked again while the count moves (the hub pushes the count a few times a second). */
export const VOTERS_REFRESH_MS = 1000;

/** One delegate who has voted: on a tablet or on paper; what, only for a named vote once it is closed. */
export interface VoterRow {
  readonly delegateId: string;
  readonly fullName: string;
  readonly seat: string;
  readonly paper: boolean;
  readonly answer: Answer | null;
  readonly marks: ElectionBallot | null;
}

/** `motion.voters` (round null) or `election.voters` of a round, as one list. */
export async function fetchVoters(client: HubClient, meetingId: string, id: string, round: number | null): Promise<VoterRow[]> {
  if (round === null) {
    const { voters } = await client.send('motion.voters', { meetingId, motionId: id });
    return voters.map((v) => ({ ...v, marks: null }));
  }
  const { voters } = await client.send('election.voters', { meetingId, electionId: id, round });
  return voters.map((v) => ({ ...v, answer: null }));
}

/**
 * Who has voted in `vote`, asked of the hub (it pushes only how many): again whenever `voted` moves, at most once a
 * second, again when the vote closes (a named vote's answers come then), and on `refresh()`. An answer older than
 * one already shown is dropped. Null until the first answer.
 */
export function useVoters(meetingId: string, vote: Vote, voted: number): { voters: VoterRow[] | null; error: HubError | null; refresh: () => void } {
  const client = useHubClient();
  const key = voteKey(vote);
  const [shown, setShown] = useState<{ key: string; voters: VoterRow[] } | null>(null);
  const [error, setError] = useState<HubError | null>(null);
  const [asked, setAsked] = useState(0);
  const round = vote.kind === 'election' ? vote.round.round : null;
  const latest = useRef({ sent: 0, applied: 0, at: 0 });

  useEffect(() => {
    const wait = Math.max(0, latest.current.at + VOTERS_REFRESH_MS - Date.now());
    const timer = setTimeout(() => {
      const ask = ++latest.current.sent;
      latest.current.at = Date.now();
      fetchVoters(client, meetingId, vote.id, round)
        .then((voters) => {
          if (ask < latest.current.applied) return;
          latest.current.applied = ask;
          setShown({ key, voters });
          setError(null);
        })
        .catch((failure: unknown) => setError(toHubError(failure)));
    }, wait);
    return () => clearTimeout(timer);
  }, [client, meetingId, key, vote.id, round, vote.status, voted, asked]);

  const refresh = useCallback(() => {
    latest.current.at = 0;
    setAsked((n) => n + 1);
  }, []);
  return { voters: shown?.key === key ? shown.voters : null, error, refresh };
}
