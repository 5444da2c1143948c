import type { ServerResponse } from 'node:http';
import { isSheetName, SHEET_NAMES } from '../../../shared/domain/minutes/index.ts';
import type { Identified } from '../http/caller.ts';
import type { HttpRequest } from '../http/context.ts';
import { fail } from '../http/reply.ts';
import { hubTimeZone, minutesCsv, minutesFileName, minutesOf, minutesRecords, type MinutesRequest } from './make.ts';
import { renderMinutesPdfOffThread } from './pdf-thread.ts';

/** The minutes over HTTP (docs/protocol.md): the PDF, and each spreadsheet as CSV. Only reads; the chair or the secretariat. */

const isTimeZone = (zone: string): boolean => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

/** `?lang=vi|en&header=state|party&body=…&locality=…&tz=…`, each optional; null after a refusal for a bad one. */
function requestOf(res: ServerResponse, query: URLSearchParams): MinutesRequest | null {
  const lang = query.get('lang') ?? 'vi';
  const header = query.get('header') ?? 'state';
  const body = query.get('body') ?? '';
  const locality = query.get('locality') ?? '';
  const timeZone = query.get('tz') ?? hubTimeZone();
  // The message names the parameter; no reason: a screen sends only what it offers, so only a script errs here.
  const bad = (field: string, message: string) => {
    fail(res, 'bad_request', `${field}: ${message}`);
    return null;
  };
  if (lang !== 'vi' && lang !== 'en') return bad('lang', 'vi or en.');
  if (header !== 'state' && header !== 'party') return bad('header', 'state (the national motto) or party (the Party\'s name).');
  if (body.length > 300) return bad('body', 'body, the issuing body\'s name, is at most 300 characters.');
  if (locality.length > 100) return bad('locality', 'locality, the date line\'s place name, is at most 100 characters.');
  if (!isTimeZone(timeZone)) return bad('tz', 'tz is a time zone as the IANA database names it, e.g. Asia/Ho_Chi_Minh.');
  return { lang, header, body, locality, timeZone };
}

function send(res: ServerResponse, type: string, fileName: string, bytes: Uint8Array): void {
  res.writeHead(200, {
    'Content-Type': type,
    'Content-Disposition': `attachment; filename="${fileName}"`,
    'Cache-Control': 'no-store',
    'Content-Length': bytes.length,
  });
  res.end(bytes);
}

/** `GET /api/meetings/<id>/minutes.pdf`: laid out off the hub's thread (a congress's minutes take seconds). */
export async function minutesPdfRoute({ res, url, params, deps }: HttpRequest<Identified>): Promise<void> {
  const meetingId = params.id ?? '';
  const request = requestOf(res, url.searchParams);
  if (!request) return;
  const records = minutesRecords(deps.store, meetingId);
  if (!records.ok) return fail(res, records.code, records.message, { reason: records.reason, params: records.params });
  const pdf = await renderMinutesPdfOffThread(minutesOf(records.source, request));
  send(res, 'application/pdf', minutesFileName(meetingId, request.lang, 'pdf'), pdf);
}

/** `GET /api/meetings/<id>/minutes/<sheet>.csv`: attendance, speakers, votes or voters, UTF-8 with BOM. */
export function minutesCsvRoute({ res, url, params, deps }: HttpRequest<Identified>): void {
  const meetingId = params.id ?? '';
  const sheet = params.sheet;
  if (!isSheetName(sheet)) return fail(res, 'not_found', `No such sheet: the minutes have ${SHEET_NAMES.join(', ')}.`);
  const request = requestOf(res, url.searchParams);
  if (!request) return;
  const records = minutesRecords(deps.store, meetingId);
  if (!records.ok) return fail(res, records.code, records.message, { reason: records.reason, params: records.params });
  send(res, 'text/csv; charset=utf-8', minutesFileName(meetingId, request.lang, sheet), minutesCsv(sheet, records.source, request));
}
