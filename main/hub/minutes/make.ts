import { buildMinutes, minutesSheet, type Minutes, type MinutesHeaderKind, type MinutesSource, type SheetName } from '../../../shared/domain/minutes/index.ts';
import type { ResultLocale } from '../../../shared/domain/votes/locale.ts';
import type { ErrorCode, ErrorReason } from '../../../shared/protocol/index.ts';
import type { Store } from '../store/store.ts';
import { csvBytes } from './csv.ts';
import { minutesSource } from './source.ts';

/** What the minutes are asked for with: the language, the header, the issuing body, the room's time zone. */
export interface MinutesRequest {
  lang: ResultLocale;
  header: MinutesHeaderKind;
  body: string;
  locality: string;
  timeZone: string;
}

export type MinutesRefusal = { ok: false; code: ErrorCode; message: string; reason: ErrorReason; params: Record<string, string> };

/** The hub machine's time zone: the room's clock, unless the request names one. */
export const hubTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;

/**
 * The records of a meeting the minutes may be made of. A draft (never published) has none to record and is refused;
 * a published meeting not yet ended gives draft minutes, marked so on every page (docs/minutes.md says why).
 */
export function minutesRecords(store: Store, meetingId: string): { ok: true; source: MinutesSource } | MinutesRefusal {
  const source = minutesSource(store, meetingId);
  if (!source) return { ok: false, code: 'not_found', message: `There is no meeting "${meetingId}".`, reason: 'meeting_not_found', params: { meetingId } };
  const { title, status } = source.meeting;
  if (status === 'draft') {
    return { ok: false, code: 'conflict', message: `The meeting "${title}" is a draft: there are no minutes before it is published.`, reason: 'still_draft', params: { title } };
  }
  return { ok: true, source };
}

export function minutesOf(source: MinutesSource, request: MinutesRequest, madeAt = new Date().toISOString()): Minutes {
  return buildMinutes(source, { ...request, madeAt });
}

export function minutesCsv(name: SheetName, source: MinutesSource, request: Pick<MinutesRequest, 'lang' | 'timeZone'>): Buffer {
  return csvBytes(minutesSheet(name, source, request.lang, request.timeZone));
}

/** "bien-ban-bch-12.pdf" / "minutes-bch-12.pdf", "diem-danh-bch-12.csv"…: ASCII, so every browser keeps the name. */
export function minutesFileName(meetingId: string, lang: ResultLocale, what: 'pdf' | SheetName): string {
  const names: Record<'pdf' | SheetName, [string, string]> = {
    pdf: ['bien-ban', 'minutes'],
    attendance: ['diem-danh', 'attendance'],
    speakers: ['phat-bieu', 'speakers'],
    votes: ['bieu-quyet', 'votes'],
    voters: ['nguoi-bo-phieu', 'voters'],
  };
  const safeId = meetingId.replace(/[^A-Za-z0-9._-]/g, '_');
  return `${names[what][lang === 'vi' ? 0 : 1]}-${safeId}.${what === 'pdf' ? 'pdf' : 'csv'}`;
}
