import type { Migration } from './migration.ts';

/**
 * Votes and elections (issue 13). Motions, elections and their rounds are kept as the protocol's JSON (what a screen
 * reads is what is stored); the ballot box is two tables with nothing that links them (docs/voting.md#secrecy):
 *
 * - `vote_voters`: who voted in a vote (a motion's id, or `<election id>/<round>`), keyed by the delegate, with the
 *   cast ids a retry is recognised by; a NAMED vote's choice is kept here, with its voter. A secret ballot's never is.
 * - `vote_ballots`: a SECRET ballot's choice, under a random 16-byte key, WITHOUT ROWID so that the table is stored in
 *   key order, not in the order the votes came; no id shared with its voter, no time, no revision. The choices are of
 *   one length within a vote (`y`, `n`, `a`; a round's `k`/`s` per candidate), so no cell's size tells one from another.
 *
 * The paper counts a secretariat enters for a secret ballot are partial results: kept beside the vote (`paper`),
 * never in the entity that screens read before the close.
 */
export const migration009: Migration = {
  version: 9,
  name: 'votes',
  up: `
    CREATE TABLE motions (
      meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
      id TEXT NOT NULL,
      data TEXT NOT NULL CHECK (json_valid(data)),
      status TEXT GENERATED ALWAYS AS (json_extract(data, '$.status')) VIRTUAL,
      paper TEXT CHECK (paper IS NULL OR json_valid(paper)),
      PRIMARY KEY (meeting_id, id)
    ) STRICT;

    CREATE TABLE elections (
      meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
      id TEXT NOT NULL,
      data TEXT NOT NULL CHECK (json_valid(data)),
      PRIMARY KEY (meeting_id, id)
    ) STRICT;

    CREATE TABLE election_rounds (
      meeting_id TEXT NOT NULL,
      election_id TEXT NOT NULL,
      round INTEGER NOT NULL CHECK (round >= 1),
      data TEXT NOT NULL CHECK (json_valid(data)),
      status TEXT GENERATED ALWAYS AS (json_extract(data, '$.status')) VIRTUAL,
      paper TEXT CHECK (paper IS NULL OR json_valid(paper)),
      PRIMARY KEY (meeting_id, election_id, round),
      FOREIGN KEY (meeting_id, election_id) REFERENCES elections(meeting_id, id) ON DELETE CASCADE
    ) STRICT;

    CREATE TABLE vote_voters (
      meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
      vote TEXT NOT NULL,
      delegate_id TEXT NOT NULL,
      paper INTEGER NOT NULL CHECK (paper IN (0, 1)),
      cast_ids TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(cast_ids)),
      choice TEXT,
      PRIMARY KEY (meeting_id, vote, delegate_id)
    ) STRICT, WITHOUT ROWID;

    CREATE TABLE vote_ballots (
      meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
      vote TEXT NOT NULL,
      ballot_key BLOB NOT NULL CHECK (length(ballot_key) = 16),
      choice TEXT NOT NULL,
      PRIMARY KEY (meeting_id, vote, ballot_key)
    ) STRICT, WITHOUT ROWID;
  `,
};
