import type { MeetingDocument } from '../../../shared/protocol/index.ts';

/** The documents attached to an agenda item (null: to the meeting itself), in their order. */
export function documentsOf(documents: readonly MeetingDocument[], itemId: string | null): MeetingDocument[] {
  return documents.filter((d) => d.itemId === itemId).sort((a, b) => a.position - b.position || a.title.localeCompare(b.title));
}

/** How many documents each agenda item has, for the agenda's small counters. */
export function documentCounts(documents: readonly MeetingDocument[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const d of documents) if (d.itemId) counts.set(d.itemId, (counts.get(d.itemId) ?? 0) + 1);
  return counts;
}
