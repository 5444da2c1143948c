import { describe, expect, it } from 'vitest';
import type { MeetingDocument, MeetingSnapshot } from '../../../shared/protocol/index.ts';
import type { HubState } from '../../client/state.ts';
import { bytesToForget, bytesToKeep, bytesToPurge, planOf, withoutRestricted } from './plan.ts';
import { planFor } from './service.ts';
import type { MeetingRecord, RecordedDocument } from './library.ts';

const sha = (c: string) => c.repeat(64);

function doc(id: string, itemId: string | null, position: number, extra: Partial<MeetingDocument> = {}): MeetingDocument {
  return { id, itemId, title: id, sha256: sha(id[0]!), pages: 1, bytes: 100, access: { kind: 'all' }, position, version: 1, updatedAt: null, previousVersions: [], ...extra };
}

function snapshot(documents: MeetingDocument[], currentItemId: string | null = null): MeetingSnapshot {
  const item = (id: string, parentId: string | null, position: number) => ({ id, parentId, position, title: id, description: '', durationMinutes: null });
  return {
    revision: 1,
    meeting: { id: 'm', title: 'M', date: '2026-11-23', place: '', status: 'published', currentItemId, currentSince: null, quorumRule: { kind: 'majority' } },
    agendaItems: [item('one', null, 0), item('two', null, 1), item('two-a', 'two', 0)],
    documents,
    delegates: [],
    attendance: [],
    quorum: { rule: { kind: 'majority' }, members: 0, present: 0, required: 1, missing: 1, reached: false },
    motions: [],
    elections: [],
    ballotCounts: [],
    speeches: [],
    itemTimes: [],
    speakingLimits: { id: 'm', meetingSeconds: null, items: {} },
    announcements: [],
    presentation: { id: 'm', documentId: null, page: null, access: null, hidden: false, since: null },
  };
}

describe('planOf', () => {
  it.each([
    ['agenda order, general documents first', null, [doc('b', 'two-a', 0), doc('a', 'one', 0), doc('c', null, 0), doc('d', 'two', 0)], ['c', 'a', 'd', 'b']],
    ['the item under discussion first', 'two-a', [doc('b', 'two-a', 0), doc('a', 'one', 0), doc('c', null, 0)], ['b', 'c', 'a']],
    ['position within an item', null, [doc('b', 'one', 1), doc('a', 'one', 0)], ['a', 'b']],
    [
      'a new version (replaced after publication) before everything',
      'one',
      [doc('a', 'one', 0), doc('e', 'two', 0, { version: 2, updatedAt: '2026-11-23T08:00:00.000Z' })],
      ['e', 'a'],
    ],
  ])('orders by %s', (_, current, documents, expected) => {
    expect(planOf(snapshot(documents, current)).documents.map((d) => d.documentId)).toEqual(expected);
  });

  it('marks restricted documents and keeps earlier versions', () => {
    const [open, groups, staff] = planOf(
      snapshot([
        doc('a', 'one', 0),
        doc('b', 'one', 1, { access: { kind: 'groups', groups: ['X'] }, previousVersions: [{ version: 1, sha256: sha('f'), pages: 1, bytes: 9, replacedAt: '2026-11-23T08:00:00.000Z' }] }),
        doc('c', 'one', 2, { access: { kind: 'staff' } }),
      ]),
    ).documents;
    expect([open!.restricted, groups!.restricted, staff!.restricted]).toEqual([false, true, true]);
    expect(groups!.previous).toEqual([sha('f')]);
  });
});

const recorded = (documentId: string, restricted = false, previous: string[] = []): RecordedDocument => ({
  documentId,
  sha256: sha(documentId[0]!),
  bytes: 1,
  restricted,
  version: 1,
  previous,
});
const record = (meetingId: string, status: MeetingRecord['status'], documents: RecordedDocument[]): MeetingRecord => ({
  meetingId,
  status,
  documents,
  opened: {},
  purgedAt: null,
  purgeReported: false,
});

