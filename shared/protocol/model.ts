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

/** The collections a meeting is made of; changes name one of them. */
export const COLLECTIONS = ['meeting', 'agendaItem', 'document', 'delegate', 'attendance', 'quorum'] as const;
export type Collection = (typeof COLLECTIONS)[number];

export interface CollectionTypes {
  meeting: Meeting;
  agendaItem: AgendaItem;
  document: MeetingDocument;
  delegate: Delegate;
  attendance: Attendance;
  quorum: Quorum;
}

export const Change = z.discriminatedUnion('collection', [
  z.object({ collection: z.literal('meeting'), id: Id, value: Meeting.nullable() }),
  z.object({ collection: z.literal('agendaItem'), id: Id, value: AgendaItem.nullable() }),
  z.object({ collection: z.literal('document'), id: Id, value: MeetingDocument.nullable() }),
  z.object({ collection: z.literal('delegate'), id: Id, value: Delegate.nullable() }),
  z.object({ collection: z.literal('attendance'), id: Id, value: Attendance.nullable() }),
  // Computed, never deleted: the meeting's quorum as it is after this revision (id: the meeting's id).
  z.object({ collection: z.literal('quorum'), id: Id, value: Quorum }),
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
}).meta({ id: 'MeetingSnapshot' });
export type MeetingSnapshot = z.infer<typeof MeetingSnapshot>;

export const MeetingSummary = Meeting.pick({ id: true, title: true, date: true, place: true, status: true }).meta({
  id: 'MeetingSummary',
});
export type MeetingSummary = z.infer<typeof MeetingSummary>;
