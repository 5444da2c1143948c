import { z } from 'zod';

/** Ids are short, URL-safe strings chosen by the hub (or by the secretariat for meetings). */
export const Id = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, 'only letters, digits, _ and - are allowed')
  .meta({ id: 'Id' });
export const Sha256 = z
  .string()
  .regex(/^[0-9a-f]{64}$/, 'a lowercase hex SHA-256 (64 characters)')
  .meta({ id: 'Sha256' });
/** A calendar date, YYYY-MM-DD. */
export const IsoDate = z.iso.date();
/** An instant, ISO 8601 with offset (the hub writes UTC). */
export const IsoDateTime = z.iso.datetime({ offset: true });

const text = (max: number) => z.string().trim().max(max);
const required = (max: number) => z.string().trim().min(1, 'must not be empty').max(max);

export const MeetingStatus = z.enum(['draft', 'published', 'closed']);
export type MeetingStatus = z.infer<typeof MeetingStatus>;

/**
 * How many members must be present for the meeting to decide (shared/domain/quorum.ts computes it).
 * Members are the delegates on the list; excused delegates still count as members.
 */
export const QuorumRule = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('majority') }), // more than half of the members
    z.object({ kind: z.literal('twoThirds') }), // at least two thirds of the members
    z.object({ kind: z.literal('fixed'), count: z.number().int().min(1).max(100_000) }), // at least this many
  ])
  .meta({ id: 'QuorumRule' });
export type QuorumRule = z.infer<typeof QuorumRule>;

/**
 * The quorum as the hub computes it (shared/domain/quorum.ts), so no client recomputes it: `members` are the delegates
 * on the list, `present` those of them present now, `required` how many the rule asks for, `missing` how many more
 * must arrive (0 once reached); a meeting with nobody on its list never reaches it.
 */
export const Quorum = z
  .object({
    rule: QuorumRule,
    members: z.number().int().min(0),
    present: z.number().int().min(0),
    required: z.number().int().min(0),
    missing: z.number().int().min(0),
    reached: z.boolean(),
  })
  .meta({ id: 'Quorum' });
export type Quorum = z.infer<typeof Quorum>;

export const Meeting = z.object({
  id: Id,
  title: required(300),
  date: IsoDate,
  place: text(300),
  status: MeetingStatus,
  currentItemId: Id.nullable(),
  /** When the chair last set the current item; lets screens say "since hh:mm". */
  currentSince: IsoDateTime.nullable(),
  quorumRule: QuorumRule,
}).meta({ id: 'Meeting' });
export type Meeting = z.infer<typeof Meeting>;

export const AgendaItem = z.object({
  id: Id,
  parentId: Id.nullable(),
  /** Order among siblings, 0-based and dense. Numbering (1, 2.1...) is derived, never stored. */
  position: z.number().int().min(0),
  title: required(500),
  description: text(5000),
  durationMinutes: z.number().int().min(0).max(24 * 60).nullable(),
}).meta({ id: 'AgendaItem' });
export type AgendaItem = z.infer<typeof AgendaItem>;

export const DocumentAccess = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('all') }),
  z.object({ kind: z.literal('groups'), groups: z.array(required(100)).min(1).max(50) }),
  z.object({ kind: z.literal('staff') }),
]).meta({ id: 'DocumentAccess' });
export type DocumentAccess = z.infer<typeof DocumentAccess>;

/** An earlier version of a document, replaced by a newer one; its bytes stay addressable by sha256. */
export const DocumentVersion = z.object({
  version: z.number().int().min(1),
  sha256: Sha256,
  pages: z.number().int().min(1),
  bytes: z.number().int().min(1),
  /** When the next version replaced it. */
  replacedAt: IsoDateTime,
}).meta({ id: 'DocumentVersion' });
export type DocumentVersion = z.infer<typeof DocumentVersion>;

export const MeetingDocument = z.object({
  id: Id,
  itemId: Id.nullable(),
  title: required(300),
  /** The current version's bytes. */
  sha256: Sha256,
  pages: z.number().int().min(1),
  bytes: z.number().int().min(1),
  access: DocumentAccess,
  position: z.number().int().min(0),
  /** 1 when added; each `document.replace` adds one. */
  version: z.number().int().min(1),
  /** When the current version replaced an earlier one after the meeting was published (tablets mark it "updated"); null otherwise. */
  updatedAt: IsoDateTime.nullable(),
  /** Earlier versions, oldest first. */
  previousVersions: z.array(DocumentVersion),
}).meta({ id: 'MeetingDocument' });
export type MeetingDocument = z.infer<typeof MeetingDocument>;

export const Delegate = z.object({
  id: Id,
  fullName: required(200),
  title: text(200),
  organisation: text(200),
  /** Delegation or group, used by document access rules. */
  group: text(100),
  seat: text(20),
  /** Serial of the delegate's valid badge; 0 before the first is issued. Reissuing raises it and revokes the old one. */
  badgeSerial: z.number().int().min(0),
}).meta({ id: 'Delegate' });
export type Delegate = z.infer<typeof Delegate>;

