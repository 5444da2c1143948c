import type { IncomingMessage, ServerResponse } from 'node:http';
import { acceptedImportLang, importMessages, isImportLang, type ImportLang } from '../../../shared/domain/delegate-import-messages.ts';
import { matchListed, type DelegateImport } from '../../../shared/domain/delegate-rows.ts';
import type { ErrorCode } from '../../../shared/protocol/index.ts';
import type { HttpDeps } from '../http.ts';
import { findRequestSession } from '../http-identity.ts';
import type { Store } from '../store/store.ts';
import { readDelegateFile } from './index.ts';
import { MAX_FILE_BYTES } from './sniff.ts';

const PREVIEW = /^\/api\/meetings\/([A-Za-z0-9_-]+)\/delegates\/preview$/;
const STATUS: Partial<Record<ErrorCode, number>> = { not_signed_in: 401, session_expired: 401, forbidden: 403, not_found: 404, payload_too_large: 413 };

function fail(res: ServerResponse, code: ErrorCode, message: string): void {
  json(res, STATUS[code] ?? 400, { ok: false, code, message });
}

function json(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}

/** The body, read as it arrives and given up as soon as it passes `max` bytes (null then). */
async function body(req: IncomingMessage, max: number): Promise<Uint8Array | null> {
  const chunks: Buffer[] = [];
  let bytes = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    bytes += chunk.length;
    if (bytes > max) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/**
 * The language of the messages: `?lang=vi|en` (what the screen shows), else the first of ours the Accept-Language
 * header asks for, else Vietnamese. Null for a `lang` we do not write.
 */
export function previewLang(url: URL, acceptLanguage: string | undefined): ImportLang | null {
  const asked = url.searchParams.get('lang');
  if (asked !== null) return isImportLang(asked) ? asked : null;
  return acceptedImportLang(acceptLanguage) ?? 'vi';
}

/** The rows that would update a delegate already listed, and the seats someone not in the file keeps. */
function againstMeeting(store: Store, meetingId: string, parsed: DelegateImport, lang: ImportLang): DelegateImport {
  if (parsed.rows.length === 0) return parsed;
  const { matches, errors } = matchListed(parsed.rows, store.delegates(meetingId), 'line', lang);
  return {
    ...parsed,
    rows: parsed.rows.map((row, i) => ({ ...row, matches: matches[i] ?? null, errors: [...row.errors, ...(errors[i] ?? [])] })),
  };
}

async function preview(deps: HttpDeps, req: IncomingMessage, res: ServerResponse, url: URL, meetingId: string): Promise<void> {
  // The secretariat's session only (a device token or ?token= link never): the file holds personal data.
  const header = req.headers.authorization;
  const token = header?.startsWith('Bearer ') ? header.slice(7).trim() : '';
  const found = token ? findRequestSession(deps.store, req, token, new Date()) : null;
  const refuse = (code: ErrorCode, message: string) => {
    req.resume();
    fail(res, code, message);
  };
  if (!found) return refuse('not_signed_in', 'Previewing a delegate list needs a secretariat session (Authorization: Bearer <token>).');
  if (!found.ok) return refuse('session_expired', found.reason);
  if (found.session.role !== 'secretariat') return refuse('forbidden', `The ${found.session.role} role may not import delegates; the secretariat does.`);
  if (!deps.store.getMeeting(meetingId)) return refuse('not_found', `There is no meeting "${meetingId}".`);
  const lang = previewLang(url, req.headers['accept-language']);
  if (!lang) return refuse('bad_request', `lang must be "vi" or "en", not "${url.searchParams.get('lang') ?? ''}".`);
  const tooLarge = importMessages(lang).bodyTooLarge({ maxBytes: MAX_FILE_BYTES });
  if (Number(req.headers['content-length'] ?? 0) > MAX_FILE_BYTES) return refuse('payload_too_large', tooLarge);

  const bytes = await body(req, MAX_FILE_BYTES);
  if (!bytes) {
    res.setHeader('Connection', 'close');
    return refuse('payload_too_large', tooLarge);
  }
  const read = await readDelegateFile(bytes, url.searchParams.get('name') ?? '', lang);
  const parsed = read.result;
  deps.logger.info(
    { meetingId, bytes: bytes.length, rows: parsed.rows.length, encoding: parsed.encoding, refused: parsed.fileErrors.length > 0, overLimit: read.tooLarge },
    'delegate list previewed',
  );
  // A workbook that unpacks to more than its limits (a zip bomb) is refused like a body over the limit.
  if (read.tooLarge) return fail(res, 'payload_too_large', parsed.fileErrors[0] ?? tooLarge);
  // 200 even for a refused file: `fileErrors` says why, in words for the screen.
  json(res, 200, againstMeeting(deps.store, meetingId, parsed, lang));
}

/**
 * `POST /api/meetings/<id>/delegates/preview?name=<file name>&lang=vi|en`, the file as the body: the list read and
 * checked, rows matched to the delegates listed, every message in the language asked. Nothing is saved;
 * `delegate.import` saves. Answers true when it handled the request.
 */
export async function delegatePreviewRoute(deps: HttpDeps, req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> {
  const match = PREVIEW.exec(url.pathname);
  if (!match || req.method !== 'POST') return false;
  await preview(deps, req, res, url, match[1] ?? '');
  return true;
}
