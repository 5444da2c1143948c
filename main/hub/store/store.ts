import Database from 'better-sqlite3';
import type { MeetingSnapshot } from '../../../shared/protocol/index.ts';
import { meetingQuorum, quorumOf } from '../../../shared/domain/quorum.ts';
import { migrate } from './migrations/index.ts';
import { type AgendaStatements, agendaStatements } from './agenda.ts';
import { type AnnotationStatements, annotationStatements } from './annotations.ts';
import { type AttendanceStatements, attendanceStatements } from './attendance.ts';
import { type AuditStatements, auditStatements } from './audit.ts';
import { type AuthFailureStatements, authFailureStatements } from './auth-failure.ts';
import { type BallotBoxStatements, ballotBoxStatements, ballotCountsOf } from './ballot-box.ts';
import { type BadgeStatements, badgeStatements } from './badge.ts';
import { type BlobStatements, blobStatements } from './blob.ts';
import { type ChangeStatements, changeStatements } from './change.ts';
import { type DelegateStatements, delegateStatements } from './delegate.ts';
import { type DeviceStatements, deviceStatements } from './device.ts';
import { type DocumentStatements, documentStatements } from './document.ts';
import { type ElectionStatements, electionStatements } from './election.ts';
import { type MeetingStatements, meetingStatements } from './meeting.ts';
import { type MotionStatements, motionStatements } from './motion.ts';
import { type PreloadStatements, preloadStatements } from './preload.ts';
import { type PresentationStatements, presentationStatements } from './presentation.ts';
import { type SessionStatements, sessionStatements } from './session.ts';
import { type SpeakerStatements, speakerStatements } from './speakers.ts';
import { type SettingsStatements, settingsStatements } from './settings.ts';
import { type HallStatements, hallStatements } from './hall.ts';
import type { StoreSql } from './sql.ts';
import { type StaffStatements, staffStatements } from './staff.ts';

export type { AnnotationCarryJob, AnnotationPush, AnnotationRecord } from './annotations.ts';
export type { BadgeRow } from './badge.ts';
export type { VoterRow } from './ballot-box.ts';
export { voteOfRound } from './ballot-box.ts';
export type { RoundPaper } from './election.ts';
export type { BlobInfo } from './blob.ts';
export type { ChangeRecord, RevisionChanges } from './change.ts';
export type { DeviceRow } from './device.ts';
export type { PreloadReportRow } from './preload.ts';
export type { SessionRow } from './session.ts';

/**
 * Everything the hub keeps, behind one typed interface composed of each domain's statements. Every SQL statement of the
 * hub lives in this folder (a file per domain, each with its row types and mappers), so that another backend (a
 * replicated one for a standby hub) can be added without touching the handlers.
 * Methods are synchronous: commands run one at a time inside `transaction`.
 */
export interface Store
  extends SettingsStatements,
    MeetingStatements,
    AgendaStatements,
    ChangeStatements,
    DocumentStatements,
    DelegateStatements,
    AttendanceStatements,
    BadgeStatements,
    BlobStatements,
    SessionStatements,
    DeviceStatements,
    PreloadStatements,
    StaffStatements,
    AuthFailureStatements,
    AuditStatements,
    MotionStatements,
    ElectionStatements,
    BallotBoxStatements,
    AnnotationStatements,
    PresentationStatements,
    HallStatements,
    SpeakerStatements {
  transaction<T>(fn: () => T): T;
  close(): void;
  /** SQLite's data_version: it moves when another process (the CLI on the same data folder) commits. */
  dataVersion(): number;

  /** The whole meeting as one consistent read: the rows of every domain at one revision. */
  /**
   * The meeting as one snapshot: everything, or with `only`, a tablet's (the delegate list and attendance cut to the
   * delegate's own, or to nothing for a guest), read without touching the rest of the list.
   */
  snapshot(meetingId: string, only?: { delegateId: string | null }): MeetingSnapshot | null;
  /** The meeting's motions, elections and how many have voted in each: the same for every reader. */
  votesOf(meetingId: string): Pick<MeetingSnapshot, 'motions' | 'elections' | 'ballotCounts'>;
  /** The speaker queue, the time per item, the speaking limits and the announcements: the same for every reader. */
  floorOf(meetingId: string): Pick<MeetingSnapshot, 'speeches' | 'itemTimes' | 'speakingLimits' | 'announcements'>;
}

