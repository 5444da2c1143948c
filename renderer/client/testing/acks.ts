import type { MeetingSnapshot } from '../../../shared/protocol/index.ts';

// Acks and pushes as the hub sends them, for the client's tests.

export const ok = (data: unknown, revision: number | null = null) => ({ ok: true, revision, data });

export function snapshot(revision: number, currentItemId: string | null = null): MeetingSnapshot {
  return {
    revision,
    meeting: { id: 'demo', title: 'Kỳ họp', date: '2025-03-01', place: 'Hội trường', status: 'published', currentItemId, currentSince: null, quorumRule: { kind: 'majority' } },
    agendaItems: [
      { id: 'a', parentId: null, position: 0, title: 'Khai mạc', description: '', durationMinutes: null },
      { id: 'b', parentId: null, position: 1, title: 'Báo cáo', description: '', durationMinutes: 30 },
    ],
    documents: [],
    delegates: [],
    attendance: [],
    quorum: { rule: { kind: 'majority' }, members: 0, present: 0, required: 1, missing: 1, reached: false },
    motions: [],
    elections: [],
    ballotCounts: [],
    speeches: [],
    itemTimes: [],
    speakingLimits: { id: 'demo', meetingSeconds: null, items: {} },
    announcements: [],
    presentation: { id: 'demo', documentId: null, page: null, access: null, hidden: false, since: null },
  };
}

export const setCurrent = (revision: number, itemId: string | null) => ({
  meetingId: 'demo',
  fromRevision: revision,
  revision,
  changes: [{ collection: 'meeting', id: 'demo', value: { ...snapshot(0).meeting, currentItemId: itemId } }],
});

export async function flush(): Promise<void> {
  for (let i = 0; i < 10; i++) await Promise.resolve();
}