export const AttendanceStatus = z.enum(['present', 'absent', 'excused']);
export type AttendanceStatus = z.infer<typeof AttendanceStatus>;

/** A delegate's attendance; `id` is the delegate's id. A delegate without a record is absent. */
export const Attendance = z
  .object({
    id: Id,
    status: AttendanceStatus,
    /** First check-in of the meeting; kept through a check-out so the desk can say "already checked in at". */
    checkedInAt: IsoDateTime.nullable(),
    checkedOutAt: IsoDateTime.nullable(),
  })
  .meta({ id: 'Attendance' });
export type Attendance = z.infer<typeof Attendance>;

/** Votes and elections (issue 13; the rules in shared/domain/votes and shared/domain/elections, docs/voting.md). */

/** `named`: who voted what is recorded and listed after the close; `secret`: what was voted is never linked to who. */
export const BallotKind = z.enum(['named', 'secret']).meta({ id: 'BallotKind' });
export type BallotKind = z.infer<typeof BallotKind>;

/** A vote's life: prepared (may be edited), open (delegates vote), closed (the result frozen). */
export const VoteStatus = z.enum(['prepared', 'open', 'closed']).meta({ id: 'VoteStatus' });
export type VoteStatus = z.infer<typeof VoteStatus>;

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

const count = z.number().int().min(0);

export const Tally = z.object({ yes: count, no: count, abstain: count }).meta({ id: 'Tally' });
export type Tally = z.infer<typeof Tally>;

/** A vote opened without the quorum: the chair's reason, how many were missing, who overrode it. */
export const QuorumOverride = z.object({ reason: required(500), missing: count, by: z.string() }).meta({ id: 'QuorumOverride' });
export type QuorumOverride = z.infer<typeof QuorumOverride>;

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

/** A vote's timing: an optional countdown (casts are refused after `closesAt`) and a minimum duration before the close. */
const seconds = z.number().int().min(5).max(24 * 60 * 60);

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

/**
 * How many delegates have voted in a motion or an election round (tablets and paper): the only thing about a vote
 * that moves while it is open. `id` is the motion's or the election's id; `round` the election's round (null for a
 * motion). Of how many: the quorum's `present`.
 */
export const BallotCount = z.object({ id: Id, round: z.number().int().min(1).nullable(), voted: count }).meta({ id: 'BallotCount' });
export type BallotCount = z.infer<typeof BallotCount>;

/**
 * The page the chair shows the room (follow the chair, docs/protocol.md#presentation): one per meeting, `id` the
 * meeting's. `documentId` null: nothing shown. A reader who may not read the shown document is told only that
 * something restricted is shown (`hidden`), never which document nor which page; `access` (the shown document's) is
 * what decides that, read from the document whenever it is written, and null for such a reader.
 */
export const Presentation = z
  .object({
    id: Id,
    documentId: Id.nullable(),
    page: z.number().int().min(1).nullable(),
    access: DocumentAccess.nullable(),
    hidden: z.boolean(),
    /** When the chair last showed a page (or stopped showing). */
    since: IsoDateTime.nullable(),
  })
  .meta({ id: 'Presentation' });
export type Presentation = z.infer<typeof Presentation>;

/** The speaker queue, the time spent on each item and the announcements (issue 15; the rules in shared/domain/speakers.ts). */

/** `pointOfOrder` goes ahead of every ordinary request waiting (after the points of order already waiting). */
export const SpeechKind = z.enum(['speech', 'pointOfOrder']).meta({ id: 'SpeechKind' });
export type SpeechKind = z.infer<typeof SpeechKind>;

/** A request's life: waiting in the queue, speaking (the floor given), done (the floor taken back), withdrawn. */
export const SpeechStatus = z.enum(['waiting', 'speaking', 'done', 'withdrawn']).meta({ id: 'SpeechStatus' });
export type SpeechStatus = z.infer<typeof SpeechStatus>;

/** A speaking-time limit, in seconds. */
export const SpeakingSeconds = z.number().int().min(10).max(2 * 60 * 60).meta({ id: 'SpeakingSeconds' });

/** One request to speak, from the request to the end of the speech. */
export const Speech = z
  .object({
    id: Id,
    delegateId: Id,
    /** The delegate's name and seat as the list has them now (a tablet does not hold the list). */
    name: z.string(),
    seat: z.string(),
    /** The agenda item current when the request was made. */
    itemId: Id.nullable(),
    kind: SpeechKind,
    status: SpeechStatus,
    /** The place in the queue while waiting (0 speaks next); null otherwise. */
    position: z.number().int().min(0).nullable(),
    requestedAt: IsoDateTime,
    /** The delegate on the tablet, or staff on the delegate's behalf. */
    requestedBy: z.enum(['delegate', 'secretariat', 'chair']),
    /** When the floor was given; screens count the limit down from it by the hub's clock. */
    startedAt: IsoDateTime.nullable(),
    endedAt: IsoDateTime.nullable(),
    /** The limit in force when the floor was given (the item's, else the meeting's); null: none. */
    limitSeconds: SpeakingSeconds.nullable(),
  })
  .meta({ id: 'Speech' });
export type Speech = z.infer<typeof Speech>;

