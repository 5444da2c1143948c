import { describe, expect, it } from 'vitest';
import type { HallLayout } from '../../../shared/domain/hall.ts';
import { editSeat } from './layoutEdits.ts';

const layout: HallLayout = { blocks: [{ name: '', rows: [{ name: 'A', seats: ['A1', null, 'A2'] }] }, { name: '2', rows: [{ name: 'A', seats: ['A3'] }] }] };

describe('editing one seat of a layout', () => {
  it.each<[string, string, string | null, (string | null)[][]]>([
    ['renamed', 'A2', 'Thư ký', [['A1', null, 'Thư ký'], ['A3']]],
    ['removed: a gap', 'A1', null, [[null, null, 'A2'], ['A3']]],
    ['in another block', 'A3', null, [['A1', null, 'A2'], [null]]],
    ['a label not there: unchanged', 'Z9', 'x', [['A1', null, 'A2'], ['A3']]],
  ])('%s', (_, label, to, rows) => {
    expect(editSeat(layout, label, to).blocks.map((b) => b.rows[0]!.seats)).toEqual(rows);
  });

  it('leaves the layout it was given as it was', () => {
    editSeat(layout, 'A1', null);
    expect(layout.blocks[0]!.rows[0]!.seats).toEqual(['A1', null, 'A2']);
  });
});
