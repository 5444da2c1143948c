import type { MeetingSnapshot } from '../../../shared/protocol/index.ts';

/** One line of the pre-publish checklist. `required` lines block publishing until they pass. */
export interface PublishCheck {
  id: 'agenda' | 'delegates' | 'documents' | 'seats' | 'groups';
  ok: boolean;
  required: boolean;
  /** Counts or names for the sentence. */
  values: Record<string, string | number>;
}

/** What the secretariat should see before publishing: what is missing, and what merely deserves a look. */
export function publishChecks(snapshot: MeetingSnapshot): PublishCheck[] {
  const { agendaItems, delegates, documents } = snapshot;
  const withoutSeat = delegates.filter((d) => d.seat.trim() === '').length;
  const groups = new Set(delegates.map((d) => d.group.trim()).filter(Boolean));
  const emptyGroups = [
    ...new Set(documents.flatMap((d) => (d.access.kind === 'groups' ? d.access.groups.filter((g) => !groups.has(g)) : []))),
  ].sort((a, b) => a.localeCompare(b, 'vi'));
  const checks: PublishCheck[] = [
    { id: 'agenda', ok: agendaItems.length > 0, required: true, values: { count: agendaItems.length } },
    { id: 'delegates', ok: delegates.length > 0, required: true, values: { count: delegates.length } },
    { id: 'documents', ok: documents.length > 0, required: false, values: { count: documents.length } },
    { id: 'seats', ok: withoutSeat === 0, required: false, values: { count: withoutSeat } },
    { id: 'groups', ok: emptyGroups.length === 0, required: false, values: { groups: emptyGroups.join(', '), count: emptyGroups.length } },
  ];
  // Seats of nobody: the delegates line already says the list is empty, and "0 delegates have no seat" fixes nothing.
  return delegates.length === 0 ? checks.filter((check) => check.id !== 'seats') : checks;
}

/** Documents a delegate may not all read: the ones tablets delete when the meeting is closed. */
export const restrictedCount = (snapshot: MeetingSnapshot) => snapshot.documents.filter((d) => d.access.kind !== 'all').length;
