import type { ErrorCode, ErrorIssue, ErrorParams } from '../../shared/protocol/index.ts';

/** Codes the client itself produces, besides the hub's own. */
export type ClientErrorCode = 'timeout' | 'network';
export type HubErrorCode = ErrorCode | ClientErrorCode;

/** The case the hub named within a code and the values its words need (a reason this client may not know). */
export interface HubErrorDetail {
  reason?: string | null;
  params?: ErrorParams;
}

/**
 * A command the hub refused (error ack), or one that never got an answer. UIs branch on `code`; screens word
 * `code`, `reason` and `params` in their language (`message` is the hub's English, for logs).
 */
export class HubError extends Error {
  readonly code: HubErrorCode;
  readonly issues: ErrorIssue[];
  readonly reason: string | null;
  readonly params: ErrorParams;

  constructor(code: HubErrorCode, message: string, issues: ErrorIssue[] = [], detail: HubErrorDetail = {}) {
    super(message);
    this.name = 'HubError';
    this.code = code;
    this.issues = issues;
    this.reason = detail.reason ?? null;
    this.params = detail.params ?? {};
  }
}

/** The reason and params of a refusal's JSON (an ack or an HTTP body), each kept only when it has the right shape. */
export function detailOf(body: { reason?: unknown; params?: unknown }): HubErrorDetail {
  const params = body.params;
  const plain =
    typeof params === 'object' && params !== null && !Array.isArray(params)
      ? Object.fromEntries(Object.entries(params).filter((entry): entry is [string, string | number] => ['string', 'number'].includes(typeof entry[1])))
      : {};
  return { reason: typeof body.reason === 'string' ? body.reason : null, params: plain };
}

export function isHubError(error: unknown): error is HubError {
  return error instanceof HubError;
}

/** Any thrown value as a HubError, so screens have one shape to show. */
export function toHubError(error: unknown): HubError {
  if (error instanceof HubError) return error;
  if (error instanceof Error) return new HubError('network', error.message);
  return new HubError('network', String(error));
}

/** A refused meeting pack: the hub's reason (`bad_pack`, `untrusted`, `conflict`...) and each problem it found. */
export class PackRefusal extends HubError {
  override readonly reason: string;
  readonly problems: string[];

  constructor(code: HubError['code'], message: string, reason: string, problems: string[], params: ErrorParams = {}) {
    super(code, message, [], { reason, params });
    this.name = 'PackRefusal';
    this.reason = reason;
    this.problems = problems;
  }
}
