import { z } from 'zod';
import { Id, IsoDateTime, required, text } from './primitives.ts';
import { BallotKind, count, QuorumOverride, seconds, VoteStatus } from './ballot.ts';

/** The majority rules a motion may choose (MAJORITY_RULE in shared/domain/votes/rules.ts; docs/voting.md). */
export const MajorityRule = z
  .enum(['moreYesThanNo', 'halfOfAllVotes', 'halfOfPresent', 'halfOfConvened', 'twoThirdsOfYesNo', 'twoThirdsOfPresent', 'twoThirdsOfConvened'])
  .meta({ id: 'MajorityRule' });
export type MajorityRule = z.infer<typeof MajorityRule>;

export const Answer = z.enum(['yes', 'no', 'abstain']).meta({ id: 'Answer' });
export type Answer = z.infer<typeof Answer>;

/** The words a body uses for the three answers, in one language (e.g. Tán thành / Không tán thành / Không biểu quyết). */
export const AnswerWords = z.object({ yes: required(60), no: required(60), abstain: required(60) }).meta({ id: 'AnswerWords' });
export type AnswerWords = z.infer<typeof AnswerWords>;

/** The answer words in each language the result is stated in. */
export const VoteWords = z.object({ vi: AnswerWords, en: AnswerWords }).meta({ id: 'VoteWords' });
export type VoteWords = z.infer<typeof VoteWords>;

export const Tally = z.object({ yes: count, no: count, abstain: count }).meta({ id: 'Tally' });
export type Tally = z.infer<typeof Tally>;

/** A motion's result, decided by the hub at the close (decideMotion) and frozen: every number it was decided on, in words. */
export const MotionResult = z
  .object({
    rule: MajorityRule,
    basis: z.enum(['yesNo', 'allVotes', 'present', 'convened']),
    fraction: z.enum(['half', 'twoThirds']),
    yes: count,
    no: count,
    abstain: count,
    /** Votes cast: yes + no + abstain, tablets and paper. */
    cast: count,
    /** Delegates present at the close. */
    present: count,
    /** Delegates on the list at the close. */
    convened: count,
    /** What the Yes votes were measured against. */
    base: count,
    /** The fewest Yes votes that pass on this base. */
    threshold: count,
    passed: z.boolean(),
    reason: z.enum(['met', 'notMet', 'noVotes', 'quorumLost']),
    /** The part of the counts that came on paper (named paper votes and a secret ballot's paper counts). */
    paper: Tally,
    /** The quorum held at the close (or the chair had overridden it when opening). */
    quorumHeld: z.boolean(),
    /** The decision and the counts in words, with the motion's answer words: `result` "Thông qua: 41/60 …", `counts` "Tán thành: 41; …". */
    words: z.object({ vi: z.object({ result: z.string(), counts: z.string() }), en: z.object({ result: z.string(), counts: z.string() }) }),
  })
  .meta({ id: 'MotionResult' });
export type MotionResult = z.infer<typeof MotionResult>;

export const Motion = z
  .object({
    id: Id,
    /** The agenda item it is voted under. */
    itemId: Id.nullable(),
    title: required(500),
    /** The wording put to the vote. */
    text: text(5000),
    ballot: BallotKind,
    rule: MajorityRule,
    words: VoteWords,
    /** A delegate may change a named vote until the close (a secret ballot is final once cast: nothing links it to its voter). */
    mayChange: z.boolean(),
    durationSeconds: seconds.nullable(),
    minimumSeconds: seconds.nullable(),
    status: VoteStatus,
    createdAt: IsoDateTime,
    openedAt: IsoDateTime.nullable(),
    /** `openedAt` + `durationSeconds`: no cast is taken after it. */
    closesAt: IsoDateTime.nullable(),
    closedAt: IsoDateTime.nullable(),
    quorumOverride: QuorumOverride.nullable(),
    /** Null until the close; never a partial result. */
    result: MotionResult.nullable(),
  })
  .meta({ id: 'Motion' });
export type Motion = z.infer<typeof Motion>;
