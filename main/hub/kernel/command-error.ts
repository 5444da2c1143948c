import type { ErrorCode, ErrorIssue } from '../../../shared/protocol/index.ts';

/** A refusal a handler raises: it becomes the error ack, and the transaction is rolled back. */
export class CommandError extends Error {
  readonly code: ErrorCode;
  readonly issues: ErrorIssue[] | undefined;
  constructor(code: ErrorCode, message: string, issues?: ErrorIssue[]) {
    super(message);
    this.code = code;
    this.issues = issues;
  }
}
