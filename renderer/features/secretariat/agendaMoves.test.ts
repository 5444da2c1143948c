import { describe, expect, it } from 'vitest';
import type { AgendaItem } from '../../../shared/protocol/index.ts';
import { placeItem } from '../../../shared/domain/agenda.ts';
import { agendaView } from '../agenda/useAgenda.ts';
import { planMove, type MoveKind } from './agendaMoves.ts';

const item = (id: string, parentId: string | null, position: number): AgendaItem => ({
  id,
  parentId,
  position,
  title: id,
  description: '',
  durationMinutes: null,
});

// 1 a, 2 b (2.1 b1, 2.2 b2), 3 c
const items = [item('a', null, 0), item('b', null, 1), item('c', null, 2), item('b1', 'b', 0), item('b2', 'b', 1)];

describe('planMove', () => {
  it('moves up and down among siblings, not past the ends', () => {
    expect(planMove(items, 'b', 'up')).toEqual({ parentId: null, position: 0 });
    expect(planMove(items, 'b', 'down')).toEqual({ parentId: null, position: 2 });
    expect(planMove(items, 'a', 'up')).toBeNull();
    expect(planMove(items, 'c', 'down')).toBeNull();
    expect(planMove(items, 'b2', 'up')).toEqual({ parentId: 'b', position: 0 });
  });

  it('indents under the item above, as its last child', () => {
    expect(planMove(items, 'c', 'indent')).toEqual({ parentId: 'b', position: 2 });
    expect(planMove(items, 'b', 'indent')).toEqual({ parentId: 'a', position: 0 });
    expect(planMove(items, 'a', 'indent')).toBeNull();
    expect(planMove(items, 'b1', 'indent')).toBeNull();
  });

  it('outdents to just after the parent', () => {
    expect(planMove(items, 'b1', 'outdent')).toEqual({ parentId: null, position: 2 });
    expect(planMove(items, 'a', 'outdent')).toBeNull();
  });

  it('knows nothing of unknown items', () => {
    expect(planMove(items, 'zz', 'up')).toBeNull();
  });
});

describe('planMove against the hub’s placeItem', () => {
  const order = (list: readonly AgendaItem[]) =>
    agendaView(list, null).rows.map((r) => `${r.number}:${r.item.id}`).join(' ');
  const apply = (list: readonly AgendaItem[], id: string, kind: MoveKind) => {
    const target = planMove(list, id, kind);
    if (!target) throw new Error('no move');
    const moved = placeItem(list, list.find((i) => i.id === id)!, target.parentId, target.position);
    const byId = new Map(list.map((i) => [i.id, i]));
    for (const m of moved) byId.set(m.id, m);
    return [...byId.values()];
  };

  it('does what each button says', () => {
    expect(order(apply(items, 'b', 'down'))).toBe('1:a 2:c 3:b 3.1:b1 3.2:b2');
    expect(order(apply(items, 'b', 'up'))).toBe('1:b 1.1:b1 1.2:b2 2:a 3:c');
    expect(order(apply(items, 'c', 'indent'))).toBe('1:a 2:b 2.1:b1 2.2:b2 2.3:c');
    expect(order(apply(items, 'b1', 'outdent'))).toBe('1:a 2:b 2.1:b2 3:b1 4:c');
  });
});
