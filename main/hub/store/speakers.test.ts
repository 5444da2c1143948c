import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from './store.ts';

const at = (minute: number, second = 0) => `2026-12-07T09:${String(minute).padStart(2, '0')}:${String(second).padStart(2, '0')}.000Z`;

describe('the floor in the store', () => {
  const dir = mkdtempSync(join(tmpdir(), 'roundtable-speakers-'));
  const store = openStore(join(dir, 'roundtable.db'));
  afterAll(() => {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  });
  store.insertMeeting({ id: 'm', title: 'M', date: '2026-12-07', place: '', status: 'published', currentItemId: null, currentSince: null, quorumRule: { kind: 'majority' } }, at(0));

  it('sums each item\'s stretches as the current item to the second, and says since when the running one runs', () => {
    store.startItemStretch('m', 'i1', at(0));
    expect(store.endItemStretch('m', at(5, 30))).toBe('i1');
    store.startItemStretch('m', 'i2', at(5, 30));
    expect(store.endItemStretch('m', at(7))).toBe('i2');
    store.startItemStretch('m', 'i1', at(7));
    expect(store.itemTimes('m')).toEqual([
      { id: 'i1', spentSeconds: 330, since: at(7) },
      { id: 'i2', spentSeconds: 90, since: null },
    ]);
    expect(store.endItemStretch('m', at(8))).toBe('i1');
    expect(store.getItemTime('m', 'i1')).toEqual({ id: 'i1', spentSeconds: 390, since: null });
    expect(store.endItemStretch('m', at(9))).toBeNull();
    expect(store.getItemTime('m', 'never')).toBeNull();
  });

  it('keeps the meeting\'s limit apart from each item\'s, and drops one set to none', () => {
    store.setSpeakingLimit('m', null, 120);
    store.setSpeakingLimit('m', 'i1', 60);
    store.setSpeakingLimit('m', 'i1', 90);
    expect(store.speakingLimits('m')).toEqual({ id: 'm', meetingSeconds: 120, items: { i1: 90 } });
    store.setSpeakingLimit('m', null, null);
    expect(store.speakingLimits('m')).toEqual({ id: 'm', meetingSeconds: null, items: { i1: 90 } });
  });

  it('keeps an announcement taken down for the record, out of what screens read', () => {
    store.putAnnouncement('m', { id: 'a1', text: 'Giải lao', onProjector: true, postedAt: at(10), postedBy: 'chair' });
    expect(store.announcements('m')).toEqual([{ id: 'a1', text: 'Giải lao', onProjector: true, postedAt: at(10), postedBy: 'chair' }]);
    store.removeAnnouncement('m', 'a1', at(11));
    expect(store.announcements('m')).toEqual([]);
    expect(store.getAnnouncement('m', 'a1')).toBeNull();
  });

  it('reads a speech with its delegate\'s name and seat as the list has them now, and its point-of-order flag', () => {
    store.putDelegate('m', { id: 'd1', fullName: 'Nguyễn Văn An', title: '', organisation: '', group: '', seat: '12', badgeSerial: 0 });
    const speech = {
      id: 's1', delegateId: 'd1', name: '', seat: '', itemId: 'i1', kind: 'pointOfOrder' as const, status: 'waiting' as const, position: 0,
      requestedAt: at(12), requestedBy: 'delegate' as const, startedAt: null, endedAt: null, limitSeconds: null,
    };
    store.putSpeech('m', speech);
    expect(store.getSpeech('m', 's1')).toEqual({ ...speech, name: 'Nguyễn Văn An', seat: '12' });
    store.putSpeech('m', { ...speech, status: 'speaking', position: null, startedAt: at(13), limitSeconds: 60 });
    expect(store.speeches('m')).toEqual([expect.objectContaining({ id: 's1', status: 'speaking', kind: 'pointOfOrder', startedAt: at(13), limitSeconds: 60 })]);
  });
});