/** Opens (and migrates) the hub database. WAL with synchronous=FULL: an acknowledged write is on disk. */
export function openStore(file: string): Store {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  // What is deleted is overwritten with zeros, not left in free space: a secret ballot box written again in key order
  // at its close leaves no trace of the order the votes came in (docs/voting.md#secrecy).
  db.pragma('secure_delete = ON');
  migrate(db);

  const stmt = (() => {
    const cache = new Map<string, Database.Statement>();
    return (sql: string) => {
      let s = cache.get(sql);
      if (!s) {
        s = db.prepare(sql);
        cache.set(sql, s);
      }
      return s;
    };
  })();
  const all = <R>(sql: string, ...params: unknown[]) => stmt(sql).all(...params) as R[];
  const get = <R>(sql: string, ...params: unknown[]) => (stmt(sql).get(...params) as R | undefined) ?? null;
  const run = (sql: string, ...params: unknown[]) => stmt(sql).run(...params);
  const sql: StoreSql = { db, stmt, all, get, run };

  return {
    transaction: (fn) => db.transaction(fn)(),
    close: () => db.close(),
    dataVersion: () => db.pragma('data_version', { simple: true }) as number,
    ...settingsStatements(sql),
    ...meetingStatements(sql),
    ...agendaStatements(sql),
    ...changeStatements(sql),
    ...documentStatements(sql),
    ...delegateStatements(sql),
    ...attendanceStatements(sql),
    ...badgeStatements(sql),
    ...blobStatements(sql),
    ...sessionStatements(sql),
    ...deviceStatements(sql),
    ...preloadStatements(sql),
    ...staffStatements(sql),
    ...authFailureStatements(sql),
    ...auditStatements(sql),
    ...motionStatements(sql),
    ...electionStatements(sql),
    ...ballotBoxStatements(sql),
    ...speakerStatements(sql),
    ...annotationStatements(sql),
    ...presentationStatements(sql),
    ...hallStatements(sql),

    floorOf(meetingId) {
      return {
        speeches: this.speeches(meetingId),
        itemTimes: this.itemTimes(meetingId),
        speakingLimits: this.speakingLimits(meetingId),
        announcements: this.announcements(meetingId),
      };
    },

    votesOf(meetingId) {
      const motions = this.motions(meetingId);
      const elections = this.elections(meetingId);
      return { motions, elections, ballotCounts: ballotCountsOf(motions, elections, this.votedCounts(meetingId)) };
    },

    snapshot(meetingId, only) {
      // Read in one transaction so the revision and the rows agree.
      return db.transaction(() => {
        const meeting = this.getMeeting(meetingId);
        if (!meeting) return null;
        if (only) {
          // A tablet's: its own record and attendance; the quorum from the counts, as the hub keeps it after each check-in.
          const own = only.delegateId ? this.getDelegate(meetingId, only.delegateId) : null;
          const attended = only.delegateId ? this.getAttendance(meetingId, only.delegateId) : null;
          const { members, present } = this.attendanceCounts(meetingId);
          return {
            revision: this.revisionOf(meetingId),
            meeting,
            agendaItems: this.agendaItems(meetingId),
            documents: this.documents(meetingId),
            delegates: own ? [own] : [],
            attendance: attended ? [attended] : [],
            quorum: quorumOf(meeting.quorumRule, members, present),
            ...this.votesOf(meetingId),
            ...this.floorOf(meetingId),
            presentation: this.getPresentation(meetingId),
          };
        }
        const delegates = this.delegates(meetingId);
        const attendance = this.attendance(meetingId);
        return {
          revision: this.revisionOf(meetingId),
          meeting,
          agendaItems: this.agendaItems(meetingId),
          documents: this.documents(meetingId),
          delegates,
          attendance,
          // Computed with the rows it is computed from, so no client recomputes it.
          quorum: meetingQuorum(meeting.quorumRule, delegates, attendance),
          ...this.votesOf(meetingId),
          ...this.floorOf(meetingId),
          presentation: this.getPresentation(meetingId),
        };
      })();
    },
  };
}
