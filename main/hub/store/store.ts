import Database from 'better-sqlite3';
import type { MeetingSnapshot, PreloadReportDocument } from '../../../shared/protocol/index.ts';
import { migrate } from './migrations/index.ts';
import { type AgendaStatements, agendaStatements } from './agenda.ts';
import { type AttendanceStatements, attendanceStatements } from './attendance.ts';
import { type AuthFailureStatements, authFailureStatements } from './auth-failure.ts';
import { type BadgeStatements, badgeStatements } from './badge.ts';
import { type BlobStatements, blobStatements } from './blob.ts';
import { type ChangeStatements, changeStatements } from './change.ts';
import { type DelegateStatements, delegateStatements } from './delegate.ts';
import { type DocumentStatements, documentStatements } from './document.ts';
import { type MeetingStatements, meetingStatements } from './meeting.ts';
import { type SettingsStatements, settingsStatements } from './settings.ts';
import type { StoreSql } from './sql.ts';
import { type StaffStatements, staffStatements } from './staff.ts';

export type { BadgeRow } from './badge.ts';
export type { BlobInfo } from './blob.ts';
export type { ChangeRecord, RevisionChanges } from './change.ts';

export interface SessionRow {
  tokenHash: string;
  role: string;
  delegateId: string | null;
  meetingId: string | null;
  deviceId: string | null;
  createdAt: string;
  expiresAt: string;
  endedAt: string | null;
  /** Why it ended (a `session.ended` code); null while it lives, or when no reason was recorded. */
  endReason: string | null;
}

export interface DeviceRow {
  id: string;
  name: string;
  firstSeenAt: string;
  lastSeenAt: string;
  lastAddress: string;
  tokenHash: string | null;
  pairedAt: string | null;
  revokedAt: string | null;
}

/** What a device last reported about its preload of a meeting. */
export interface PreloadReportRow {
  meetingId: string;
  deviceId: string;
  documents: PreloadReportDocument[];
  reportedAt: string;
  /** When it deleted the meeting's restricted documents; kept once set. */
  purgedAt: string | null;
}

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
    StaffStatements,
    AuthFailureStatements {
  transaction<T>(fn: () => T): T;
  close(): void;
  /** SQLite's data_version: it moves when another process (the CLI on the same data folder) commits. */
  dataVersion(): number;

  snapshot(meetingId: string): MeetingSnapshot | null;

  insertSession(session: SessionRow): void;
  getSession(tokenHash: string): SessionRow | null;
  endSession(tokenHash: string, at: string, reason: string): void;
  /** Sessions not ended and not expired at `now`, of a delegate in a meeting. */
  liveDelegateSessions(meetingId: string, delegateId: string, now: string): SessionRow[];
  /** Sessions not ended and not expired at `now`, on a device. */
  liveDeviceSessions(deviceId: string, now: string): SessionRow[];
  /** Delegate sessions of a meeting not ended and not expired at `now`, made on a device. */
  liveMeetingDeviceSessions(meetingId: string, now: string): SessionRow[];

  /** Stores a device's report, replacing its previous one; a purge time once reported is kept. */
  putPreloadReport(report: PreloadReportRow): void;
  getPreloadReport(meetingId: string, deviceId: string): PreloadReportRow | null;
  preloadReports(meetingId: string): PreloadReportRow[];
  /** The meetings a device has reported a preload of. */
  preloadMeetingsOfDevice(deviceId: string): string[];

  /** A device that has just paired: the only way a device row is made. */
  addPairedDevice(device: { id: string; name: string; tokenHash: string; at: string; address: string }): void;
  /** A paired device connected again: when, from where, and the name it gives itself (when it gave one). */
  deviceSeen(id: string, seen: { at: string; address: string; name: string | null }): void;
  countDevices(): number;
  listDevices(): DeviceRow[];
  getDevice(id: string): DeviceRow | null;
  deviceByTokenHash(tokenHash: string): DeviceRow | null;
  /** Gives a device a new token (its old one stops counting) and marks it paired again. */
  pairDevice(id: string, tokenHash: string, at: string): void;
  revokeDevice(id: string, at: string): void;
}

type StoredPreloadDocument = Omit<PreloadReportDocument, 'errorKind'> & Partial<Pick<PreloadReportDocument, 'errorKind'>>;
interface PreloadDbRow {
  meeting_id: string;
  device_id: string;
  documents: string;
  reported_at: string;
  purged_at: string | null;
}
interface DeviceDbRow {
  id: string;
  name: string;
  first_seen_at: string;
  last_seen_at: string;
  last_address: string;
  token_hash: string | null;
  paired_at: string | null;
  revoked_at: string | null;
}
interface SessionDbRow {
  token_hash: string;
  role: string;
  delegate_id: string | null;
  meeting_id: string | null;
  device_id: string | null;
  created_at: string;
  expires_at: string;
  ended_at: string | null;
  end_reason: string | null;
}

const preloadOf = (r: PreloadDbRow): PreloadReportRow => ({
  meetingId: r.meeting_id,
  deviceId: r.device_id,
  // Reports stored before devices sent `errorKind` have none: null, as the protocol's default.
  documents: (JSON.parse(r.documents) as StoredPreloadDocument[]).map((d) => ({ ...d, errorKind: d.errorKind ?? null })),
  reportedAt: r.reported_at,
  purgedAt: r.purged_at,
});
const deviceOf = (r: DeviceDbRow): DeviceRow => ({
  id: r.id,
  name: r.name,
  firstSeenAt: r.first_seen_at,
  lastSeenAt: r.last_seen_at,
  lastAddress: r.last_address,
  tokenHash: r.token_hash,
  pairedAt: r.paired_at,
  revokedAt: r.revoked_at,
});
const sessionOf = (r: SessionDbRow): SessionRow => ({
  tokenHash: r.token_hash,
  role: r.role,
  delegateId: r.delegate_id,
  meetingId: r.meeting_id,
  deviceId: r.device_id,
  createdAt: r.created_at,
  expiresAt: r.expires_at,
  endedAt: r.ended_at,
  endReason: r.end_reason,
});

