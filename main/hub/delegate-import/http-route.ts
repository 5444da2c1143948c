import { acceptedImportLang, importMessages, isImportLang, type ImportLang } from '../../../shared/domain/delegate-import-messages.ts';
import { againstListed, type DelegateImport } from '../../../shared/domain/delegate-rows.ts';
import type { ErrorCode } from '../../../shared/protocol/index.ts';
import { readBody } from '../http/body.ts';
import type { Identified } from '../http/caller.ts';
import type { HttpRequest } from '../http/context.ts';
import { fail, json } from '../http/reply.ts';
import type { Store } from '../store/store.ts';
import { readDelegateFile } from './index.ts';
import { MAX_FILE_BYTES } from './sniff.ts';

/**
 * The language of the messages: `?lang=vi|en` (what the screen shows), else the first of ours the Accept-Language
 * header asks for, else Vietnamese. Null for a `lang` we do not write.
 */
export function previewLang(url: URL, acceptLanguage: string | undefined): ImportLang | null {
  const asked = url.searchParams.get('lang');
  if (asked !== null) return isImportLang(asked) ? asked : null;
  return acceptedImportLang(acceptLanguage) ?? 'vi';
}

/** The rows that would update a delegate already listed, and the seats someone not in the file keeps (left out). */
function againstMeeting(store: Store, meetingId: string, parsed: DelegateImport, lang: ImportLang): DelegateImport {
  if (parsed.rows.length === 0) return parsed;
  return { ...parsed, rows: againstListed(parsed.rows, store.delegates(meetingId), 'line', lang) };
}

/**
 * `POST /api/meetings/<id>/delegates/preview?name=<file name>&lang=vi|en`, the file as the body, for the
 * secretariat (the route's gate: the file holds personal data): the list read and checked, rows matched to the
 * delegates listed, every message in the language asked. Nothing is saved; `delegate.import` saves.
 */
export async function previewDelegates({ req, res, url, params, deps }: HttpRequest<Identified>): Promise<void> {
  const meetingId = params.id ?? '';
  const refuse = (code: ErrorCode, message: string) => {
    req.resume();
    fail(res, code, message);
  };
  if (!deps.store.getMeeting(meetingId)) return refuse('not_found', `There is no meeting "${meetingId}".`);
  const lang = previewLang(url, req.headers['accept-language']);
  if (!lang) return refuse('bad_request', `lang must be "vi" or "en", not "${url.searchParams.get('lang') ?? ''}".`);
  const tooLarge = importMessages(lang).bodyTooLarge({ maxBytes: MAX_FILE_BYTES });
  if (Number(req.headers['content-length'] ?? 0) > MAX_FILE_BYTES) return refuse('payload_too_large', tooLarge);

  const bytes = await readBody(req, MAX_FILE_BYTES);
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
