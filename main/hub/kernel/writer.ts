import type { AgendaItem, Attendance, BallotCount, Change, Delegate, Election, Meeting, MeetingDocument, Motion, Presentation, Speech, Announcement } from '../../../shared/protocol/index.ts';
import { presentationAfterDocument } from '../../../shared/domain/presentation.ts';
import type { Store } from '../store/store.ts';
import { CommandError } from './command-error.ts';

/** Writes one entity to the store and records it as a change of this command's meeting. */
export interface MeetingWriter {
  meeting(value: Meeting): void;
  agendaItem(value: AgendaItem): void;
  removeAgendaItem(id: string): void;
  document(value: MeetingDocument): void;
  removeDocument(id: string): void;
  delegate(value: Delegate): void;
  removeDelegate(id: string): void;
  attendance(value: Attendance): void;
  removeAttendance(id: string): void;
  motion(value: Motion): void;
  removeMotion(id: string): void;
  election(value: Election): void;
  removeElection(id: string): void;
  /** How many have voted: a change only, the ballot box holds the votes. */
  ballotCount(value: BallotCount): void;
  /** A request to speak (name and seat read back from the list). */
  speech(value: Speech): void;
  /** The time spent on an item, read back from its stretches as the current item. */
  itemTime(itemId: string): void;
  /** The meeting's speaking-time limits, read back after a change. */
  speakingLimits(): void;
  announcement(value: Announcement): void;
  removeAnnouncement(id: string, at: string): void;
  /** What the chair shows the room; a document written or removed keeps it in step by itself. */
  presentation(value: Presentation): void;
}

export function closedMeeting(meeting: Meeting): CommandError {
  return new CommandError('conflict', `The meeting "${meeting.title}" is closed: nothing in it can be changed any more.`, {
    reason: 'meeting_closed',
    params: { title: meeting.title },
  });
}

/**
 * The writer refuses a closed meeting, whatever the command: closing is final, so no command (nor a pack import)
 * can slip a change into a meeting after it. Handlers still check first (requireOpenMeeting) for a clear order of errors.
 */
export function createWriter(
  store: Store,
  meetingId: string,
  record: (change: Change) => void,
  /** Called before a write that may move the quorum (the list, attendance, the rule), while the store is as before it. */
  beforeQuorumMoves: () => void = () => {},
): MeetingWriter {
  const current = store.getMeeting(meetingId);
  if (current?.status === 'closed') throw closedMeeting(current);
  return {
    meeting(value) {
      if (value.id !== meetingId) throw new Error('a command writes to one meeting only');
      if (JSON.stringify(store.getMeeting(meetingId)?.quorumRule) !== JSON.stringify(value.quorumRule)) beforeQuorumMoves();
      store.updateMeeting(value);
      record({ collection: 'meeting', id: value.id, value });
    },
    agendaItem(value) {
      store.putAgendaItem(meetingId, value);
      record({ collection: 'agendaItem', id: value.id, value });
    },
    removeAgendaItem(id) {
      store.deleteAgendaItem(meetingId, id);
      record({ collection: 'agendaItem', id, value: null });
    },
    document(value) {
      const shown = store.getPresentation(meetingId);
      store.putDocument(meetingId, value);
      // Read back so pages and bytes come from the blob, as every other reader sees them.
      const stored = store.getDocument(meetingId, value.id);
      record({ collection: 'document', id: value.id, value: stored ?? value });
      followDocument(shown, value.id, stored ?? value);
    },
    removeDocument(id) {
      const shown = store.getPresentation(meetingId);
      store.deleteDocument(meetingId, id);
      record({ collection: 'document', id, value: null });
      followDocument(shown, id, null);
    },
    delegate(value) {
      beforeQuorumMoves();
      store.putDelegate(meetingId, value);
      // Read back: the badge serial is derived from the badges issued.
      record({ collection: 'delegate', id: value.id, value: store.getDelegate(meetingId, value.id) ?? value });
    },
    removeDelegate(id) {
      beforeQuorumMoves();
      store.deleteDelegate(meetingId, id);
      record({ collection: 'delegate', id, value: null });
    },
    attendance(value) {
      beforeQuorumMoves();
      store.putAttendance(meetingId, value);
      record({ collection: 'attendance', id: value.id, value });
    },
    removeAttendance(id) {
      beforeQuorumMoves();
      store.deleteAttendance(meetingId, id);
      record({ collection: 'attendance', id, value: null });
    },
    motion(value) {
      store.putMotion(meetingId, value);
      record({ collection: 'motion', id: value.id, value });
    },
    removeMotion(id) {
      store.deleteMotion(meetingId, id);
      record({ collection: 'motion', id, value: null });
    },
    election(value) {
      store.putElection(meetingId, value);
      record({ collection: 'election', id: value.id, value });
    },
    removeElection(id) {
      store.deleteElection(meetingId, id);
      record({ collection: 'election', id, value: null });
    },
    ballotCount(value) {
      record({ collection: 'ballotCount', id: value.id, value });
    },
    speech(value) {
      store.putSpeech(meetingId, value);
      record({ collection: 'speech', id: value.id, value: store.getSpeech(meetingId, value.id) ?? value });
    },
    itemTime(itemId) {
      record({ collection: 'itemTime', id: itemId, value: store.getItemTime(meetingId, itemId) });
    },
    speakingLimits() {
      record({ collection: 'speakingLimits', id: meetingId, value: store.speakingLimits(meetingId) });
    },
    announcement(value) {
      store.putAnnouncement(meetingId, value);
      record({ collection: 'announcement', id: value.id, value });
    },
    removeAnnouncement(id, at) {
      store.removeAnnouncement(meetingId, id, at);
      record({ collection: 'announcement', id, value: null });
    },
    presentation: writePresentation,
  };

  function writePresentation(value: Presentation): void {
    if (value.id !== meetingId) throw new Error('a command writes to one meeting only');
    store.putPresentation(value);
    // Read back: the access is the shown document's as stored.
    record({ collection: 'presentation', id: meetingId, value: store.getPresentation(meetingId) });
  }

  /**
   * The shown document made restricted, shortened or removed: every screen hears what it may now know of it. `shown`
   * is the presentation read before the document was written (after it, the store already reads the new access).
   */
  function followDocument(shown: Presentation, documentId: string, document: MeetingDocument | null): void {
    const next = presentationAfterDocument(shown, documentId, document, new Date().toISOString());
    if (next) writePresentation(next);
  }
}
