// The model a meeting is made of: each domain's types in model/<domain>.ts (named as its commands are), merged here
// into the collections, the changes and the snapshot.
import { z } from 'zod';
import { Id } from './model/primitives.ts';
import { Meeting, Quorum } from './model/meeting.ts';
import { AgendaItem } from './model/agenda.ts';
import { MeetingDocument } from './model/document.ts';
import { Delegate } from './model/delegate.ts';
import { Attendance } from './model/attendance.ts';
import { BallotCount } from './model/ballot.ts';
import { Motion } from './model/motion.ts';
import { Election } from './model/election.ts';
import { Presentation } from './model/presentation.ts';
import { ItemTime, SpeakingLimits, Speech } from './model/speakers.ts';
import { Announcement } from './model/announcements.ts';

export { Id, Sha256, IsoDate, IsoDateTime } from './model/primitives.ts';
export * from './model/meeting.ts';
export * from './model/agenda.ts';
export * from './model/document.ts';
export * from './model/delegate.ts';
export * from './model/attendance.ts';
export { BallotKind, VoteStatus, QuorumOverride, BallotCount } from './model/ballot.ts';
export * from './model/motion.ts';
export * from './model/election.ts';
export * from './model/presentation.ts';
export * from './model/speakers.ts';
export * from './model/announcements.ts';

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
