import { describe, expect, it } from 'vitest';
import type { PreloadReportDocument } from '../protocol/commands/preload.ts';
import type { DocumentAccess, MeetingDocument, MeetingStatus } from '../protocol/model.ts';
import type { Reader } from './access.ts';
import { summarisePreload, type PreloadDeviceFacts } from './preload.ts';

const sha = (c: string) => c.repeat(64);
const doc = (id: string, access: DocumentAccess, bytes: number, shaChar: string): MeetingDocument => ({
  id,
  itemId: null,
  title: `Tài liệu ${id}`,
  sha256: sha(shaChar),
  pages: 1,
  bytes,
  access,
  position: 0,
  version: 1,
  updatedAt: null,
  previousVersions: [],
});
const OPEN = doc('open', { kind: 'all' }, 1000, 'a');
const GROUP = doc('group', { kind: 'groups', groups: ['Thường trực'] }, 500, 'b');
const STAFF = doc('staff', { kind: 'staff' }, 200, 'c');
const DOCS = [OPEN, GROUP, STAFF];
const member: Reader = { role: 'delegate', group: 'Thường trực' };

const entry = (d: MeetingDocument, state: PreloadReportDocument['state'], bytesDone: number, extra: Partial<PreloadReportDocument> = {}): PreloadReportDocument => ({
  documentId: d.id,
  sha256: d.sha256,
  bytes: d.bytes,
  bytesDone,
  state,
  error: null,
  errorKind: null,
  ...extra,
});

const facts = (
  status: MeetingStatus,
  reader: Reader | null,
  documents: PreloadReportDocument[] | null,
  purgedAt: string | null = null,
): PreloadDeviceFacts => ({
  deviceId: 'tab-1',
  deviceName: 'Máy A01',
  delegateId: reader ? 'd1' : null,
  delegateName: reader ? 'Nguyễn Văn Hùng' : null,
  online: true,
  meetingStatus: status,
  documents: DOCS,
  reader,
  report: documents ? { documents, reportedAt: '2026-11-23T08:00:00.000Z', purgedAt } : null,
});

