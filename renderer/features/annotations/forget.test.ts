import { describe, expect, it } from 'vitest';
import { AnnotationSync } from './sync.ts';
import { annotationRow, fakeHubLink } from './testing.ts';
import { annotationsForgetHook } from './forget.ts';
import { readableBy } from './local.ts';
import { memoryShelf } from './local.ts';

const MAI = 'd-mai';
const BINH = 'd-binh';

const row = annotationRow;

async function scene(reachable: boolean) {
  const shelf = memoryShelf();
  for (const r of [
    row('synced-secret'),
    row('unsent-secret', { pending: 'put', seq: 0, rev: 0, baseRev: 0 }),
    row('synced-open', { documentId: 'open' }),
    row('other-meeting', { meetingId: 'm2' }),
  ])
    await shelf.put(r);
  const hub = fakeHubLink();
  hub.state.reachable = reachable;
  const sent = () => hub.sent.filter((s) => s.name === 'annotations.put').map((s) => s.id);
  const sync = new AnnotationSync(shelf, hub.link);
  sync.setScope({ meetingId: 'm1', delegateId: MAI, online: reachable });
  return { shelf, sync, sent };
}

const ids = async (shelf: ReturnType<typeof memoryShelf>, meetingId = 'm1') => (await shelf.list(meetingId)).map((r) => r.id).sort();

describe('annotations when the preloader forgets a reader', () => {
  it('hub reachable: sends the outbox first, then deletes every annotation on a restricted document', async () => {
    const { shelf, sync, sent } = await scene(true);
    await annotationsForgetHook(sync, shelf)([{ meetingId: 'm1', restricted: ['secret'] }, { meetingId: 'm2', restricted: [] }]);
    expect(sent()).toEqual(['unsent-secret']);
    expect(await ids(shelf)).toEqual(['synced-open']);
    expect(await ids(shelf, 'm2')).toEqual(['other-meeting']);
    expect(sync.all().map((r) => r.id)).toEqual(['synced-open']);
  });

  it('hub away: the unsent one stays on the device, bound to her; the sent ones on restricted documents go', async () => {
    const { shelf, sync, sent } = await scene(false);
    await annotationsForgetHook(sync, shelf)([{ meetingId: 'm1', restricted: ['secret'] }]);
    expect(sent()).toEqual([]);
    expect(await ids(shelf)).toEqual(['synced-open', 'unsent-secret']);
    // The next reader of this tablet sees none of hers: not the unsent one, not her private one on an open document.
    sync.setScope({ meetingId: 'm1', delegateId: BINH, online: false });
    await new Promise((r) => setTimeout(r, 0));
    expect(sync.all()).toEqual([]);
  });

  it.each([
    ['her own, private and unsent', row('a', { pending: 'put' }), MAI, true],
    ["another's, private", row('a'), BINH, false],
    ["another's, shared with the chair", row('a', { visibility: 'chair' }), BINH, false],
    ["another's, shared with everyone and at the hub", row('a', { visibility: 'everyone' }), BINH, true],
    ["another's, shared with everyone but unsent", row('a', { visibility: 'everyone', pending: 'put' }), BINH, false],
  ])('readable by the reader: %s', (_name, annotation, reader, readable) => {
    expect(readableBy(reader)(annotation)).toBe(readable);
  });
});
