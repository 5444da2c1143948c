import { randomBytes } from 'node:crypto';
import type { BallotCount, Election, Motion } from '../../../shared/protocol/index.ts';
import type { StoreSql } from './sql.ts';

/**
 * The ballot box of every vote (a motion's id, or a round's `voteOfRound`): who voted, and, apart, what was voted in a
 * secret ballot. Nothing links a secret ballot to its voter (migration 9, docs/voting.md#secrecy): a ballot has a
 * random key and its choice, nothing else, and is never written, read or returned with a voter.
 */

/** A round's key in the ballot box: `/` is in no id, so it never meets a motion's. */
export const voteOfRound = (electionId: string, round: number) => `${electionId}/${round}`;

/**
 * The `ballotCount` of each vote that has been opened: each motion's, and each election's latest opened round's.
 * `counted` is the ballot box's `votedCounts`.
 */
export function ballotCountsOf(motions: readonly Motion[], elections: readonly Election[], counted: ReadonlyMap<string, number>): BallotCount[] {
  const out: BallotCount[] = [];
  for (const m of motions) if (m.status !== 'prepared') out.push({ id: m.id, round: null, voted: counted.get(m.id) ?? 0 });
  for (const e of elections) {
    const round = e.rounds.findLast((r) => r.status !== 'prepared');
    if (round) out.push({ id: e.id, round: round.round, voted: counted.get(voteOfRound(e.id, round.round)) ?? 0 });
  }
  return out;
}

export interface VoterRow {
  delegateId: string;
  paper: boolean;
  /** Every cast id the delegate's tablet sent that was taken (a named vote may be changed), oldest first. */
  castIds: string[];
  /** A named vote's choice; null for a secret ballot, and for a delegate marked as having voted on paper in one. */
  choice: string | null;
}

export interface BallotBoxStatements {
  voter(meetingId: string, vote: string, delegateId: string): VoterRow | null;
  putVoter(meetingId: string, vote: string, voter: VoterRow): void;
  /** By delegate id. */
  voters(meetingId: string, vote: string): VoterRow[];
  /** How many have voted in each vote of the meeting (tablet and paper). */
  votedCounts(meetingId: string): Map<string, number>;
  votedCount(meetingId: string, vote: string): number;
  paperMarked(meetingId: string, vote: string): number;
  /** Puts a secret ballot in the box under a random key. */
  addBallot(meetingId: string, vote: string, choice: string): void;
  /** The secret ballots' choices, in key order (random). */
  ballots(meetingId: string, vote: string): string[];
  /**
   * Writes a closed secret ballot's box again, in key order: SQLite places a table's cells in a page in the order they
   * were inserted, so before this the pages held the order the votes came in. With `secure_delete` the cells removed
   * are overwritten with zeros.
   */
  sealBallots(meetingId: string, vote: string): void;
  /**
   * Moves the write-ahead log into the database and empties it (TRUNCATE): its frames are pages in commit order, the
   * order the votes came. False when a reader kept it from completing.
   */
  truncateWal(): boolean;
}

interface VoterDbRow {
  delegate_id: string;
  paper: number;
  cast_ids: string;
  choice: string | null;
}

const voterOf = (r: VoterDbRow): VoterRow => ({
  delegateId: r.delegate_id,
  paper: r.paper === 1,
  castIds: JSON.parse(r.cast_ids) as string[],
  choice: r.choice,
});

export function ballotBoxStatements({ db, all, get, run }: StoreSql): BallotBoxStatements {
  const ballots = (meetingId: string, vote: string) =>
    all<{ choice: string }>('SELECT choice FROM vote_ballots WHERE meeting_id = ? AND vote = ? ORDER BY ballot_key', meetingId, vote).map((r) => r.choice);
  return {
    voter: (meetingId, vote, delegateId) => {
      const row = get<VoterDbRow>('SELECT * FROM vote_voters WHERE meeting_id = ? AND vote = ? AND delegate_id = ?', meetingId, vote, delegateId);
      return row ? voterOf(row) : null;
    },
    putVoter: (meetingId, vote, v) =>
      void run(
        `INSERT INTO vote_voters (meeting_id, vote, delegate_id, paper, cast_ids, choice) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT(meeting_id, vote, delegate_id) DO UPDATE SET paper = excluded.paper, cast_ids = excluded.cast_ids, choice = excluded.choice`,
        meetingId, vote, v.delegateId, v.paper ? 1 : 0, JSON.stringify(v.castIds), v.choice,
      ),
    voters: (meetingId, vote) =>
      all<VoterDbRow>('SELECT * FROM vote_voters WHERE meeting_id = ? AND vote = ? ORDER BY delegate_id', meetingId, vote).map(voterOf),
    votedCounts: (meetingId) =>
      new Map(
        all<{ vote: string; n: number }>('SELECT vote, COUNT(*) AS n FROM vote_voters WHERE meeting_id = ? GROUP BY vote', meetingId).map((r) => [r.vote, r.n]),
      ),
    votedCount: (meetingId, vote) =>
      get<{ n: number }>('SELECT COUNT(*) AS n FROM vote_voters WHERE meeting_id = ? AND vote = ?', meetingId, vote)?.n ?? 0,
    paperMarked: (meetingId, vote) =>
      get<{ n: number }>('SELECT COUNT(*) AS n FROM vote_voters WHERE meeting_id = ? AND vote = ? AND paper = 1', meetingId, vote)?.n ?? 0,
    addBallot: (meetingId, vote, choice) =>
      void run('INSERT INTO vote_ballots (meeting_id, vote, ballot_key, choice) VALUES (?, ?, ?, ?)', meetingId, vote, randomBytes(16), choice),
    ballots,
    sealBallots: (meetingId, vote) => {
      // New keys too: a copy of the pages taken while the vote was open cannot be matched key for key with the box.
      const resealed = ballots(meetingId, vote)
        .map((choice) => ({ key: randomBytes(16), choice }))
        .sort((a, b) => Buffer.compare(a.key, b.key));
      run('DELETE FROM vote_ballots WHERE meeting_id = ? AND vote = ?', meetingId, vote);
      for (const b of resealed) run('INSERT INTO vote_ballots (meeting_id, vote, ballot_key, choice) VALUES (?, ?, ?, ?)', meetingId, vote, b.key, b.choice);
    },
    truncateWal: () => {
      // A reader in another process (the CLI) may hold the log: wait for it a moment, never the 5 s other writes may.
      const wait = db.pragma('busy_timeout', { simple: true }) as number;
      db.pragma('busy_timeout = 250');
      try {
        const [result] = db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number; log: number; checkpointed: number }[];
        return result?.busy === 0;
      } finally {
        db.pragma(`busy_timeout = ${wait}`);
      }
    },
  };
}