describe('a device preload summary', () => {
  it.each<[string, PreloadDeviceFacts, { total: number; done: number; bytesTotal: number; bytesDone: number; failed: string[]; mustPurge: boolean }]>([
    [
      'a signed-in delegate who has not reported: what they may fetch, queued',
      facts('published', member, null),
      { total: 2, done: 0, bytesTotal: 1500, bytesDone: 0, failed: [], mustPurge: false },
    ],
    [
      'halfway: one done, one downloading',
      facts('published', member, [entry(OPEN, 'done', 1000), entry(GROUP, 'downloading', 250)]),
      { total: 2, done: 1, bytesTotal: 1500, bytesDone: 1250, failed: [], mustPurge: false },
    ],
    [
      'a failure is listed with the title, the reason and its kind',
      facts('published', member, [entry(OPEN, 'done', 1000), entry(GROUP, 'failed', 100, { error: 'sha256 mismatch', errorKind: 'sha256' })]),
      { total: 2, done: 1, bytesTotal: 1500, bytesDone: 1100, failed: ['Tài liệu group (sha256): sha256 mismatch'], mustPurge: false },
    ],
    [
      'each failure keeps its own kind',
      facts('published', member, [
        entry(OPEN, 'failed', 0, { error: 'quota exceeded', errorKind: 'storage' }),
        entry(GROUP, 'failed', 0, { error: 'HTTP 403', errorKind: 'forbidden' }),
      ]),
      { total: 2, done: 0, bytesTotal: 1500, bytesDone: 0, failed: ['Tài liệu open (storage): quota exceeded', 'Tài liệu group (forbidden): HTTP 403'], mustPurge: false },
    ],
    [
      'a failure from a device that gave no kind has none',
      facts('published', member, [entry(GROUP, 'failed', 0, { error: 'checksum mismatch' })]),
      { total: 2, done: 0, bytesTotal: 1500, bytesDone: 0, failed: ['Tài liệu group (no kind): checksum mismatch'], mustPurge: false },
    ],
    [
      'a failure without a reason says so',
      facts('published', member, [entry(GROUP, 'failed', 0)]),
      { total: 2, done: 0, bytesTotal: 1500, bytesDone: 0, failed: ['Tài liệu group (no kind): no reason given'], mustPurge: false },
    ],
    [
      'an earlier version done is not the current one: still to fetch',
      facts('published', member, [entry(OPEN, 'done', 1000, { sha256: sha('9') }), entry(GROUP, 'done', 500)]),
      { total: 2, done: 1, bytesTotal: 1500, bytesDone: 500, failed: [], mustPurge: false },
    ],
    [
      'more bytes reported than the document has count as its size',
      facts('published', null, [entry(OPEN, 'downloading', 5000)]),
      { total: 1, done: 0, bytesTotal: 1000, bytesDone: 1000, failed: [], mustPurge: false },
    ],
    [
      'a document the meeting no longer holds is ignored',
      facts('published', null, [entry(OPEN, 'done', 1000), { ...entry(OPEN, 'done', 10), documentId: 'gone' }]),
      { total: 1, done: 1, bytesTotal: 1000, bytesDone: 1000, failed: [], mustPurge: false },
    ],
    [
      'closed: only open documents count, and restricted ones held must be purged',
      facts('closed', member, [entry(OPEN, 'done', 1000), entry(GROUP, 'done', 500)]),
      { total: 1, done: 1, bytesTotal: 1000, bytesDone: 1000, failed: [], mustPurge: true },
    ],
    [
      'closed and purged',
      facts('closed', member, [entry(OPEN, 'done', 1000), entry(GROUP, 'done', 500)], '2026-11-23T12:00:00.000Z'),
      { total: 1, done: 1, bytesTotal: 1000, bytesDone: 1000, failed: [], mustPurge: false },
    ],
    [
      'closed, a restricted document never finished: nothing to purge',
      facts('closed', member, [entry(OPEN, 'done', 1000), entry(GROUP, 'downloading', 10)]),
      { total: 1, done: 1, bytesTotal: 1000, bytesDone: 1000, failed: [], mustPurge: false },
    ],
    [
      'closed, only open documents held: nothing to purge',
      facts('closed', null, [entry(OPEN, 'done', 1000)]),
      { total: 1, done: 1, bytesTotal: 1000, bytesDone: 1000, failed: [], mustPurge: false },
    ],
    [
      'published, restricted documents held: no purge yet',
      facts('published', member, [entry(GROUP, 'done', 500)]),
      { total: 2, done: 1, bytesTotal: 1500, bytesDone: 500, failed: [], mustPurge: false },
    ],
  ])('%s', (_, input, expected) => {
    const row = summarisePreload(input);
    expect({
      total: row.documentsTotal,
      done: row.documentsDone,
      bytesTotal: row.bytesTotal,
      bytesDone: row.bytesDone,
      failed: row.failed.map((f) => `${f.title} (${f.kind ?? 'no kind'}): ${f.error}`),
      mustPurge: row.mustPurge,
    }).toEqual(expected);
  });

  it('carries who and when through', () => {
    const row = summarisePreload(facts('closed', member, [entry(GROUP, 'done', 500)], '2026-11-23T12:00:00.000Z'));
    expect(row).toMatchObject({
      deviceId: 'tab-1',
      deviceName: 'Máy A01',
      delegateId: 'd1',
      delegateName: 'Nguyễn Văn Hùng',
      online: true,
      reportedAt: '2026-11-23T08:00:00.000Z',
      purgedAt: '2026-11-23T12:00:00.000Z',
    });
    expect(summarisePreload(facts('published', member, null)).reportedAt).toBeNull();
  });
});
