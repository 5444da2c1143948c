import type { Election, ElectionRound } from '../../../shared/protocol/index.ts';
import type { StoreSql } from './sql.ts';

/** A secret round's paper count as the secretariat entered it (the shape of `election.paperCount`'s counts). */
export interface RoundPaper {
  valid: number;
  invalid: number;
  blank: number;
  votes: Record<string, number>;
}

/** Elections and their rounds, as the protocol's JSON; a secret round's paper count beside its round. */
export interface ElectionStatements {
  /** In the order they were created, each with its rounds in order. */
  elections(meetingId: string): Election[];
  getElection(meetingId: string, electionId: string): Election | null;
  /** Writes the election and each of its rounds. */
  putElection(meetingId: string, election: Election): void;
  deleteElection(meetingId: string, electionId: string): void;
  roundPaper(meetingId: string, electionId: string, round: number): RoundPaper | null;
  setRoundPaper(meetingId: string, electionId: string, round: number, counts: RoundPaper): void;
}

type Stored = Omit<Election, 'rounds'>;

export function electionStatements({ all, get, run }: StoreSql): ElectionStatements {
  const roundsOf = (meetingId: string, electionId: string) =>
    all<{ data: string }>('SELECT data FROM election_rounds WHERE meeting_id = ? AND election_id = ? ORDER BY round', meetingId, electionId).map(
      (r) => JSON.parse(r.data) as ElectionRound,
    );
  const withRounds = (meetingId: string, data: string): Election => {
    const stored = JSON.parse(data) as Stored;
    return { ...stored, rounds: roundsOf(meetingId, stored.id) };
  };
  return {
    elections: (meetingId) =>
      all<{ data: string }>("SELECT data FROM elections WHERE meeting_id = ? ORDER BY json_extract(data, '$.createdAt'), id", meetingId).map((r) =>
        withRounds(meetingId, r.data),
      ),
    getElection: (meetingId, electionId) => {
      const row = get<{ data: string }>('SELECT data FROM elections WHERE meeting_id = ? AND id = ?', meetingId, electionId);
      return row ? withRounds(meetingId, row.data) : null;
    },
    putElection: (meetingId, election) => {
      const { rounds, ...stored } = election;
      run(
        'INSERT INTO elections (meeting_id, id, data) VALUES (?, ?, ?) ON CONFLICT(meeting_id, id) DO UPDATE SET data = excluded.data',
        meetingId, election.id, JSON.stringify(stored),
      );
      for (const round of rounds) {
        run(
          `INSERT INTO election_rounds (meeting_id, election_id, round, data) VALUES (?, ?, ?, ?)
           ON CONFLICT(meeting_id, election_id, round) DO UPDATE SET data = excluded.data`,
          meetingId, election.id, round.round, JSON.stringify(round),
        );
      }
    },
    deleteElection: (meetingId, electionId) => void run('DELETE FROM elections WHERE meeting_id = ? AND id = ?', meetingId, electionId),
    roundPaper: (meetingId, electionId, round) => {
      const row = get<{ paper: string | null }>(
        'SELECT paper FROM election_rounds WHERE meeting_id = ? AND election_id = ? AND round = ?',
        meetingId, electionId, round,
      );
      return row?.paper ? (JSON.parse(row.paper) as RoundPaper) : null;
    },
    setRoundPaper: (meetingId, electionId, round, counts) =>
      void run(
        'UPDATE election_rounds SET paper = ? WHERE meeting_id = ? AND election_id = ? AND round = ?',
        JSON.stringify(counts), meetingId, electionId, round,
      ),
  };
}
