import { describe, expect, it } from 'vitest';
import type { MeetingSnapshot } from '../../../shared/protocol/index.ts';
import { publishChecks, restrictedCount } from './publishChecks.ts';

const base: MeetingSnapshot = {
  revision: 1,
  meeting: { id: 'm', title: 'Kỳ họp', date: '2026-11-23', place: '', status: 'draft', currentItemId: null, currentSince: null, quorumRule: { kind: 'majority' } },
  agendaItems: [],
  documents: [],
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
const delegate = (id: string, group: string, seat: string) => ({ id, fullName: id, title: '', organisation: '', group, seat, badgeSerial: 0 });
const document = (id: string, access: MeetingSnapshot['documents'][number]['access']) => ({
  id,
  itemId: null,
  title: id,
  sha256: 'a'.repeat(64),
  pages: 1,
  bytes: 10,
  access,
  position: 0,
  version: 1,
  updatedAt: null,
  previousVersions: [],
});
const byId = (snapshot: MeetingSnapshot) => Object.fromEntries(publishChecks(snapshot).map((c) => [c.id, c]));

describe('publishChecks', () => {
  it('blocks an empty meeting: no agenda, no delegates', () => {
    const checks = byId(base);
    expect(checks.agenda).toMatchObject({ ok: false, required: true });
    expect(checks.delegates).toMatchObject({ ok: false, required: true });
    expect(checks.documents).toMatchObject({ ok: false, required: false });
    // No "0 delegates have no seat": nothing to fix while the list is empty.
    expect(checks.seats).toBeUndefined();
  });

  it('passes the seats once every delegate has one', () => {
    expect(byId({ ...base, delegates: [delegate('p1', '', 'A01')] }).seats).toMatchObject({ ok: true, values: { count: 0 } });
  });

  it('passes a prepared meeting and flags seats missing and groups nobody belongs to', () => {
    const snapshot: MeetingSnapshot = {
      ...base,
      agendaItems: [{ id: 'a', parentId: null, position: 0, title: 'Khai mạc', description: '', durationMinutes: null }],
      delegates: [delegate('p1', 'Đoàn Hà Nội', 'A01'), delegate('p2', 'Đoàn Huế', '')],
      documents: [document('d1', { kind: 'all' }), document('d2', { kind: 'groups', groups: ['Đoàn Huế', 'Đoàn Cà Mau'] }), document('d3', { kind: 'staff' })],
    };
    const checks = byId(snapshot);
    expect(checks.agenda!.ok && checks.delegates!.ok && checks.documents!.ok).toBe(true);
    expect(checks.seats).toMatchObject({ ok: false, values: { count: 1 } });
    expect(checks.groups).toMatchObject({ ok: false, values: { groups: 'Đoàn Cà Mau', count: 1 } });
    expect(restrictedCount(snapshot)).toBe(2);
  });
});
