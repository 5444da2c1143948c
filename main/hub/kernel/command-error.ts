import type { ErrorCode, ErrorDetail, ErrorIssue, ErrorParams, ErrorReason } from '../../../shared/protocol/index.ts';

/**
 * A refusal a handler raises: it becomes the error ack, and the transaction is rolled back. `detail` names the case
 * (`reason`) and the values its words need (`params`), for screens to word it in their language.
 */
export class CommandError extends Error {
  readonly code: ErrorCode;
  readonly issues: ErrorIssue[] | undefined;
  readonly reason: ErrorReason | undefined;
  readonly params: ErrorParams | undefined;
  constructor(code: ErrorCode, message: string, more?: ErrorIssue[] | ErrorDetail) {
    super(message);
    this.code = code;
    this.issues = Array.isArray(more) ? more : undefined;
    this.reason = more && !Array.isArray(more) ? more.reason : undefined;
    this.params = more && !Array.isArray(more) ? more.params : undefined;
  }
}
