import { z } from 'zod';
import { Id, required } from './primitives.ts';

/** Votes and elections (issue 13; the rules in shared/domain/votes and shared/domain/elections, docs/voting.md). */

/** `named`: who voted what is recorded and listed after the close; `secret`: what was voted is never linked to who. */
export const BallotKind = z.enum(['named', 'secret']).meta({ id: 'BallotKind' });
export type BallotKind = z.infer<typeof BallotKind>;

/** A vote's life: prepared (may be edited), open (delegates vote), closed (the result frozen). */
export const VoteStatus = z.enum(['prepared', 'open', 'closed']).meta({ id: 'VoteStatus' });
export type VoteStatus = z.infer<typeof VoteStatus>;

export const count = z.number().int().min(0);

/** A vote opened without the quorum: the chair's reason, how many were missing, who overrode it. */
export const QuorumOverride = z.object({ reason: required(500), missing: count, by: z.string() }).meta({ id: 'QuorumOverride' });
export type QuorumOverride = z.infer<typeof QuorumOverride>;

/** A vote's timing: an optional countdown (casts are refused after `closesAt`) and a minimum duration before the close. */
export const seconds = z.number().int().min(5).max(24 * 60 * 60);

/**
 * How many delegates have voted in a motion or an election round (tablets and paper): the only thing about a vote
 * that moves while it is open. `id` is the motion's or the election's id; `round` the election's round (null for a
 * motion). Of how many: the quorum's `present`.
 */
export const BallotCount = z.object({ id: Id, round: z.number().int().min(1).nullable(), voted: count }).meta({ id: 'BallotCount' });
export type BallotCount = z.infer<typeof BallotCount>;
