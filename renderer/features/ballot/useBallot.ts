import { useCallback, useEffect, useState } from 'react';
import type { Answer } from '../../../shared/protocol/index.ts';
import { toHubError, type HubError } from '../../client/errors.ts';
import type { HubClient } from '../../client/HubClient.ts';
import { useHubClient, useHubState } from '../../client/react.tsx';
import { voteKey, type Vote } from '../votes/select.ts';
import { newCastId } from './castId.ts';
import { ballotMarks, toggleStruck, type Struck } from './marks.ts';

/**
 * The delegate's ballot for the open vote, from the first look to the hub's acknowledgement:
 * `checking` (asking the hub whether this delegate has voted already: a tablet coming back) → `choosing` →
 * `confirming` → `sending` → `recorded` (only on the hub's ack, or its word that the vote is in) or `failed`.
 * A failed send keeps its castId: sending again is answered as the first time and never counts twice.
 */
export type BallotPhase = 'checking' | 'choosing' | 'confirming' | 'sending' | 'recorded' | 'failed';

export interface BallotView {
  phase: BallotPhase;
  /** The answer chosen on a motion's ballot. */
  answer: Answer | null;
  /** The names struck on an election ballot. */
  struck: Struck;
  /** What the hub holds, once recorded: a named vote's answer (null for a secret one), and whether it came on paper. */
  recorded: { answer: Answer | null; paper: boolean } | null;
  error: HubError | null;
  /** The failure may be sent again with the same castId (the hub did not answer, or the link failed). */
  retryable: boolean;
  /** The cast being sent or failed, kept for a retry: the same castId and choice. */
  attempt: Attempt | null;
}

interface Attempt {
  castId: string;
  choice: { kind: 'motion'; answer: Answer } | { kind: 'election'; marks: Record<string, 'keep' | 'strike'> };
}

export interface Ballot extends BallotView {
  choose(answer: Answer): void;
  toggle(candidateId: string): void;
  /** An election ballot marked: to the confirmation. */
  review(): void;
  /** Back to choosing (a new castId next time). */
  again(): void;
  confirm(): void;
  retry(): void;
  /** A named motion with `mayChange`: choose anew after the vote is recorded. */
  change(): void;
}

const START: BallotView = { phase: 'checking', answer: null, struck: new Set(), recorded: null, error: null, retryable: false, attempt: null };

export function useBallot(meetingId: string, vote: Vote | null): Ballot {
  const client = useHubClient();
  const connected = useHubState((s) => s.connection.status === 'connected');
  const key = vote && vote.status === 'open' ? voteKey(vote) : null;
  const [state, setState] = useState<{ key: string | null; view: BallotView }>({ key, view: START });
  // A new vote (or a further round) starts a new ballot.
  let view = state.view;
  if (state.key !== key) {
    view = START;
    setState({ key, view });
  }
  const update = useCallback(
    (forKey: string | null, change: (v: BallotView) => BallotView) => setState((s) => (s.key === forKey ? { key: s.key, view: change(s.view) } : s)),
    [],
  );

  // Has this delegate voted already? Asked when the ballot appears and after each reconnection while not known.
  // (`vote` keeps its identity while the motions and elections do: the caller memoises it.)
  const { phase, retryable } = view;
  useEffect(() => {
    if (!vote || !key || !connected || (phase !== 'checking' && !(phase === 'failed' && retryable))) return;
    let live = true;
    void askMyVote(client, meetingId, vote).then(
      (mine) =>
        live &&
        update(key, (v) => {
          if (mine?.voted) return { ...v, phase: 'recorded', recorded: { answer: mine.answer, paper: mine.paper }, error: null };
          return v.phase === 'checking' ? { ...v, phase: 'choosing' } : v;
        }),
      // Not known: the ballot is offered; a second cast would be refused by the hub, never counted.
      () => live && update(key, (v) => (v.phase === 'checking' ? { ...v, phase: 'choosing' } : v)),
    );
    return () => {
      live = false;
    };
  }, [client, meetingId, vote, key, connected, phase, retryable, update]);

  const send = useCallback(
    (current: Attempt) => {
      if (!vote || !key) return;
      update(key, (v) => ({ ...v, phase: 'sending', error: null, retryable: false, attempt: current }));
      sendCast(client, meetingId, vote, current).then(
        () => {
          const answer = vote.ballot === 'named' && current.choice.kind === 'motion' ? current.choice.answer : null;
          update(key, (v) => ({ ...v, phase: 'recorded', recorded: { answer, paper: false }, attempt: null }));
        },
        async (failure: unknown) => {
          const error = toHubError(failure);
          const retryable = error.code === 'timeout' || error.code === 'network' || error.code === 'internal';
          // Refused as a conflict: perhaps an earlier send of this ballot made it after all. The hub says.
          const mine = error.code === 'conflict' ? await askMyVote(client, meetingId, vote).catch(() => null) : null;
          if (mine?.voted) {
            update(key, (v) => ({ ...v, phase: 'recorded', recorded: { answer: mine.answer, paper: mine.paper }, error: null, attempt: null }));
          } else {
            update(key, (v) => ({ ...v, phase: 'failed', error, retryable }));
          }
        },
      );
    },
    [client, meetingId, vote, key, update],
  );

  return {
    ...view,
    choose: (answer) => update(key, (v) => ({ ...v, answer, phase: 'confirming', error: null })),
    toggle: (candidateId) => update(key, (v) => ({ ...v, struck: toggleStruck(v.struck, candidateId) })),
    review: () => update(key, (v) => ({ ...v, phase: 'confirming', error: null })),
    again: () => update(key, (v) => ({ ...v, phase: 'choosing', error: null, retryable: false, attempt: null })),
    confirm: () => {
      if (!vote) return;
      const choice: Attempt['choice'] =
        vote.kind === 'motion' ? { kind: 'motion', answer: view.answer ?? 'abstain' } : { kind: 'election', marks: ballotMarks(vote.round, view.struck) };
      send({ castId: newCastId(), choice });
    },
    retry: () => view.attempt && send(view.attempt),
    change: () => update(key, (v) => ({ ...v, phase: 'choosing', answer: null, recorded: null })),
  };
}

function sendCast(client: HubClient, meetingId: string, vote: Vote, { castId, choice }: Attempt): Promise<unknown> {
  if (vote.kind === 'motion' && choice.kind === 'motion') return client.send('motion.cast', { meetingId, motionId: vote.id, castId, answer: choice.answer });
  if (vote.kind === 'election' && choice.kind === 'election') {
    return client.send('election.cast', { meetingId, electionId: vote.id, round: vote.round.round, castId, marks: choice.marks });
  }
  return Promise.reject(new Error('a ballot of the wrong kind'));
}

async function askMyVote(client: HubClient, meetingId: string, vote: Vote): Promise<{ voted: boolean; paper: boolean; answer: Answer | null } | null> {
  if (vote.kind === 'motion') return client.send('motion.myVote', { meetingId, motionId: vote.id });
  const mine = await client.send('election.myVote', { meetingId, electionId: vote.id });
  return mine.round === vote.round.round ? { voted: mine.voted, paper: mine.paper, answer: null } : null;
}
