import type { ServerResponse } from 'node:http';
import type { ErrorCode, ErrorDetail, ErrorParams, ErrorReason } from '../../../shared/protocol/index.ts';

/** The HTTP status of each error code: every route answers a code with the same status. */
export const STATUS: Record<ErrorCode, number> = {
  bad_request: 400,
  unknown_event: 404,
  protocol_mismatch: 400,
  not_signed_in: 401,
  forbidden: 403,
  bad_passcode: 401,
  rate_limited: 429,
  session_expired: 401,
  not_found: 404,
  not_published: 404,
  conflict: 409,
  payload_too_large: 413,
  bad_document: 422,
  internal: 500,
  not_paired: 401,
  session_elsewhere: 409,
  badge_malformed: 400,
  badge_truncated: 400,
  badge_other_meeting: 403,
  badge_forged: 403,
  badge_altered: 403,
  badge_expired: 403,
  badge_revoked: 403,
};

/** A JSON answer, never cached. */
export function json(res: ServerResponse, status: number, body: unknown): void {
  // Too late for an answer once the headers are out (a stream failing half-way): the client sees a cut connection.
  if (res.headersSent) return void res.destroy();
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}

/**
 * A refusal as every route words it: `{ ok: false, code, message }`, with the code's status. A check that says
 * more names its `reason` (a document's or a pack's own word, or one of the hub's reasons) with its `params`, and a
 * pack its `problems`; `status` is for the few answers HTTP itself defines (416, 412 and the like from a file's
 * conditions).
 */
export interface Refusal {
  code: ErrorCode;
  message: string;
  reason?: ErrorReason;
  params?: ErrorParams;
  problems?: unknown[];
  status?: number;
}

export function refuse(res: ServerResponse, refusal: Refusal): void {
  const { code, message, reason, params, problems, status } = refusal;
  json(res, status ?? STATUS[code], {
    ok: false,
    code,
    ...(reason !== undefined ? { reason } : {}),
    message,
    ...(params !== undefined ? { params } : {}),
    ...(problems !== undefined ? { problems } : {}),
  });
}

export function fail(res: ServerResponse, code: ErrorCode, message: string, detail?: ErrorDetail): void {
  refuse(res, { code, message, ...detail });
}
