import { z } from 'zod';
import { BallotKind, Candidate, Election, ElectionBase, ElectionResult, Id } from '../model.ts';
import { CastId, QuorumOverrideRequest, Voter } from './motion.ts';
import { EDITORS, RUNNERS, command, meetingRef, nothing, required, type CommandSpec } from './spec.ts';

/** Elections of N seats: ballots of candidates kept or struck, rounds, a further round after a tie (docs/voting.md). */

const electionRef = { ...meetingRef, electionId: Id };

/** One ballot: every candidate of the round, kept or struck (a tablet keeps at most the seats). */
export const ElectionMarks = z
  .record(Id, z.enum(['keep', 'strike']))
  .refine((marks) => Object.keys(marks).length <= 500, 'at most 500 candidates')
  .meta({ id: 'ElectionMarks' });

const count = z.number().int().min(0);

/** A secret round's paper ballots, counted by the secretariat: by class, and the votes of each candidate of the round. */
export const ElectionPaperCount = z
  .object({ valid: count, invalid: count, blank: count, votes: z.record(Id, count) })
  .strict()
  .meta({ id: 'ElectionPaperCount' });

/** A candidate as the secretariat lists her: a name, and the id when she is already on the list (an update keeps it). */
const CandidateInput = z.object({ id: Id.optional(), name: Candidate.shape.name }).strict();
const candidates = z.array(CandidateInput).min(1).max(500);
const seats = z.number().int().min(1).max(500);

export const ElectionVoter = Voter.omit({ answer: true })
  .extend({
    /** A named ballot's marks once the round is closed; null while it is open, and always for a secret ballot. */
    marks: ElectionMarks.nullable(),
  })
  .meta({ id: 'ElectionVoter' });

export const ELECTION_COMMANDS = {
  'election.create': command({
    summary:
      'Prepare an election of `seats` seats on an agenda item (by default the current one), its first round with the candidates in ballot order. Secret by default, as Party elections are.',
    roles: RUNNERS,
    input: z
      .object({
        ...meetingRef,
        itemId: Id.nullable().optional(),
        title: required(500),
        ballot: BallotKind.default('secret'),
        base: ElectionBase,
        seats,
        candidates,
        durationSeconds: Election.shape.durationSeconds.default(null),
        minimumSeconds: Election.shape.minimumSeconds.default(null),
      })
      .strict(),
    result: z.object({ electionId: Id, candidateIds: z.array(Id) }),
  }),
  'election.update': command({
    summary:
      'Change an election whose first round is not open yet; `candidates` replaces the list (give a candidate\'s `id` to keep it).',
    roles: RUNNERS,
    input: z
      .object({
        ...electionRef,
        itemId: Id.nullable().optional(),
        title: required(500).optional(),
        ballot: BallotKind.optional(),
        base: ElectionBase.optional(),
        seats: seats.optional(),
        candidates: candidates.optional(),
        durationSeconds: Election.shape.durationSeconds.optional(),
        minimumSeconds: Election.shape.minimumSeconds.optional(),
      })
      .strict(),
    result: nothing,
  }),
  'election.remove': command({
    summary: 'Remove an election whose first round is not open yet.',
    roles: RUNNERS,
    input: z.object(electionRef).strict(),
    result: nothing,
  }),
  'election.open': command({
    summary:
      'Open the election\'s current round: only while the quorum holds, or with `override.reason` (recorded). One vote (motion or election round) is open at a time in a meeting.',
    roles: RUNNERS,
    input: z.object({ ...electionRef, override: QuorumOverrideRequest.optional() }).strict(),
    result: nothing,
  }),
  'election.close': command({
    summary:
      'Close the current round (not before its minimum duration): the hub counts valid, invalid and blank ballots, decides who is elected, reports a tie at the cut-off and the seats left, and freezes it in words in both languages.',
    roles: RUNNERS,
    input: z.object(electionRef).strict(),
    result: z.object({ result: ElectionResult }),
  }),
  'election.nextRound': command({
    summary:
      'Prepare a further round after a closed one that left seats open: by default the tied candidates for the seats they tied for, or every candidate not elected for the seats left; the chair may give the seats and candidates.',
    roles: RUNNERS,
    input: z.object({ ...electionRef, seats: seats.optional(), candidateIds: z.array(Id).min(1).max(500).optional() }).strict(),
    result: z.object({ round: z.number().int().min(2) }),
  }),
  'election.cast': command({
    summary:
      'Vote in the open round, as a delegate signed in on a tablet and checked in: every candidate of the round kept or struck, at most `seats` kept (striking all is a blank ballot). The same `castId` again is answered as the first time and never counts twice; a ballot is final once cast.',
    roles: ['delegate'],
    input: z.object({ ...electionRef, round: z.number().int().min(1), castId: CastId, marks: ElectionMarks }).strict(),
    result: z.object({ castId: CastId }),
  }),
  'election.myVote': command({
    summary: 'Whether the signed-in delegate has voted in the election\'s current round; the marks only for a named ballot.',
    roles: ['delegate'],
    input: z.object(electionRef).strict(),
    result: z.object({
      round: z.number().int().min(1),
      voted: z.boolean(),
      castId: CastId.nullable(),
      paper: z.boolean(),
      marks: ElectionMarks.nullable(),
    }),
  }),
  'election.paperBallot': command({
    summary: 'Record a named paper ballot against the delegate\'s name (checked in, not voted yet) in the open round, marked as paper; it is classified as any ballot (valid, invalid, blank).',
    roles: EDITORS,
    input: z.object({ ...electionRef, delegateId: Id, marks: ElectionMarks }).strict(),
    result: nothing,
  }),
  'election.paperMark': command({
    summary: 'Mark a delegate (checked in, not voted yet) as having voted on paper in a secret round; the paper ballots come as a count (`election.paperCount`).',
    roles: EDITORS,
    input: z.object({ ...electionRef, delegateId: Id }).strict(),
    result: nothing,
  }),
  'election.paperCount': command({
    summary:
      'Enter (or correct) a secret round\'s paper count, before the close; it must be one that can be true (whole numbers, the round\'s candidates, 1 to N votes per valid ballot). The close is refused until the ballots counted equal the delegates marked on paper.',
    roles: EDITORS,
    input: z.object({ ...electionRef, counts: ElectionPaperCount }).strict(),
    result: z.object({ counted: z.number().int().min(0), marked: z.number().int().min(0) }),
  }),
  'election.voters': command({
    summary: 'Who has voted in a round (by default the current one), tablet or paper; with the marks only for a named ballot once the round is closed.',
    roles: ['secretariat', 'chair', 'projector'],
    input: z.object({ ...electionRef, round: z.number().int().min(1).optional() }).strict(),
    result: z.object({ voters: z.array(ElectionVoter) }),
  }),
} as const satisfies Record<string, CommandSpec>;
