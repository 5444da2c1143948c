import type { Handler } from '../context.ts';
import badgeGet from './get.ts';
import badgeIssue from './issue.ts';
import badgeIssueMissing from './issue-missing.ts';

/** The badge domain's handlers, one per command declared in shared/protocol/commands/badge.ts. */
export const BADGE_HANDLERS = [badgeIssue, badgeGet, badgeIssueMissing] as Handler[];
