import { z } from 'zod';
import { Id, IsoDateTime, required } from './primitives.ts';
import { BallotKind, count, QuorumOverride, seconds, VoteStatus } from './ballot.ts';

export const Candidate = z.object({ id: Id, name: required(200) }).meta({ id: 'Candidate' });
export type Candidate = z.infer<typeof Candidate>;

/** `validBallots`: more than half of the valid ballots; `convened`: more than half of the delegates convened (the Party's). */
export const ElectionBase = z.enum(['validBallots', 'convened']).meta({ id: 'ElectionBase' });
export type ElectionBase = z.infer<typeof ElectionBase>;

/** A round's result, decided by the hub at the close (decideElection) and frozen. */
export const ElectionResult = z
  .object({
    round: z.number().int().min(1),
    seats: z.number().int().min(1),
    basis: ElectionBase,
    base: count,
    threshold: count,
    valid: count,
    invalid: count,
    blank: count,
    convened: count,
    present: count,
    /** Most votes first; equal votes in ballot order (the order shows, it never decides). */
    candidates: z.array(z.object({ id: Id, votes: count, outcome: z.enum(['elected', 'tied', 'beyondSeats', 'notElected']) })),
    elected: z.array(Id),
    /** Candidates level at the cut-off, more of them than the seats left: a further round decides, never the hub. */
    tie: z.object({ candidates: z.array(Id), votes: count, seatsLeft: z.number().int().min(1) }).nullable(),
    seatsLeft: count,
    /** The part of the count that came on paper. */
    paper: z.object({ valid: count, invalid: count, blank: count }),
    quorumHeld: z.boolean(),
    words: z.object({
      vi: z.object({ ballots: z.string(), candidates: z.array(z.string()), outcome: z.string() }),
      en: z.object({ ballots: z.string(), candidates: z.array(z.string()), outcome: z.string() }),
    }),
  })
  .meta({ id: 'ElectionResult' });
export type ElectionResult = z.infer<typeof ElectionResult>;

/** One round of an election: its seats and candidates (ballot order), its life and its result. */
export const ElectionRound = z
  .object({
    round: z.number().int().min(1),
    seats: z.number().int().min(1),
    candidates: z.array(Id),
    status: VoteStatus,
    openedAt: IsoDateTime.nullable(),
    closesAt: IsoDateTime.nullable(),
    closedAt: IsoDateTime.nullable(),
    quorumOverride: QuorumOverride.nullable(),
    result: ElectionResult.nullable(),
  })
  .meta({ id: 'ElectionRound' });
export type ElectionRound = z.infer<typeof ElectionRound>;

/** An election of N seats: delegates keep or strike each name; its rounds kept together, the last one current. */
export const Election = z
  .object({
    id: Id,
    itemId: Id.nullable(),
    title: required(500),
    ballot: BallotKind,
    base: ElectionBase,
    /** Every candidate of any round, in the first round's ballot order. */
    candidates: z.array(Candidate),
    durationSeconds: seconds.nullable(),
    minimumSeconds: seconds.nullable(),
    createdAt: IsoDateTime,
    rounds: z.array(ElectionRound).min(1),
  })
  .meta({ id: 'Election' });
export type Election = z.infer<typeof Election>;
