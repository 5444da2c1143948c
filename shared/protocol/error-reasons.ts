import type { ErrorCode } from './errors.ts';

/**
 * What a refusal's `reason` may name, finer than its code, and the `params` its words need: the hub sends both so
 * that every screen words the refusal in its own language; `message` says the same in English, for logs and for
 * clients that do not know the reason. A client that does not know a reason words the code.
 */
export interface ReasonSpec {
  code: ErrorCode;
  /** The names in `params`, each a string or a number; a `?` marks one sent only in some cases. */
  params: readonly string[];
  meaning: string;
}

/** Why the PDF check refused a file: `bad_document`'s `reason` from `POST /api/documents` (and `pdf check`'s word). */
export const PDF_REFUSALS = ['empty', 'not_pdf', 'encrypted', 'damaged', 'no_pages', 'too_slow', 'too_big', 'too_heavy'] as const;
export type PdfRefusal = (typeof PDF_REFUSALS)[number];

/** Why a meeting pack was refused (`POST /api/packs`, with its `problems`; docs/packs.md). */
export const PACK_REFUSALS = ['bad_pack', 'bad_document', 'bad_folder', 'too_large', 'untrusted', 'conflict', 'not_found'] as const;
export type PackRefusalReason = (typeof PACK_REFUSALS)[number];

const PDF: Record<PdfRefusal, ReasonSpec> = {
  empty: { code: 'bad_document', params: [], meaning: 'The file is empty.' },
  not_pdf: { code: 'bad_document', params: [], meaning: 'The file is not a PDF (also `document.add` of stored bytes that are not one).' },
  encrypted: { code: 'bad_document', params: [], meaning: 'The PDF is protected by a password.' },
  damaged: { code: 'bad_document', params: [], meaning: 'The PDF is damaged or could not be read.' },
  no_pages: { code: 'bad_document', params: [], meaning: 'The PDF has no pages.' },
  too_slow: { code: 'bad_document', params: ['seconds'], meaning: 'Opening the PDF took longer than `seconds`.' },
  too_big: { code: 'bad_document', params: ['megabytes'], meaning: 'Opening the PDF needed more than `megabytes` of heap.' },
  too_heavy: {
    code: 'bad_document',
    params: ['page', 'seconds?', 'megabytes?'],
    meaning: 'Page `page` takes more than `seconds` to draw, or drawing needs more than `megabytes` of memory (`page` 0: before any page).',
  },
};

const PACK: Record<PackRefusalReason, ReasonSpec> = {
  bad_pack: { code: 'bad_document', params: [], meaning: 'A pack: not a pack, or altered since it was signed (`problems` says where).' },
  bad_document: { code: 'bad_document', params: [], meaning: 'A pack: a document in it fails the PDF check.' },
  bad_folder: { code: 'bad_document', params: [], meaning: 'A meeting folder (`pack build`): something in it is missing or wrong.' },
  too_large: { code: 'payload_too_large', params: [], meaning: 'A pack: larger than this hub accepts.' },
  untrusted: { code: 'forbidden', params: [], meaning: 'A pack: signed by a hub this one does not know (send again with `?trust=1`).' },
  conflict: { code: 'conflict', params: [], meaning: 'A pack: its meeting exists on this hub (send again with `?replace=1`) or is closed here.' },
  not_found: { code: 'not_found', params: [], meaning: 'A pack: the meeting to export does not exist.' },
};

