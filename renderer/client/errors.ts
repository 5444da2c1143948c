import type { ErrorCode, ErrorIssue } from '../../shared/protocol/index.ts';

/** Codes the client itself produces, besides the hub's own. */
export type ClientErrorCode = 'timeout' | 'network';
export type HubErrorCode = ErrorCode | ClientErrorCode;

/** A command the hub refused (error ack), or one that never got an answer. UIs branch on `code`. */
export class HubError extends Error {
  readonly code: HubErrorCode;
  readonly issues: ErrorIssue[];

  constructor(code: HubErrorCode, message: string, issues: ErrorIssue[] = []) {
    super(message);
    this.name = 'HubError';
    this.code = code;
    this.issues = issues;
  }
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
  readonly reason: string;
  readonly problems: string[];

  constructor(code: HubError['code'], message: string, reason: string, problems: string[]) {
    super(code, message);
    this.name = 'PackRefusal';
    this.reason = reason;
    this.problems = problems;
  }
}
