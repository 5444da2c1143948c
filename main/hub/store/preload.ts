import type { PreloadReportDocument } from '../../../shared/protocol/index.ts';
import type { StoreSql } from './sql.ts';

/** The preload (a tablet's download of a meeting's documents) as each device reports it: one row a meeting and device. */

/** What a device last reported about its preload of a meeting. */
export interface PreloadReportRow {
  meetingId: string;
  deviceId: string;
  documents: PreloadReportDocument[];
  reportedAt: string;
  /** When it deleted the meeting's restricted documents; kept once set. */
  purgedAt: string | null;
  /** When it last deleted them because the reader's session ended on it; the latest kept. */
  forgottenAt: string | null;
}

export interface PreloadStatements {
  /** Stores a device's report, replacing its previous one; a purge time once reported is kept. */
  putPreloadReport(report: PreloadReportRow): void;
  getPreloadReport(meetingId: string, deviceId: string): PreloadReportRow | null;
  preloadReports(meetingId: string): PreloadReportRow[];
  /** The meetings a device has reported a preload of. */
  preloadMeetingsOfDevice(deviceId: string): string[];
}

type StoredPreloadDocument = Omit<PreloadReportDocument, 'errorKind'> & Partial<Pick<PreloadReportDocument, 'errorKind'>>;
interface PreloadDbRow {
  meeting_id: string;
  device_id: string;
  documents: string;
  reported_at: string;
  purged_at: string | null;
  forgotten_at: string | null;
}

const preloadOf = (r: PreloadDbRow): PreloadReportRow => ({
  meetingId: r.meeting_id,
  deviceId: r.device_id,
  // Reports stored before devices sent `errorKind` have none: null, as the protocol's default.
  documents: (JSON.parse(r.documents) as StoredPreloadDocument[]).map((d) => ({ ...d, errorKind: d.errorKind ?? null })),
  reportedAt: r.reported_at,
  purgedAt: r.purged_at,
  forgottenAt: r.forgotten_at,
});

export function preloadStatements({ all, get, run }: StoreSql): PreloadStatements {
  return {
    putPreloadReport: (r) =>
      void run(
        `INSERT INTO preload_reports (meeting_id, device_id, documents, reported_at, purged_at, forgotten_at) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT(meeting_id, device_id) DO UPDATE SET documents = excluded.documents, reported_at = excluded.reported_at,
           purged_at = coalesce(preload_reports.purged_at, excluded.purged_at),
           forgotten_at = coalesce(excluded.forgotten_at, preload_reports.forgotten_at)`,
        r.meetingId, r.deviceId, JSON.stringify(r.documents), r.reportedAt, r.purgedAt, r.forgottenAt,
      ),
    getPreloadReport: (meetingId, deviceId) => {
      const row = get<PreloadDbRow>('SELECT * FROM preload_reports WHERE meeting_id = ? AND device_id = ?', meetingId, deviceId);
      return row ? preloadOf(row) : null;
    },
    preloadReports: (meetingId) =>
      all<PreloadDbRow>('SELECT * FROM preload_reports WHERE meeting_id = ? ORDER BY device_id', meetingId).map(preloadOf),
    preloadMeetingsOfDevice: (deviceId) =>
      all<{ meeting_id: string }>('SELECT meeting_id FROM preload_reports WHERE device_id = ?', deviceId).map((r) => r.meeting_id),
  };
}