/** The hub's other reasons, by code. */
const OTHER = {
  // bad_request
  page_beyond: { code: 'bad_request', params: ['title', 'page', 'pages'], meaning: 'Document `title` has `pages` pages: there is no page `page` to show.' },
  // not_found
  meeting_not_found: { code: 'not_found', params: ['meetingId'], meaning: 'There is no meeting `meetingId`.' },
  item_not_found: { code: 'not_found', params: ['meetingId', 'itemId'], meaning: 'The meeting has no agenda item `itemId`.' },
  document_not_found: { code: 'not_found', params: ['meetingId', 'documentId'], meaning: 'The meeting has no document `documentId`.' },
  delegate_not_found: { code: 'not_found', params: ['meetingId', 'delegateId'], meaning: 'The meeting has no delegate `delegateId`.' },
  file_not_found: { code: 'not_found', params: ['sha256'], meaning: 'The hub holds no uploaded file with these bytes: upload it first.' },
  device_not_found: { code: 'not_found', params: ['deviceId'], meaning: 'No device `deviceId` has connected to this hub.' },
  speech_not_found: { code: 'not_found', params: ['meetingId', 'speechId'], meaning: 'The meeting has no request to speak `speechId`.' },
  announcement_not_found: { code: 'not_found', params: ['meetingId', 'announcementId'], meaning: 'The meeting has no announcement `announcementId` up.' },
  credential_not_found: { code: 'not_found', params: ['credentialId'], meaning: 'No staff credential `credentialId` was issued on this hub.' },
  // conflict
  meeting_closed: { code: 'conflict', params: ['title'], meaning: 'The meeting is closed: nothing in it can change.' },
  meeting_exists: { code: 'conflict', params: ['meetingId'], meaning: 'A meeting with this id exists already.' },
  already_published: { code: 'conflict', params: ['title'], meaning: 'The meeting is published already.' },
  already_closed: { code: 'conflict', params: ['title'], meaning: 'The meeting is closed already.' },
  still_draft: { code: 'conflict', params: ['title'], meaning: 'The meeting is a draft: publish it first.' },
  item_under_itself: { code: 'conflict', params: [], meaning: 'An agenda item cannot move under itself or one of its sub-items.' },
  same_file: { code: 'conflict', params: ['title', 'version'], meaning: 'The document is already this file: upload the new version first.' },
  seat_taken: { code: 'conflict', params: ['seat', 'holder'], meaning: 'Seat `seat` is assigned to `holder` already.' },
  no_badge: { code: 'conflict', params: [], meaning: 'The delegate has no badge yet: issue one first.' },
  no_delegates: { code: 'conflict', params: [], meaning: 'The meeting has no delegates yet (badge sheet).' },
  badges_missing: { code: 'conflict', params: ['missing', 'total'], meaning: '`missing` of `total` delegates have no badge yet (badge sheet): issue them first.' },
  not_checked_in: { code: 'conflict', params: ['name'], meaning: 'The delegate is not checked in.' },
  credential_revoked: { code: 'conflict', params: ['label'], meaning: 'The staff credential was revoked already.' },
  own_device: { code: 'conflict', params: [], meaning: 'A device cannot unpair itself.' },
  not_closed: { code: 'conflict', params: ['title'], meaning: 'A tablet reports deleting restricted documents of a meeting that is not closed.' },
  hall_no_seats: { code: 'conflict', params: [], meaning: 'No delegate of the meeting has a seat: there is nothing to lay the hall out from.' },
  hall_empty: { code: 'bad_request', params: [], meaning: 'The hall layout has no seat.' },
  hall_too_many_seats: { code: 'bad_request', params: ['seats', 'max'], meaning: 'The hall layout has `seats` seats, more than `max`.' },
  hall_seat_twice: { code: 'bad_request', params: ['seat'], meaning: 'Seat `seat` is in the hall layout twice.' },
  // conflict: votes and elections
  vote_open_elsewhere: { code: 'conflict', params: [], meaning: 'Another vote (a motion or an election round) is open in the meeting: close it first.' },
  vote_still_open: { code: 'conflict', params: [], meaning: 'A vote (a motion or an election round) is still open: close it before ending the meeting.' },
  quorum_missing: {
    code: 'conflict',
    params: ['missing'],
    meaning: 'The quorum does not hold (`missing` more delegates must be present): the vote opens only with the chair\'s reason (`override.reason`).',
  },
  vote_not_open: { code: 'conflict', params: [], meaning: 'The vote is not open: not opened yet, or closed already.' },
  vote_opened: { code: 'conflict', params: [], meaning: 'The vote has been opened: it can no longer be changed or removed.' },
  vote_time_over: { code: 'conflict', params: [], meaning: 'The vote\'s countdown is over: no more votes are taken; the chair closes it.' },
  vote_too_early: { code: 'conflict', params: ['minimum', 'seconds'], meaning: 'The vote stays open at least `minimum` seconds: `seconds` are left before it may close.' },
  voted_already: { code: 'conflict', params: [], meaning: 'The delegate has voted already: a vote counts once.' },
  voted_on_paper: { code: 'conflict', params: [], meaning: 'The delegate has voted on paper already.' },
  paper_sums: {
    code: 'conflict',
    params: ['counted', 'marked'],
    meaning: 'A secret ballot\'s paper counts (`counted` ballots) do not add up to the `marked` delegates marked as having voted on paper: it closes once they do.',
  },
  // conflict: the speaker queue
  asked_already: { code: 'conflict', params: ['name'], meaning: 'The delegate is waiting to speak already (a request of this kind).' },
  speech_not_waiting: { code: 'conflict', params: ['name'], meaning: 'The request is no longer waiting: given the floor, ended or withdrawn.' },
  speech_not_speaking: { code: 'conflict', params: ['name'], meaning: 'The speech is not under way.' },
  queue_empty: { code: 'conflict', params: [], meaning: 'Nobody is waiting to speak.' },
  // bad_request: the speaker queue
  delegate_required: { code: 'bad_request', params: [], meaning: 'Staff ask to speak on a delegate\'s behalf: say which (`delegateId`).' },
  // forbidden
  other_role: { code: 'forbidden', params: ['role', 'expected'], meaning: 'The credential is for `role`, not the `expected` role the screen asked.' },
  checkin_device: { code: 'forbidden', params: [], meaning: 'This device is a check-in desk: delegates sign in on their own tablets.' },
  not_own_speech: { code: 'forbidden', params: [], meaning: 'A delegate withdraws only her own request, and asks only for herself.' },
  print_window: { code: 'forbidden', params: [], meaning: 'A check-in desk prints a badge only in the ten minutes after issuing it.' },
  // rate_limited
  guesses_here: { code: 'rate_limited', params: ['seconds'], meaning: 'Too many wrong guesses from this address: try again in `seconds`.' },
  guesses_room: { code: 'rate_limited', params: ['seconds'], meaning: 'Too many wrong guesses in the whole room: try again in `seconds`.' },
  // session_elsewhere
  signed_in_elsewhere: { code: 'session_elsewhere', params: ['device?'], meaning: 'The delegate is signed in on the device named `device`.' },
} as const satisfies Record<string, ReasonSpec>;

export type HubReason = keyof typeof OTHER;
export type ErrorReason = PdfRefusal | PackRefusalReason | HubReason;

/** Every reason the hub sends, with its code, its params and what it means. */
export const ERROR_REASONS: Readonly<Record<ErrorReason, ReasonSpec>> = { ...PDF, ...PACK, ...OTHER };

/** What a refusal's words need beyond its reason: which seat, which meeting, how many seconds. */
export type ErrorParams = Readonly<Record<string, string | number>>;

/** The reason and the params of a refusal, as a handler raises them. */
export interface ErrorDetail {
  reason: ErrorReason;
  params?: ErrorParams;
}
