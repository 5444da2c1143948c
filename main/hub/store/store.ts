import Database from 'better-sqlite3';
import {
  type Attendance,
  type Delegate,
  DocumentAccess,
  type MeetingDocument,
  type MeetingSnapshot,
  type DocumentVersion,
  type PreloadReportDocument,
} from '../../../shared/protocol/index.ts';
import { migrate } from './migrations/index.ts';
import { type AgendaStatements, agendaStatements } from './agenda.ts';
import { type AuthFailureStatements, authFailureStatements } from './auth-failure.ts';
import { type ChangeStatements, changeStatements } from './change.ts';
import { type MeetingStatements, meetingStatements } from './meeting.ts';
import { type SettingsStatements, settingsStatements } from './settings.ts';
import type { StoreSql } from './sql.ts';
import { type StaffStatements, staffStatements } from './staff.ts';

export type { ChangeRecord, RevisionChanges } from './change.ts';

export interface BlobInfo {
  sha256: string;
  bytes: number;
  pages: number;
  mediaType: string;
  createdAt: string;
}

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

export interface BadgeRow {
  meetingId: string;
  delegateId: string;
  serial: number;
  expiresDay: number;
  issuedAt: string;
  macHash: string;
  codeHash: string;
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
    StaffStatements,
    AuthFailureStatements {
  transaction<T>(fn: () => T): T;
  close(): void;
  /** SQLite's data_version: it moves when another process (the CLI on the same data folder) commits. */
  dataVersion(): number;

  documents(meetingId: string): MeetingDocument[];
  getDocument(meetingId: string, id: string): MeetingDocument | null;
  putDocument(meetingId: string, doc: MeetingDocument): void;
  deleteDocument(meetingId: string, id: string): void;
  /** Every meeting document that points at these bytes (access is decided per document). */
  documentsBySha256(sha256: string): { meetingId: string; document: MeetingDocument }[];
  /** Every meeting document one of whose earlier versions is these bytes. */
  documentsByPreviousSha256(sha256: string): { meetingId: string; document: MeetingDocument }[];
  /** Records an earlier version of a document (its bytes stay addressable; readers of the document may fetch them). */
  addDocumentVersion(meetingId: string, documentId: string, version: DocumentVersion): void;

  delegates(meetingId: string): Delegate[];
  getDelegate(meetingId: string, id: string): Delegate | null;
  /** Writes the delegate's own fields; `badgeSerial` is derived from the badges issued. */
  putDelegate(meetingId: string, delegate: Delegate): void;
  deleteDelegate(meetingId: string, id: string): void;

  attendance(meetingId: string): Attendance[];
  getAttendance(meetingId: string, delegateId: string): Attendance | null;
  putAttendance(meetingId: string, attendance: Attendance): void;
  deleteAttendance(meetingId: string, delegateId: string): void;

  /** The meeting's badge-signing key, made on first use. */
  badgeKey(meetingId: string, make: () => Buffer): Buffer;
  insertBadge(badge: BadgeRow): void;
  /** The newest badge of a delegate, or null before the first. */
  currentBadge(meetingId: string, delegateId: string): BadgeRow | null;
  badgeByMacHash(meetingId: string, macHash: string): BadgeRow | null;
  badgeByCodeHash(meetingId: string, codeHash: string): BadgeRow | null;

  getBlob(sha256: string): BlobInfo | null;
  putBlob(blob: BlobInfo): void;

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

interface DocumentRow {
  meeting_id: string;
  id: string;
  item_id: string | null;
  title: string;
  sha256: string;
  access: string;
  position: number;
  bytes: number;
  pages: number;
  version: number;
  updated_at: string | null;
}
interface VersionRow {
  document_id: string;
  version: number;
  sha256: string;
  replaced_at: string;
  bytes: number;
  pages: number;
}
type StoredPreloadDocument = Omit<PreloadReportDocument, 'errorKind'> & Partial<Pick<PreloadReportDocument, 'errorKind'>>;
interface PreloadDbRow {
  meeting_id: string;
  device_id: string;
  documents: string;
  reported_at: string;
  purged_at: string | null;
}
interface DelegateRow {
  id: string;
  full_name: string;
  title: string;
  organisation: string;
  group_name: string;
  seat: string;
  badge_serial: number;
}
interface AttendanceRow {
  delegate_id: string;
  status: Attendance['status'];
  checked_in_at: string | null;
  checked_out_at: string | null;
}
interface BadgeDbRow {
  meeting_id: string;
  delegate_id: string;
  serial: number;
  expires_day: number;
  issued_at: string;
  mac_hash: string;
  code_hash: string;
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

const documentOf = (r: DocumentRow, previousVersions: DocumentVersion[]): MeetingDocument => ({
  id: r.id,
  itemId: r.item_id,
  title: r.title,
  sha256: r.sha256,
  pages: r.pages,
  bytes: r.bytes,
  access: DocumentAccess.parse(JSON.parse(r.access)),
  position: r.position,
  version: r.version,
  updatedAt: r.updated_at,
  previousVersions,
});
const versionOf = (r: VersionRow): DocumentVersion => ({
  version: r.version,
  sha256: r.sha256,
  pages: r.pages,
  bytes: r.bytes,
  replacedAt: r.replaced_at,
});
const preloadOf = (r: PreloadDbRow): PreloadReportRow => ({
  meetingId: r.meeting_id,
  deviceId: r.device_id,
  // Reports stored before devices sent `errorKind` have none: null, as the protocol's default.
  documents: (JSON.parse(r.documents) as StoredPreloadDocument[]).map((d) => ({ ...d, errorKind: d.errorKind ?? null })),
  reportedAt: r.reported_at,
  purgedAt: r.purged_at,
});
const delegateOf = (r: DelegateRow): Delegate => ({
  id: r.id,
  fullName: r.full_name,
  title: r.title,
  organisation: r.organisation,
  group: r.group_name,
  seat: r.seat,
  badgeSerial: r.badge_serial,
});
const attendanceOf = (r: AttendanceRow): Attendance => ({
  id: r.delegate_id,
  status: r.status,
  checkedInAt: r.checked_in_at,
  checkedOutAt: r.checked_out_at,
});
const badgeOf = (r: BadgeDbRow): BadgeRow => ({
  meetingId: r.meeting_id,
  delegateId: r.delegate_id,
  serial: r.serial,
  expiresDay: r.expires_day,
  issuedAt: r.issued_at,
  macHash: r.mac_hash,
  codeHash: r.code_hash,
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

const DELEGATE_SELECT = `SELECT d.*, coalesce((SELECT max(serial) FROM badges b WHERE b.meeting_id = d.meeting_id AND b.delegate_id = d.id), 0) AS badge_serial
  FROM delegates d`;

const DOCUMENT_SELECT = `SELECT d.meeting_id, d.id, d.item_id, d.title, d.sha256, d.access, d.position, d.version, d.updated_at, b.bytes, b.pages
  FROM documents d JOIN blobs b ON b.sha256 = d.sha256`;

const VERSION_SELECT = `SELECT v.document_id, v.version, v.sha256, v.replaced_at, b.bytes, b.pages
  FROM document_versions v JOIN blobs b ON b.sha256 = v.sha256`;

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

  /** The earlier versions of one document, oldest first. */
  const versionsOf = (meetingId: string, documentId: string) =>
    all<VersionRow>(`${VERSION_SELECT} WHERE v.meeting_id = ? AND v.document_id = ? ORDER BY v.version`, meetingId, documentId).map(versionOf);
  /** Documents with their earlier versions, read with one query per meeting rather than one per document. */
  const withVersions = (meetingId: string, rows: DocumentRow[]): MeetingDocument[] => {
    const byDocument = new Map<string, DocumentVersion[]>();
    for (const v of all<VersionRow>(`${VERSION_SELECT} WHERE v.meeting_id = ? ORDER BY v.document_id, v.version`, meetingId)) {
      const list = byDocument.get(v.document_id) ?? [];
      list.push(versionOf(v));
      byDocument.set(v.document_id, list);
    }
    return rows.map((r) => documentOf(r, byDocument.get(r.id) ?? []));
  };
  const located = (r: DocumentRow) => ({ meetingId: r.meeting_id, document: documentOf(r, versionsOf(r.meeting_id, r.id)) });

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
    documents: (meetingId) =>
      withVersions(meetingId, all<DocumentRow>(`${DOCUMENT_SELECT} WHERE d.meeting_id = ? ORDER BY d.item_id, d.position`, meetingId)),
    getDocument: (meetingId, id) => {
      const row = get<DocumentRow>(`${DOCUMENT_SELECT} WHERE d.meeting_id = ? AND d.id = ?`, meetingId, id);
      return row ? documentOf(row, versionsOf(meetingId, id)) : null;
    },
    // previousVersions is not written here: earlier versions are added one by one with addDocumentVersion.
    putDocument: (meetingId, d) =>
      void run(
        `INSERT INTO documents (meeting_id, id, item_id, title, sha256, access, position, version, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT(meeting_id, id) DO UPDATE SET item_id = excluded.item_id, title = excluded.title,
           sha256 = excluded.sha256, access = excluded.access, position = excluded.position,
           version = excluded.version, updated_at = excluded.updated_at`,
        meetingId, d.id, d.itemId, d.title, d.sha256, JSON.stringify(d.access), d.position, d.version, d.updatedAt,
      ),
    deleteDocument: (meetingId, id) => {
      // Its earlier versions go with it: nobody may fetch them through a document that is gone.
      run('DELETE FROM document_versions WHERE meeting_id = ? AND document_id = ?', meetingId, id);
      run('DELETE FROM documents WHERE meeting_id = ? AND id = ?', meetingId, id);
    },
    documentsBySha256: (sha256) => all<DocumentRow>(`${DOCUMENT_SELECT} WHERE d.sha256 = ?`, sha256).map(located),
    documentsByPreviousSha256: (sha256) =>
      all<DocumentRow>(
        `${DOCUMENT_SELECT} WHERE EXISTS (SELECT 1 FROM document_versions v WHERE v.meeting_id = d.meeting_id AND v.document_id = d.id AND v.sha256 = ?)`,
        sha256,
      ).map(located),
    addDocumentVersion: (meetingId, documentId, v) =>
      void run(
        'INSERT INTO document_versions (meeting_id, document_id, version, sha256, replaced_at) VALUES (?, ?, ?, ?, ?)',
        meetingId, documentId, v.version, v.sha256, v.replacedAt,
      ),

    delegates: (meetingId) =>
      all<DelegateRow>(`${DELEGATE_SELECT} WHERE d.meeting_id = ? ORDER BY d.seat, d.full_name`, meetingId).map(delegateOf),
    getDelegate: (meetingId, id) => {
      const row = get<DelegateRow>(`${DELEGATE_SELECT} WHERE d.meeting_id = ? AND d.id = ?`, meetingId, id);
      return row ? delegateOf(row) : null;
    },
    putDelegate: (meetingId, d) =>
      void run(
        `INSERT INTO delegates (meeting_id, id, full_name, title, organisation, group_name, seat) VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT(meeting_id, id) DO UPDATE SET full_name = excluded.full_name, title = excluded.title,
           organisation = excluded.organisation, group_name = excluded.group_name, seat = excluded.seat`,
        meetingId, d.id, d.fullName, d.title, d.organisation, d.group, d.seat,
      ),
    deleteDelegate: (meetingId, id) => void run('DELETE FROM delegates WHERE meeting_id = ? AND id = ?', meetingId, id),

    attendance: (meetingId) =>
      all<AttendanceRow>('SELECT * FROM attendance WHERE meeting_id = ? ORDER BY delegate_id', meetingId).map(attendanceOf),
    getAttendance: (meetingId, delegateId) => {
      const row = get<AttendanceRow>('SELECT * FROM attendance WHERE meeting_id = ? AND delegate_id = ?', meetingId, delegateId);
      return row ? attendanceOf(row) : null;
    },
    putAttendance: (meetingId, a) =>
      void run(
        `INSERT INTO attendance (meeting_id, delegate_id, status, checked_in_at, checked_out_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT(meeting_id, delegate_id) DO UPDATE SET status = excluded.status, checked_in_at = excluded.checked_in_at,
           checked_out_at = excluded.checked_out_at`,
        meetingId, a.id, a.status, a.checkedInAt, a.checkedOutAt,
      ),
    deleteAttendance: (meetingId, delegateId) =>
      void run('DELETE FROM attendance WHERE meeting_id = ? AND delegate_id = ?', meetingId, delegateId),

    badgeKey: (meetingId, make) => {
      const row = get<{ badge_key: Buffer }>('SELECT badge_key FROM meeting_keys WHERE meeting_id = ?', meetingId);
      if (row) return row.badge_key;
      const key = make();
      run('INSERT INTO meeting_keys (meeting_id, badge_key) VALUES (?, ?)', meetingId, key);
      return key;
    },
    insertBadge: (b) =>
      void run(
        `INSERT INTO badges (meeting_id, delegate_id, serial, expires_day, issued_at, mac_hash, code_hash) VALUES (?, ?, ?, ?, ?, ?, ?)`,
        b.meetingId, b.delegateId, b.serial, b.expiresDay, b.issuedAt, b.macHash, b.codeHash,
      ),
    currentBadge: (meetingId, delegateId) => {
      const row = get<BadgeDbRow>(
        'SELECT * FROM badges WHERE meeting_id = ? AND delegate_id = ? ORDER BY serial DESC LIMIT 1',
        meetingId,
        delegateId,
      );
      return row ? badgeOf(row) : null;
    },
    badgeByMacHash: (meetingId, macHash) => {
      const row = get<BadgeDbRow>('SELECT * FROM badges WHERE meeting_id = ? AND mac_hash = ?', meetingId, macHash);
      return row ? badgeOf(row) : null;
    },
    badgeByCodeHash: (meetingId, codeHash) => {
      const row = get<BadgeDbRow>('SELECT * FROM badges WHERE meeting_id = ? AND code_hash = ?', meetingId, codeHash);
      return row ? badgeOf(row) : null;
    },

    getBlob: (sha256) => {
      const row = get<{ sha256: string; bytes: number; pages: number; media_type: string; created_at: string }>(
        'SELECT * FROM blobs WHERE sha256 = ?',
        sha256,
      );
      return row ? { sha256: row.sha256, bytes: row.bytes, pages: row.pages, mediaType: row.media_type, createdAt: row.created_at } : null;
    },
    putBlob: (b) =>
      void run(
        'INSERT INTO blobs (sha256, bytes, pages, media_type, created_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT(sha256) DO NOTHING',
        b.sha256, b.bytes, b.pages, b.mediaType, b.createdAt,
      ),

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
