import type { MinutesHeaderKind, SheetName } from '../../../shared/domain/minutes/index.ts';

/**
 * The minutes the hub makes (docs/minutes.md): the PDF and each spreadsheet. Opened with a one-time ticket, as the
 * badge sheet is (`useOpenDownload`): a link a browser opens itself cannot carry the session's header.
 */

const segment = encodeURIComponent;

export const minutesPdfPath = (meetingId: string): string => `/api/meetings/${segment(meetingId)}/minutes.pdf`;

export const minutesCsvPath = (meetingId: string, sheet: SheetName): string => `/api/meetings/${segment(meetingId)}/minutes/${sheet}.csv`;

export interface MinutesChoice {
  lang: 'vi' | 'en';
  header: MinutesHeaderKind;
  body: string;
  locality: string;
}

/** The query of both: the choices made on the panel, and this screen's clock (the room's) for the times. */
export function minutesQuery(choice: MinutesChoice, timeZone: string): Record<string, string> {
  const query: Record<string, string> = { lang: choice.lang, header: choice.header, tz: timeZone };
  if (choice.body.trim()) query.body = choice.body.trim();
  if (choice.locality.trim()) query.locality = choice.locality.trim();
  return query;
}
