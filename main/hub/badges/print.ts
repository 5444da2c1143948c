import type { Store } from '../store/store.ts';
import type { BadgeCard } from './card.ts';
import { currentBadge } from './issuer.ts';

/**
 * The cards to print for a meeting's delegates (all, or the ones named), in seat order. A delegate without a
 * badge yet is left out: issue first (`badge.issueMissing`), so every printed badge is one the hub knows.
 */
export function badgeCards(store: Store, meetingId: string, delegateIds?: readonly string[]): BadgeCard[] {
  const meeting = store.getMeeting(meetingId);
  if (!meeting) return [];
  const wanted = delegateIds ? new Set(delegateIds) : null;
  return store
    .delegates(meetingId)
    .filter((d) => !wanted || wanted.has(d.id))
    .sort((a, b) => a.seat.localeCompare(b.seat, 'vi', { numeric: true }) || a.fullName.localeCompare(b.fullName, 'vi'))
    .flatMap((d) => {
      const badge = currentBadge(store, meetingId, d.id);
      return badge
        ? [
            {
              meetingTitle: meeting.title,
              meetingDate: meeting.date,
              fullName: d.fullName,
              title: d.title,
              organisation: d.organisation,
              seat: d.seat,
              token: badge.token,
              shortCode: badge.shortCode,
              serial: badge.serial,
            },
          ]
        : [];
    });
}
