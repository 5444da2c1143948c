import type { Store } from '../store/store.ts';

/** How long after issuing a badge a check-in desk may print it. */
export const DESK_PRINT_WINDOW_MS = 10 * 60_000;

/**
 * A check-in desk prints a badge only right after issuing it (a replacement for the delegate standing there), never a
 * badge already in someone's hands: a badge's QR signs its holder in on a tablet, so a desk that could print any
 * current badge could read any delegate's documents. Reissuing revokes the old badge and signs the delegate out
 * everywhere, so a badge taken this way does not go unnoticed.
 */
export function deskMayPrint(store: Store, meetingId: string, delegateId: string, now: Date): boolean {
  const badge = store.currentBadge(meetingId, delegateId);
  return !!badge && now.getTime() - Date.parse(badge.issuedAt) <= DESK_PRINT_WINDOW_MS;
}
