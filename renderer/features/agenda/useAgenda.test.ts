import { describe, expect, it } from 'vitest';
import type { AgendaItem } from '../../../shared/protocol/index.ts';
import { agendaView } from './useAgenda.ts';

const item = (id: string, parentId: string | null, position: number): AgendaItem => ({
  id,
  parentId,
  position,
  title: id,
  description: '',
  durationMinutes: null,
});

describe('agendaView', () => {
  const items = [item('b', null, 1), item('a', null, 0), item('b2', 'b', 1), item('b1', 'b', 0)];

  it('numbers items in reading order and finds the neighbours of the current one', () => {
    const view = agendaView(items, 'b1');
    expect(view.rows.map((r) => `${r.number}:${r.item.id}`)).toEqual(['1:a', '2:b', '2.1:b1', '2.2:b2']);
    expect(view.current?.number).toBe('2.1');
    expect(view.previous?.item.id).toBe('b');
    expect(view.next?.item.id).toBe('b2');
  });

  it('offers the first item as next when nothing is current', () => {
    const view = agendaView(items, null);
    expect(view.current).toBeNull();
    expect(view.previous).toBeNull();
    expect(view.next?.item.id).toBe('a');
  });
});
