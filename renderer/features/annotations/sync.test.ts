import { describe, expect, it } from 'vitest';
import { AnnotationSync } from './sync.ts';
import { memoryShelf } from './local.ts';
import { annotationRow, fakeHubLink } from './testing.ts';

const SCOPE = { meetingId: 'm1', delegateId: 'd-mai' };
const fresh = (id: string, note = id) => annotationRow(id, { rev: 0, seq: 0, pending: 'put', baseRev: 0, body: { page: 0, points: [[0.5, 0.5]], note } });
const puts = (hub: ReturnType<typeof fakeHubLink>) => hub.sent.filter((s) => s.name !== 'annotations.sync').map((s) => [s.name, s.id, s.baseRev]);

async function setup(online: boolean) {
  const shelf = memoryShelf();
  const hub = fakeHubLink();
  hub.state.reachable = online;
  const sync = new AnnotationSync(shelf, hub.link);
  sync.setScope({ ...SCOPE, online });
  return { shelf, hub, sync };
}

describe('AnnotationSync', () => {
  it('keeps a change made with the hub away on the device, and sends it once when the hub is back', async () => {
    const { shelf, hub, sync } = await setup(false);
    await sync.write(fresh('a'));
    expect((await shelf.get('a'))?.pending).toBe('put');
    sync.setScope({ ...SCOPE, online: true });
    hub.state.reachable = true;
    await sync.kick();
    await sync.kick();
    expect(puts(hub)).toEqual([['annotations.put', 'a', 0]]);
    expect(await shelf.get('a')).toMatchObject({ pending: null, rev: 1, baseRev: 1 });
    expect(hub.rows.size).toBe(1);
  });

  it('sends the same id and base revision again after a drop: the hub makes it once', async () => {
    const { shelf, hub, sync } = await setup(true);
    hub.state.reachable = false;
    await sync.write(fresh('a'));
    await sync.kick();
    hub.state.reachable = true;
    await sync.kick();
    expect(puts(hub)).toEqual([['annotations.put', 'a', 0]]);
    expect(hub.rows.get('a')?.rev).toBe(1);
    expect((await shelf.get('a'))?.pending).toBeNull();
  });

  it('an edit made while the first put travels goes next, on the revision the hub gave', async () => {
    const { shelf, hub, sync } = await setup(true);
    let release!: () => void;
    hub.state.hold = new Promise<void>((resolve) => (release = resolve));
    await sync.write(fresh('a', 'first'));
    await sync.write({ ...fresh('a', 'second') });
    release();
    await sync.kick();
    await sync.kick();
    expect(puts(hub)).toEqual([
      ['annotations.put', 'a', 0],
      ['annotations.put', 'a', 1],
    ]);
    expect(hub.rows.get('a')).toMatchObject({ rev: 2, body: { note: 'second' } });
    expect(await shelf.get('a')).toMatchObject({ pending: null, rev: 2 });
  });

  it('a removal of one the hub never had leaves nothing and sends nothing; of one it had, a tombstone', async () => {
    const { shelf, hub, sync } = await setup(true);
    await sync.write(annotationRow('never', { pending: 'remove', baseRev: 0, rev: 0, seq: 0 }));
    expect(await shelf.get('never')).toBeUndefined();
    await sync.write(fresh('kept'));
    await sync.kick();
    await sync.write({ ...(await shelf.get('kept'))!, pending: 'remove' });
    await sync.kick();
    expect(puts(hub)).toEqual([
      ['annotations.put', 'kept', 0],
      ['annotations.remove', 'kept', 1],
    ]);
    expect(hub.rows.get('kept')).toMatchObject({ deleted: true, rev: 2 });
  });
});
