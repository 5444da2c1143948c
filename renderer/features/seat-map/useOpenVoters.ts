import { useEffect, useRef, useState } from 'react';
import type { MeetingSnapshot } from '../../../shared/protocol/index.ts';
import { useHubClient } from '../../client/react.tsx';
import { fetchVoters, VOTERS_REFRESH_MS } from '../votes/useVoters.ts';
import { openVote, voteKey } from '../votes/select.ts';

// One empty list while the first answer is awaited, so the map's states are not worked out again on every render.
const NONE_YET: { delegateId: string; paper: boolean }[] = [];

/**
 * Who has voted on the open ballot (tablet or paper; never how), for the map: asked again as its count moves, at most
 * once a second (a room voting at once moves it four times a second), and dropped when no ballot is open. An answer
 * older than one already shown is dropped.
 */
export function useOpenVoters(snapshot: MeetingSnapshot): { delegateId: string; paper: boolean }[] | null {
  const client = useHubClient();
  const vote = openVote(snapshot);
  const key = vote ? voteKey(vote) : null;
  const round = vote?.kind === 'election' ? vote.round.round : null;
  const voted = vote ? (snapshot.ballotCounts.find((c) => c.id === vote.id && c.round === round)?.voted ?? 0) : 0;
  const [shown, setShown] = useState<{ key: string; voters: { delegateId: string; paper: boolean }[] } | null>(null);
  const latest = useRef({ sent: 0, applied: 0, at: 0 });

  useEffect(() => {
    if (!vote || key === null) return;
    const wait = Math.max(0, latest.current.at + VOTERS_REFRESH_MS - Date.now());
    const timer = setTimeout(() => {
      const ask = ++latest.current.sent;
      latest.current.at = Date.now();
      fetchVoters(client, snapshot.meeting.id, vote.id, round)
        .then((voters) => {
          if (ask < latest.current.applied) return;
          latest.current.applied = ask;
          setShown({ key, voters: voters.map(({ delegateId, paper }) => ({ delegateId, paper })) });
        })
        // The map is a glance: a refused or lost answer is asked again when the count next moves.
        .catch(() => undefined);
    }, wait);
    return () => clearTimeout(timer);
    // vote is known by its key; the count and the key are what make it ask again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [client, snapshot.meeting.id, key, voted]);

  return key !== null && shown?.key === key ? shown.voters : key !== null ? NONE_YET : null;
}
