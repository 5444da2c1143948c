import type { Change, MeetingSnapshot } from '../protocol/model.ts';

type Keyed = { id: string };

/**
 * A list with the changes of one collection applied, in one pass: an entry kept keeps its place, an entry written
 * again is replaced where it was, a new one goes at the end, a deleted one goes. A staff screen may receive a push with
 * hundreds of check-ins at once, so this is linear, not a filter per change.
 */
function applyTo<T extends Keyed>(list: readonly T[], changes: ReadonlyMap<string, T | null>): T[] {
  if (changes.size === 0) return list as T[];
  const out: T[] = [];
  const placed = new Set<string>();
  for (const entry of list) {
    if (!changes.has(entry.id)) {
      out.push(entry);
      continue;
    }
    const value = changes.get(entry.id) ?? null;
    if (value !== null) out.push(value);
    placed.add(entry.id);
  }
  for (const [id, value] of changes) if (value !== null && !placed.has(id)) out.push(value);
  return out;
}

/**
 * Applies the changes of one revision (or of consecutive revisions merged) to a snapshot, returning a new snapshot.
 * The hub's `meeting.changed` pushes and `meeting.open` deltas are replayed with this, so a client that missed pushes
 * and asks for what it missed ends with the same state as one that never left.
 */
export function applyChanges(snapshot: MeetingSnapshot, revision: number, changes: readonly Change[]): MeetingSnapshot {
  const agendaItems = new Map<string, MeetingSnapshot['agendaItems'][number] | null>();
  const documents = new Map<string, MeetingSnapshot['documents'][number] | null>();
  const delegates = new Map<string, MeetingSnapshot['delegates'][number] | null>();
  const attendance = new Map<string, MeetingSnapshot['attendance'][number] | null>();
  const motions = new Map<string, MeetingSnapshot['motions'][number] | null>();
  const elections = new Map<string, MeetingSnapshot['elections'][number] | null>();
  const ballotCounts = new Map<string, MeetingSnapshot['ballotCounts'][number] | null>();
  const speeches = new Map<string, MeetingSnapshot['speeches'][number] | null>();
  const itemTimes = new Map<string, MeetingSnapshot['itemTimes'][number] | null>();
  const announcements = new Map<string, MeetingSnapshot['announcements'][number] | null>();
  let { meeting, quorum, presentation, speakingLimits } = snapshot;
  for (const change of changes) {
    switch (change.collection) {
      case 'meeting':
        // A meeting is never deleted while followed; a null here would leave the client with nothing to show.
        if (change.value !== null) meeting = change.value;
        break;
      case 'agendaItem':
        agendaItems.set(change.id, change.value);
        break;
      case 'document':
        documents.set(change.id, change.value);
        break;
      case 'delegate':
        delegates.set(change.id, change.value);
        break;
      case 'attendance':
        attendance.set(change.id, change.value);
        break;
      case 'quorum':
        quorum = change.value;
        break;
      case 'motion':
        motions.set(change.id, change.value);
        break;
      case 'election':
        elections.set(change.id, change.value);
        break;
      case 'ballotCount':
        ballotCounts.set(change.id, change.value);
        break;
      case 'speech':
        speeches.set(change.id, change.value);
        break;
      case 'itemTime':
        itemTimes.set(change.id, change.value);
        break;
      case 'speakingLimits':
        speakingLimits = change.value;
        break;
      case 'announcement':
        announcements.set(change.id, change.value);
        break;
      case 'presentation':
        presentation = change.value;
        break;
    }
  }
  return {
    ...snapshot,
    revision,
    meeting,
    quorum,
    speakingLimits,
    presentation,
    agendaItems: applyTo(snapshot.agendaItems, agendaItems),
    documents: applyTo(snapshot.documents, documents),
    delegates: applyTo(snapshot.delegates, delegates),
    attendance: applyTo(snapshot.attendance, attendance),
    motions: applyTo(snapshot.motions, motions),
    elections: applyTo(snapshot.elections, elections),
    ballotCounts: applyTo(snapshot.ballotCounts, ballotCounts),
    speeches: applyTo(snapshot.speeches, speeches),
    itemTimes: applyTo(snapshot.itemTimes, itemTimes),
    announcements: applyTo(snapshot.announcements, announcements),
  };
}

/**
 * Changes of consecutive revisions as one: the last value of each entity, in the order each was first changed. What a
 * screen ends with is the same as if it applied them one revision at a time (a change is a whole entity or its deletion).
 */
export function mergeChanges(into: Map<string, Change>, changes: readonly Change[]): Map<string, Change> {
  for (const change of changes) into.set(`${change.collection}\u0000${change.id}`, change);
  return into;
}
