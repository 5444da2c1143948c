import type { Handler } from '../context.ts';
import checkinScan from './scan.ts';
import checkinManual from './manual.ts';
import checkinCheckout from './checkout.ts';

/** The checkin domain's handlers, one per command declared in shared/protocol/commands/checkin.ts. */
export const CHECKIN_HANDLERS = [checkinScan, checkinManual, checkinCheckout] as Handler[];
