import { describe, expect, it } from 'vitest';
import type { PreloadDevice } from '../../../shared/protocol/index.ts';
import { deviceLabel, isComplete, summarisePreload } from './summary.ts';

const device = (deviceId: string, extra: Partial<PreloadDevice> = {}): PreloadDevice => ({
  deviceId,
  deviceName: `Tablet ${deviceId}`,
  delegateId: null,
  delegateName: null,
  online: true,
  documentsTotal: 4,
  documentsDone: 4,
  bytesTotal: 4_000,
  bytesDone: 4_000,
  failed: [],
  reportedAt: '2026-11-23T02:00:00.000Z',
  purgedAt: null,
  forgottenAt: null,
  mustPurge: false,
  ...extra,
});

describe('isComplete', () => {
  it.each([
    [{ documentsTotal: 4, documentsDone: 4 }, true],
    [{ documentsTotal: 4, documentsDone: 3 }, false],
    [{ documentsTotal: 0, documentsDone: 0 }, false], // signed in, nothing reported yet
  ])('%o → %s', (extra, expected) => expect(isComplete(device('t', extra))).toBe(expected));
});

describe('deviceLabel', () => {
  it.each([
    [{ delegateName: 'Lê Thị Mai' }, 'Lê Thị Mai'],
    [{}, 'Tablet t'],
    [{ deviceName: '' }, 't'],
  ])('%o → %s', (extra, expected) => expect(deviceLabel(device('t', extra))).toBe(expected));
});

describe('summarisePreload', () => {
  it('is all zeros without devices', () => {
    expect(summarisePreload([])).toEqual({ total: 0, complete: 0, bytesDone: 0, bytesTotal: 0, percent: 0, failed: [], offline: [], unpurged: [], purged: 0 });
  });

  it('counts complete devices, adds bytes and lists the failed, offline and unpurged ones', () => {
    const failing = device('b', { documentsDone: 3, bytesDone: 3_000, failed: [{ documentId: 'd1', title: 'Báo cáo', error: 'sha256 does not match', kind: 'sha256' }] });
    const away = device('c', { online: false, documentsDone: 1, bytesDone: 999 });
    const closing = device('d', { mustPurge: true });
    const purged = device('e', { purgedAt: '2026-11-23T05:00:00.000Z' });
    const summary = summarisePreload([failing, device('a'), away, closing, purged]);
    expect(summary).toMatchObject({ total: 5, complete: 3, bytesDone: 15_999, bytesTotal: 20_000, percent: 79, purged: 1 });
    expect(summary.failed).toEqual([failing]);
    expect(summary.offline).toEqual([away]);
    expect(summary.unpurged).toEqual([closing]);
  });

  it('says 100% only when every byte is there', () => {
    expect(summarisePreload([device('a', { bytesDone: 9_999, bytesTotal: 10_000 })]).percent).toBe(99);
    expect(summarisePreload([device('a')]).percent).toBe(100);
  });
});