describe('bytesToKeep and bytesToPurge', () => {
  it('keeps an earlier version only until the new one is verified', () => {
    const records = [record('m', 'published', [recorded('a', false, [sha('0')])])];
    expect(bytesToKeep(records, () => false)).toEqual(new Set([sha('a'), sha('0')]));
    expect(bytesToKeep(records, () => true)).toEqual(new Set([sha('a')]));
  });

  it("drops a closed meeting's restricted bytes unless another meeting has the same bytes open to all", () => {
    const closed = record('m', 'closed', [recorded('a'), recorded('b', true), recorded('c', true, [sha('9')])]);
    const other = record('n', 'published', [recorded('c')]);
    expect(bytesToPurge(closed, [closed, other]).sort()).toEqual([sha('9'), sha('b')]);
    expect(bytesToKeep([closed, other], () => true)).toEqual(new Set([sha('a'), sha('c')]));
    expect(bytesToPurge(closed, [closed]).sort()).toEqual([sha('b'), sha('c'), sha('9')].sort());
  });
});

describe("bytesToForget (a reader's session ended on a shared tablet)", () => {
  it.each<[string, MeetingRecord[], string[]]>([
    ['nothing restricted: nothing goes', [record('m', 'published', [recorded('a'), recorded('b')])], []],
    ["a group's or staff document goes, with its earlier versions", [record('m', 'published', [recorded('a'), recorded('b', true, [sha('0')])])], [sha('b'), sha('0')]],
    ['in every meeting the device remembers', [record('m', 'published', [recorded('b', true)]), record('n', 'closed', [recorded('c', true)])], [sha('b'), sha('c')]],
    ['unless the same bytes are open to all elsewhere', [record('m', 'published', [recorded('b', true)]), record('n', 'published', [recorded('b')])], []],
    ['an earlier version open to all now stays', [record('m', 'published', [recorded('b', true), recorded('0')]), record('n', 'published', [recorded('c', true, [sha('0')])])], [sha('b'), sha('c')]],
  ])('%s', (_, records, expected) => {
    expect(bytesToForget(records).sort()).toEqual(expected.sort());
  });

  it('leaves a meeting with what everyone may read, and forgets which restricted documents were opened', () => {
    const before = { ...record('m', 'published', [recorded('a'), recorded('b', true)]), opened: { a: 1, b: 2 } };
    expect(withoutRestricted(before)).toMatchObject({ documents: [recorded('a')], opened: { a: 1 } });
  });
});

describe('planFor (what the tablet preloads, from the hub state)', () => {
  const state = (session: HubState['session'], snap: MeetingSnapshot | null) => ({ session, meeting: snap ? { id: 'm', snapshot: snap, error: null } : null }) as HubState;
  const delegate = (meetingId: string) => ({ token: 't', role: 'delegate' as const, delegateId: 'p', meetingId, expiresAt: '2099-01-01T00:00:00.000Z' });
  it.each([
    ['nobody signed in: pause', null, snapshot([doc('a', 'one', 0)]), null],
    ['signed in, no meeting followed (home screen): carry on', delegate('m'), null, undefined],
    ["a delegate of another meeting: leave this one alone", delegate('other'), snapshot([doc('a', 'one', 0)]), undefined],
  ])('%s', (_, session, snap, expected) => {
    expect(planFor(state(session, snap))).toBe(expected);
  });
  it('a delegate of this meeting, or staff: the snapshot’s documents', () => {
    expect(planFor(state(delegate('m'), snapshot([doc('a', 'one', 0)])))?.documents.map((d) => d.documentId)).toEqual(['a']);
    const chair = { token: 't', role: 'chair' as const, delegateId: null, meetingId: null, expiresAt: '2099-01-01T00:00:00.000Z' };
    expect(planFor(state(chair, snapshot([doc('a', 'one', 0)])))?.meetingId).toBe('m');
  });
});
