import { describe, expect, it } from 'vitest';
import type { AgendaItem } from '../../../shared/protocol/index.ts';
import { placeItem } from '../../../shared/domain/agenda.ts';
import { agendaView } from '../agenda/useAgenda.ts';
import { planMove, projectDrop, withoutDescendants, type FlatRow, type MoveKind } from './agendaMoves.ts';

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

describe('projectDrop (drag and drop in the agenda tree)', () => {
  // a, b (b1, b2), c, as the editor shows them
  const rows: FlatRow[] = [
    { id: 'a', parentId: null, depth: 0 },
    { id: 'b', parentId: null, depth: 0 },
    { id: 'b1', parentId: 'b', depth: 1 },
    { id: 'b2', parentId: 'b', depth: 1 },
    { id: 'c', parentId: null, depth: 0 },
  ];
  const numbersAfter = (activeId: string, target: { parentId: string | null; position: number }) => {
    const moved = placeItem(items, items.find((i) => i.id === activeId)!, target.parentId, target.position);
    const after = items.map((i) => moved.find((m) => m.id === i.id) ?? i);
    return Object.fromEntries(agendaView(after, null).rows.map((node) => [node.item.id, node.number]));
  };

  it.each([
    ['c onto a: first', 'c', 'a', 0, { parentId: null, position: 0, depth: 0 }, { c: '1', a: '2', b: '3', b1: '3.1' }],
    ['a onto c: last', 'a', 'c', 0, { parentId: null, position: 2, depth: 0 }, { b: '1', c: '2', a: '3' }],
    ['c one step right: last sub-item of b', 'c', 'c', 1, { parentId: 'b', position: 2, depth: 1 }, { c: '2.3' }],
    ['c two steps right: under b2', 'c', 'c', 2, { parentId: 'b2', position: 0, depth: 2 }, { c: '2.2.1' }],
    ['c far right: no deeper than one below the row above', 'c', 'c', 9, { parentId: 'b2', position: 0, depth: 2 }, { c: '2.2.1' }],
    ['b2 one step left: after b', 'b2', 'b2', -1, { parentId: null, position: 2, depth: 0 }, { b2: '3', c: '4' }],
    ['a between b1 and b2: takes the depth of the rows around', 'a', 'b1', 0, { parentId: 'b', position: 1, depth: 1 }, { b: '1', b1: '1.1', a: '1.2', b2: '1.3' }],
    ['b with its sub-items onto c', 'b', 'c', 0, { parentId: null, position: 2, depth: 0 }, { c: '2', b: '3', b1: '3.1', b2: '3.2' }],
  ])('%s', (_name, active, over, levels, expected, numbers) => {
    const target = projectDrop(rows, active, over, levels);
    expect(target).toEqual(expected);
    expect(numbersAfter(active, target!)).toMatchObject(numbers);
  });

  it('is null when the item would stay where it is', () => {
    expect(projectDrop(rows, 'b', 'b', 0)).toBeNull();
    // b1 cannot leave b while b2 stays under it: the row below keeps its parent
    expect(projectDrop(rows, 'b1', 'b1', -1)).toBeNull();
    expect(projectDrop(rows, 'a', 'a', 1)).toBeNull(); // nothing above to nest under
    expect(projectDrop(rows, 'x', 'a', 0)).toBeNull();
  });

  it('hides the sub-items of the dragged item', () => {
    expect(withoutDescendants(rows, 'b').map((r) => r.id)).toEqual(['a', 'b', 'c']);
  });
});