/**
 * Time spent on an agenda item (`id`: the item's id): the seconds of its finished stretches as the current item, and
 * since when it has been current again (null when it is not). Spent now: `spentSeconds` + (hub's now − `since`).
 */
export const ItemTime = z
  .object({ id: Id, spentSeconds: z.number().int().min(0), since: IsoDateTime.nullable() })
  .meta({ id: 'ItemTime' });
export type ItemTime = z.infer<typeof ItemTime>;

/** The speaking-time limits (`id`: the meeting's id): the meeting's, and each agenda item's that has its own. */
export const SpeakingLimits = z
  .object({ id: Id, meetingSeconds: SpeakingSeconds.nullable(), items: z.record(Id, SpeakingSeconds) })
  .meta({ id: 'SpeakingLimits' });
export type SpeakingLimits = z.infer<typeof SpeakingLimits>;

/** An announcement on every tablet (and the projector when chosen) until each device dismisses it or staff take it down. */
export const Announcement = z
  .object({
    id: Id,
    text: required(1000),
    onProjector: z.boolean(),
    postedAt: IsoDateTime,
    postedBy: z.enum(['secretariat', 'chair']),
  })
  .meta({ id: 'Announcement' });
export type Announcement = z.infer<typeof Announcement>;

/** The collections a meeting is made of; changes name one of them. */
export const COLLECTIONS = ['meeting', 'agendaItem', 'document', 'delegate', 'attendance', 'quorum', 'motion', 'election', 'ballotCount', 'presentation', 'speech', 'itemTime', 'speakingLimits', 'announcement'] as const;
export type Collection = (typeof COLLECTIONS)[number];

export interface CollectionTypes {
  meeting: Meeting;
  agendaItem: AgendaItem;
  document: MeetingDocument;
  delegate: Delegate;
  attendance: Attendance;
  quorum: Quorum;
  motion: Motion;
  election: Election;
  ballotCount: BallotCount;
  speech: Speech;
  itemTime: ItemTime;
  speakingLimits: SpeakingLimits;
  announcement: Announcement;
  presentation: Presentation;
}

export const Change = z.discriminatedUnion('collection', [
  z.object({ collection: z.literal('meeting'), id: Id, value: Meeting.nullable() }),
  z.object({ collection: z.literal('agendaItem'), id: Id, value: AgendaItem.nullable() }),
  z.object({ collection: z.literal('document'), id: Id, value: MeetingDocument.nullable() }),
  z.object({ collection: z.literal('delegate'), id: Id, value: Delegate.nullable() }),
  z.object({ collection: z.literal('attendance'), id: Id, value: Attendance.nullable() }),
  // Computed, never deleted: the meeting's quorum as it is after this revision (id: the meeting's id).
  z.object({ collection: z.literal('quorum'), id: Id, value: Quorum }),
  z.object({ collection: z.literal('motion'), id: Id, value: Motion.nullable() }),
  z.object({ collection: z.literal('election'), id: Id, value: Election.nullable() }),
  // Computed, never deleted: how many have voted (id: the motion's or the election's).
  z.object({ collection: z.literal('ballotCount'), id: Id, value: BallotCount }),
  z.object({ collection: z.literal('speech'), id: Id, value: Speech.nullable() }),
  z.object({ collection: z.literal('itemTime'), id: Id, value: ItemTime.nullable() }),
  // Computed, never deleted: the meeting's speaking-time limits as they are after this revision (id: the meeting's id).
  z.object({ collection: z.literal('speakingLimits'), id: Id, value: SpeakingLimits }),
  z.object({ collection: z.literal('announcement'), id: Id, value: Announcement.nullable() }),
  // Never deleted: what the chair shows (id: the meeting's), as this reader may know it.
  z.object({ collection: z.literal('presentation'), id: Id, value: Presentation }),
]).meta({ id: 'Change' });
/** One entity written (value) or deleted (value null) by a command. */
export type Change = z.infer<typeof Change>;

export const MeetingSnapshot = z.object({
  revision: z.number().int().min(0),
  meeting: Meeting,
  agendaItems: z.array(AgendaItem),
  documents: z.array(MeetingDocument),
  delegates: z.array(Delegate),
  attendance: z.array(Attendance),
  quorum: Quorum,
  motions: z.array(Motion),
  elections: z.array(Election),
  /** One for each motion and election that has been opened (an election's: its latest round's). */
  ballotCounts: z.array(BallotCount),
  /** Every request to speak of the meeting, in the order they were made. */
  speeches: z.array(Speech),
  /** One for each agenda item that has been current. */
  itemTimes: z.array(ItemTime),
  speakingLimits: SpeakingLimits,
  /** The announcements up now, oldest first. */
  announcements: z.array(Announcement),
  /** What the chair shows the room. */
  presentation: Presentation,
}).meta({ id: 'MeetingSnapshot' });
export type MeetingSnapshot = z.infer<typeof MeetingSnapshot>;

export const MeetingSummary = Meeting.pick({ id: true, title: true, date: true, place: true, status: true }).meta({
  id: 'MeetingSummary',
});
export type MeetingSummary = z.infer<typeof MeetingSummary>;
