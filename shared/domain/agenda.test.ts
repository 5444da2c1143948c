import { describe, expect, it } from 'vitest';
import type { AgendaItem } from '../protocol/model.ts';
import { agendaNumbers, closeGaps, neighbourItems, placeItem, subtreeIds } from './agenda.ts';

const item = (id: string, parentId: string | null, position: number): AgendaItem => ({
  id, parentId, position, title: id, description: '', durationMinutes: null,
});

// 1 a, 2 b (2.1 b1, 2.2 b2 (2.2.1 b2x)), 3 c
const AGENDA = [item('a', null, 0), item('b', null, 1), item('b1', 'b', 0), item('b2', 'b', 1), item('b2x', 'b2', 0), item('c', null, 2)];

describe('agenda numbering', () => {
  it.each([
    ['a', '1'],
    ['b', '2'],
    ['b1', '2.1'],
    ['b2', '2.2'],
    ['b2x', '2.2.1'],
    ['c', '3'],
  ])('numbers %s as %s', (id, number) => {
    expect(agendaNumbers(AGENDA).get(id)).toBe(number);
  });

  it('numbers by position, not by the order items arrive in', () => {
    const shuffled = [AGENDA[5]!, AGENDA[3]!, AGENDA[0]!, AGENDA[4]!, AGENDA[2]!, AGENDA[1]!];
    expect(agendaNumbers(shuffled)).toEqual(agendaNumbers(AGENDA));
  });

  it('shows an item whose parent is gone at the top level rather than losing it', () => {
    expect(agendaNumbers([item('x', null, 0), item('orphan', 'gone', 5)]).get('orphan')).toBe('2');
  });
});

describe('neighbours in reading order', () => {
  it.each([
    [null, null, 'a'],
    ['a', null, 'b'],
    ['b', 'a', 'b1'],
    ['b2x', 'b2', 'c'],
    ['c', 'b2x', null],
    ['unknown', null, 'a'],
  ])('around %s: previous %s, next %s', (id, previous, next) => {
    expect(neighbourItems(AGENDA, id)).toEqual({ previous, next });
  });
});

describe('subtrees', () => {
  it.each([
    ['b', ['b', 'b1', 'b2', 'b2x']],
    ['b2', ['b2', 'b2x']],
    ['c', ['c']],
  ])('%s holds %j', (id, ids) => {
    expect([...subtreeIds(AGENDA, id)].sort()).toEqual([...ids].sort());
  });
});

describe('placing an item keeps positions dense', () => {
  const places = (changed: AgendaItem[]) => Object.fromEntries(changed.map((i) => [i.id, `${i.parentId ?? '-'}:${i.position}`]));

  it.each<[string, AgendaItem, string | null, number, Record<string, string>]>([
    ['a new item at the end', item('n', null, 0), null, 99, { n: '-:3' }],
    ['a new item first', item('n', null, 0), null, 0, { n: '-:0', a: '-:1', b: '-:2', c: '-:3' }],
    ['an item down among its siblings', AGENDA[0]!, null, 2, { a: '-:2', b: '-:0', c: '-:1' }],
    ['an item into another parent', AGENDA[5]!, 'b', 1, { c: 'b:1', b2: 'b:2' }],
    ['a sub-item out to the top level', AGENDA[2]!, null, 0, { b1: '-:0', a: '-:1', b: '-:2', c: '-:3', b2: 'b:0' }],
    ['an item to where it already is', AGENDA[1]!, null, 1, {}],
  ])('%s', (_, moved, parentId, position, expected) => {
    expect(places(placeItem(AGENDA, moved, parentId, position))).toEqual(expected);
  });

  it('closes the gaps left by removed items', () => {
    const remaining = AGENDA.filter((i) => i.id !== 'a' && i.id !== 'b1');
    expect(Object.fromEntries(closeGaps(remaining).map((i) => [i.id, i.position]))).toEqual({ b: 0, c: 1, b2: 0 });
  });
});
