import type { Handler } from '../context.ts';
import staffList from './list.ts';
import staffIssue from './issue.ts';
import staffRevoke from './revoke.ts';

/** The staff domain's handlers, one per command declared in shared/protocol/commands/staff.ts. */
export const STAFF_HANDLERS = [staffList, staffIssue, staffRevoke] as Handler[];