/** Opens (and migrates) the hub database. WAL with synchronous=FULL: an acknowledged write is on disk. */
export function openStore(file: string): Store {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
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
    ...staffStatements(sql),
    ...authFailureStatements(sql),
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

    snapshot(meetingId) {
      // Read in one transaction so the revision and the rows agree.
      return db.transaction(() => {
        const meeting = this.getMeeting(meetingId);
        if (!meeting) return null;
        return {
          revision: this.revisionOf(meetingId),
          meeting,
          agendaItems: this.agendaItems(meetingId),
          documents: this.documents(meetingId),
          delegates: this.delegates(meetingId),
          attendance: this.attendance(meetingId),
        };
      })();
    },

    insertSession: (s) =>
      void run(
        `INSERT INTO sessions (token_hash, role, delegate_id, meeting_id, device_id, created_at, expires_at, ended_at, end_reason)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        s.tokenHash, s.role, s.delegateId, s.meetingId, s.deviceId, s.createdAt, s.expiresAt, s.endedAt, s.endReason,
      ),
    getSession: (tokenHash) => {
      const r = get<SessionDbRow>('SELECT * FROM sessions WHERE token_hash = ?', tokenHash);
      return r ? sessionOf(r) : null;
    },
    endSession: (tokenHash, at, reason) =>
      void run('UPDATE sessions SET ended_at = ?, end_reason = ? WHERE token_hash = ? AND ended_at IS NULL', at, reason, tokenHash),
    liveDelegateSessions: (meetingId, delegateId, now) =>
      all<SessionDbRow>(
        'SELECT * FROM sessions WHERE meeting_id = ? AND delegate_id = ? AND ended_at IS NULL AND expires_at > ?',
        meetingId,
        delegateId,
        now,
      ).map(sessionOf),
    liveDeviceSessions: (deviceId, now) =>
      all<SessionDbRow>('SELECT * FROM sessions WHERE device_id = ? AND ended_at IS NULL AND expires_at > ?', deviceId, now).map(sessionOf),
    liveMeetingDeviceSessions: (meetingId, now) =>
      all<SessionDbRow>(
        `SELECT * FROM sessions WHERE meeting_id = ? AND role = 'delegate' AND device_id IS NOT NULL AND ended_at IS NULL AND expires_at > ?
         ORDER BY created_at`,
        meetingId,
        now,
      ).map(sessionOf),

    putPreloadReport: (r) =>
      void run(
        `INSERT INTO preload_reports (meeting_id, device_id, documents, reported_at, purged_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT(meeting_id, device_id) DO UPDATE SET documents = excluded.documents, reported_at = excluded.reported_at,
           purged_at = coalesce(preload_reports.purged_at, excluded.purged_at)`,
        r.meetingId, r.deviceId, JSON.stringify(r.documents), r.reportedAt, r.purgedAt,
      ),
    getPreloadReport: (meetingId, deviceId) => {
      const row = get<PreloadDbRow>('SELECT * FROM preload_reports WHERE meeting_id = ? AND device_id = ?', meetingId, deviceId);
      return row ? preloadOf(row) : null;
    },
    preloadReports: (meetingId) =>
      all<PreloadDbRow>('SELECT * FROM preload_reports WHERE meeting_id = ? ORDER BY device_id', meetingId).map(preloadOf),
    preloadMeetingsOfDevice: (deviceId) =>
      all<{ meeting_id: string }>('SELECT meeting_id FROM preload_reports WHERE device_id = ?', deviceId).map((r) => r.meeting_id),

    addPairedDevice: (d) =>
      void run(
        `INSERT INTO devices (id, name, first_seen_at, last_seen_at, last_address, token_hash, paired_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
        d.id, d.name, d.at, d.at, d.address, d.tokenHash, d.at,
      ),
    deviceSeen: (id, seen) =>
      void run(
        'UPDATE devices SET last_seen_at = ?, last_address = ?, name = coalesce(?, name) WHERE id = ?',
        seen.at, seen.address, seen.name, id,
      ),
    countDevices: () => get<{ n: number }>('SELECT count(*) AS n FROM devices')?.n ?? 0,
    listDevices: () => all<DeviceDbRow>('SELECT * FROM devices ORDER BY last_seen_at DESC').map(deviceOf),
    getDevice: (id) => {
      const row = get<DeviceDbRow>('SELECT * FROM devices WHERE id = ?', id);
      return row ? deviceOf(row) : null;
    },
    deviceByTokenHash: (tokenHash) => {
      const row = get<DeviceDbRow>('SELECT * FROM devices WHERE token_hash = ?', tokenHash);
      return row ? deviceOf(row) : null;
    },
    pairDevice: (id, tokenHash, at) =>
      void run('UPDATE devices SET token_hash = ?, paired_at = ?, revoked_at = NULL WHERE id = ?', tokenHash, at, id),
    revokeDevice: (id, at) => void run('UPDATE devices SET token_hash = NULL, revoked_at = ? WHERE id = ?', at, id),
  };
}
