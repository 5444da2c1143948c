import { z } from 'zod';
import { Answer, Id, Motion, MotionResult, Tally } from '../model.ts';
import { EDITORS, RUNNERS, command, meetingRef, nothing, required, type CommandSpec } from './spec.ts';

/** Motions put to the vote: prepared, opened and closed by the chair, voted on tablets and on paper (docs/voting.md). */

const motionRef = { ...meetingRef, motionId: Id };

/**
 * A client-made id for one cast, so that a retry is answered the same and never counts twice: any 8 to 64 letters,
 * digits, `_` and `-` (a random UUID will do), new for each vote the delegate means to cast.
 */
export const CastId = z
  .string()
  .regex(/^[A-Za-z0-9_-]{8,64}$/, '8 to 64 letters, digits, _ and -')
  .meta({ id: 'CastId' });

/** What a chair gives to open a vote while the quorum does not hold: the reason, which the hub records. */
export const QuorumOverrideRequest = z.object({ reason: required(500) }).strict().meta({ id: 'QuorumOverrideRequest' });

/** Who has voted, and for a named vote after its close, what (the paper list's and the minutes' source). */
export const Voter = z
  .object({
    delegateId: Id,
    fullName: z.string(),
    seat: z.string(),
    /** Voted on paper (marked or recorded by the secretariat), not on a tablet. */
    paper: z.boolean(),
    /** A named vote's answer once the vote is closed; null while it is open, and always for a secret ballot. */
    answer: Answer.nullable(),
  })
  .meta({ id: 'Voter' });

/** What the secretariat or the chair sets on a motion, as the motion holds it. */
const editable = Motion.pick({ title: true, text: true, ballot: true, rule: true, words: true, mayChange: true, durationSeconds: true, minimumSeconds: true }).shape;

export const MOTION_COMMANDS = {
  'motion.create': command({
    summary:
      'Prepare a motion on an agenda item (by default the current one). `words` default to Tán thành / Không tán thành / Không biểu quyết and Yes / No / Abstain; `mayChange` only for a named ballot.',
    roles: RUNNERS,
    input: z
      .object({
        ...meetingRef,
        itemId: Id.nullable().optional(),
        title: editable.title,
        text: editable.text.default(''),
        ballot: editable.ballot.default('named'),
        rule: editable.rule,
        words: editable.words.optional(),
        mayChange: editable.mayChange.default(false),
        durationSeconds: editable.durationSeconds.default(null),
        minimumSeconds: editable.minimumSeconds.default(null),
      })
      .strict(),
    result: z.object({ motionId: Id }),
  }),
  'motion.update': command({
    summary: 'Change a motion that is not open yet.',
    roles: RUNNERS,
    input: z
      .object({
        ...motionRef,
        itemId: Id.nullable().optional(),
        title: editable.title.optional(),
        text: editable.text.optional(),
        ballot: editable.ballot.optional(),
        rule: editable.rule.optional(),
        words: editable.words.optional(),
        mayChange: editable.mayChange.optional(),
        durationSeconds: editable.durationSeconds.optional(),
        minimumSeconds: editable.minimumSeconds.optional(),
      })
      .strict(),
    result: nothing,
  }),
  'motion.remove': command({
    summary: 'Remove a motion that is not open yet.',
    roles: RUNNERS,
    input: z.object(motionRef).strict(),
    result: nothing,
  }),
  'motion.open': command({
    summary:
      'Open the vote: only while the quorum holds, or with `override.reason` (recorded). One vote (motion or election round) is open at a time in a meeting.',
    roles: RUNNERS,
    input: z.object({ ...motionRef, override: QuorumOverrideRequest.optional() }).strict(),
    result: nothing,
  }),
  'motion.close': command({
    summary:
      'Close the vote (not before its minimum duration): the hub decides the result with the motion\'s rule and freezes it, in words in both languages. A secret ballot\'s paper counts must add up to the delegates marked as having voted on paper.',
    roles: RUNNERS,
    input: z.object(motionRef).strict(),
    result: z.object({ result: MotionResult }),
  }),
  'motion.cast': command({
    summary:
      'Vote, as a delegate signed in on a tablet and checked in. Sending the same `castId` again is answered as the first time and never counts twice; another `castId` is refused once the delegate has voted, unless the motion is named and `mayChange` (then it replaces the vote).',
    roles: ['delegate'],
    input: z.object({ ...motionRef, castId: CastId, answer: Answer }).strict(),
    result: z.object({ castId: CastId }),
  }),
  'motion.myVote': command({
    summary:
      'Whether the signed-in delegate has voted on this motion (a tablet coming back shows "your vote is recorded"); the answer only for a named vote: the hub cannot tell what anyone voted in a secret ballot.',
    roles: ['delegate'],
    input: z.object(motionRef).strict(),
    result: z.object({ voted: z.boolean(), castId: CastId.nullable(), paper: z.boolean(), answer: Answer.nullable() }),
  }),
  'motion.paperVote': command({
    summary: 'Record a named vote cast on paper against the delegate\'s name (checked in, not voted yet), marked as paper.',
    roles: EDITORS,
    input: z.object({ ...motionRef, delegateId: Id, answer: Answer }).strict(),
    result: nothing,
  }),
  'motion.paperMark': command({
    summary: 'Mark a delegate (checked in, not voted yet) as having voted on paper in a secret ballot; the paper answers come as counts (`motion.paperCount`).',
    roles: EDITORS,
    input: z.object({ ...motionRef, delegateId: Id }).strict(),
    result: nothing,
  }),
  'motion.paperCount': command({
    summary:
      'Enter (or correct) a secret ballot\'s paper counts, before the close. Answers the ballots counted and the delegates marked on paper; the close is refused until they are equal.',
    roles: EDITORS,
    input: z.object({ ...motionRef, counts: Tally }).strict(),
    result: z.object({ counted: z.number().int().min(0), marked: z.number().int().min(0) }),
  }),
  'motion.voters': command({
    summary:
      'Who has voted so far, tablet or paper, by seat; with each answer only for a named vote once it is closed (the minutes\' list). Never what anyone voted in a secret ballot.',
    roles: ['secretariat', 'chair', 'projector'],
    input: z.object(motionRef).strict(),
    result: z.object({ voters: z.array(Voter) }),
  }),
} as const satisfies Record<string, CommandSpec>;
