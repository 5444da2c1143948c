import type { Handler } from '../context.ts';
import securityFailures from './failures.ts';

/** The security domain's handlers, one per command declared in shared/protocol/commands/security.ts. */
export const SECURITY_HANDLERS = [securityFailures] as Handler[];
