import { describe, expect, it } from 'vitest';
import type { SyncLink } from './sync.ts';
import { AnnotationSync } from './sync.ts';
import { annotationsForgetHook, readableBy } from './forget.ts';
import { memoryShelf, type LocalAnnotation } from './local.ts';

const MAI = 'd-mai';
const BINH = 'd-binh';

function row(id: string, over: Partial<LocalAnnotation> = {}): LocalAnnotation {
  return {
    id,
    meetingId: 'm1',
    delegateId: MAI,
    documentId: 'secret',
    sha256: 'a'.repeat(64),
    itemId: null,
    kind: 'note',
    visibility: 'private',
    body: { page: 0, point: [0.5, 0.5], note: id },
    rev: 1,
    deleted: false,
    carried: null,
    updatedAt: '2026-12-07T01:00:00.000Z',
    seq: 1,
    pending: null,
    baseRev: 1,
    ...over,
  } as LocalAnnotation;
}

/** A hub link that answers puts as the hub would (applied, rev 1) and records them; or is away. */
function fakeLink(reachable: boolean) {
  const sent: string[] = [];
  let seq = 100;
  const link: SyncLink = {
    send: (async (name: string, input: { id: string; meetingId: string }) => {
      if (!reachable) throw new Error('disconnected');
      if (name === 'annotations.sync') return { annotations: [], cursor: seq };
      sent.push(input.id);
      return { applied: true, annotation: { ...row(input.id), ...input, rev: 1, seq: ++seq } };
    }) as SyncLink['send'],
    on: () => () => undefined,
  };
  return { link, sent };
}

async function scene(reachable: boolean) {
  const shelf = memoryShelf();
  for (const r of [
    row('synced-secret'),
    row('unsent-secret', { pending: 'put', seq: 0, rev: 0, baseRev: 0 }),
    row('synced-open', { documentId: 'open' }),
    row('other-meeting', { meetingId: 'm2' }),
  ])
    await shelf.put(r);
  const { link, sent } = fakeLink(reachable);
  const sync = new AnnotationSync(shelf, link);
  sync.setScope({ meetingId: 'm1', delegateId: MAI, online: reachable });
  return { shelf, sync, sent };
}

const ids = async (shelf: ReturnType<typeof memoryShelf>, meetingId = 'm1') => (await shelf.list(meetingId)).map((r) => r.id).sort();

describe('annotations when the preloader forgets a reader', () => {
  it('hub reachable: sends the outbox first, then deletes every annotation on a restricted document', async () => {
    const { shelf, sync, sent } = await scene(true);
    await annotationsForgetHook(sync, shelf)([{ meetingId: 'm1', restricted: ['secret'] }, { meetingId: 'm2', restricted: [] }]);
    expect(sent).toEqual(['unsent-secret']);
    expect(await ids(shelf)).toEqual(['synced-open']);
    expect(await ids(shelf, 'm2')).toEqual(['other-meeting']);
    expect(sync.all().map((r) => r.id)).toEqual(['synced-open']);
  });

  it('hub away: the unsent one stays on the device, bound to her; the sent ones on restricted documents go', async () => {
    const { shelf, sync, sent } = await scene(false);
    await annotationsForgetHook(sync, shelf)([{ meetingId: 'm1', restricted: ['secret'] }]);
    expect(sent).toEqual([]);
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
