import { describe, expect, it } from 'vitest';
import { HALL_LIMITS, checkLayout, compareRows, gridLayout, layoutFromSeats, parseSeatLabel, placeLayout, rowName, seatLabels, widescreenRow, type HallLayout, type HallProblem } from './hall.ts';

describe('a seat label read as block, row and number', () => {
  it.each<[string, ReturnType<typeof parseSeatLabel>]>([
    ['12', { block: '', row: '', number: 12 }],
    ['0012', { block: '', row: '', number: 12 }],
    ['A12', { block: '', row: 'A', number: 12 }],
    ['a12', { block: '', row: 'A', number: 12 }],
    ['B-03', { block: '', row: 'B', number: 3 }],
    ['B 03', { block: '', row: 'B', number: 3 }],
    ['AA7', { block: '', row: 'AA', number: 7 }],
    ['Đ5', { block: '', row: 'Đ', number: 5 }],
    ['T1-A12', { block: 'T1', row: 'A', number: 12 }],
    ['T1-A-12', { block: 'T1', row: 'A', number: 12 }],
    ['Trái/C4', { block: 'TRÁI', row: 'C', number: 4 }],
    ['3-12', { block: '', row: '3', number: 12 }],
    ['K2.3.12', { block: 'K2', row: '3', number: 12 }],
    ['  A12  ', { block: '', row: 'A', number: 12 }],
    ['', null],
    ['   ', null],
    ['0', null],
    ['A0', null],
    ['12A', null],
    ['Ghế chủ tọa', null],
    ['A', null],
    ['A12345', null],
  ])('%j', (label, expected) => {
    expect(parseSeatLabel(label)).toEqual(expected);
  });
});

describe('row names in hall order', () => {
  it.each<[string, string, number]>([
    ['A', 'B', -1],
    ['Z', 'AA', -1],
    ['2', '10', -1],
    ['B', '1', -1],
    ['C', 'C', 0],
  ])('%s before %s: %i', (a, b, sign) => {
    expect(Math.sign(compareRows(a, b))).toBe(sign);
  });

  it.each<[number, string]>([
    [0, 'A'],
    [25, 'Z'],
    [26, 'AA'],
    [27, 'AB'],
    [51, 'AZ'],
    [52, 'BA'],
  ])('row %i is %s', (i, name) => {
    expect(rowName(i)).toBe(name);
  });
});

describe('a layout from the seats of a delegate list', () => {
  it.each<[string, string[], HallLayout, string[]]>([
    [
      'lettered rows, seat N in column N, gaps where numbers are missing',
      ['A1', 'A2', 'A4', 'B-01', 'B-02'],
      { blocks: [{ name: '', rows: [{ name: 'A', seats: ['A1', 'A2', null, 'A4'] }, { name: 'B', seats: ['B-01', 'B-02'] }] }] },
      [],
    ],
    [
      'rows sorted, Z before AA',
      ['AA1', 'B1', 'A1', 'Z1'],
      { blocks: [{ name: '', rows: ['A', 'B', 'Z', 'AA'].map((r) => ({ name: r, seats: [`${r}1`] })) }] },
      [],
    ],
    [
      'numbers from the lowest of the block (A101 is the first column)',
      ['A101', 'A103', 'B102'],
      { blocks: [{ name: '', rows: [{ name: 'A', seats: ['A101', null, 'A103'] }, { name: 'B', seats: [null, 'B102'] }] }] },
      [],
    ],
    [
      'blocks side by side',
      ['T2-A1', 'T1-A1', 'T1-A2'],
      { blocks: [{ name: 'T1', rows: [{ name: 'A', seats: ['T1-A1', 'T1-A2'] }] }, { name: 'T2', rows: [{ name: 'A', seats: ['T2-A1'] }] }] },
      [],
    ],
    [
      'bare numbers in rows of the given length',
      ['1', '2', '3', '5'],
      { blocks: [{ name: '', rows: [{ name: '1', seats: ['1', '2'] }, { name: '2', seats: ['3'] }, { name: '3', seats: ['5'] }] }] },
      [],
    ],
    [
      'unreadable labels and a place given twice at the back, in a block "?"',
      ['A1', 'A-1', 'Ghế chủ tọa', '', '  '],
      { blocks: [{ name: '', rows: [{ name: 'A', seats: ['A1'] }] }, { name: '?', rows: [{ name: '?', seats: ['A-1', 'Ghế chủ tọa'] }] }] },
      ['A-1', 'Ghế chủ tọa'],
    ],
    ['no seats', ['', ' '], { blocks: [] }, []],
  ])('%s', (_, labels, layout, unreadable) => {
    const made = layoutFromSeats(labels, 2);
    expect(made.layout).toEqual(layout);
    expect(made.unreadable).toEqual(unreadable);
  });

  it('1,500 bare numbers make 60 rows of 25, every seat once', () => {
    const labels = Array.from({ length: 1500 }, (_, i) => String(i + 1));
    const { layout, unreadable } = layoutFromSeats(labels, 25);
    expect(unreadable).toEqual([]);
    expect(layout.blocks[0]!.rows).toHaveLength(60);
    // Without a row length, a widescreen hall: rows of 50.
    expect(layoutFromSeats(labels).layout.blocks[0]!.rows).toHaveLength(30);
    expect(new Set(seatLabels(layout))).toEqual(new Set(labels));
    expect(checkLayout(layout)).toEqual([]);
  });

  it('closes up a block whose numbers span more than a row holds', () => {
    const { layout } = layoutFromSeats(['A1', 'A500'], 25);
    expect(layout.blocks[0]!.rows[0]!.seats).toEqual(['A1', 'A500']);
  });
});

describe('a grid drawn by the secretariat', () => {
  it('letters rows and numbers seats across the whole row', () => {
    const layout = gridLayout({ blocks: 2, rows: 2, seatsPerRow: 3 });
    expect(layout.blocks.map((b) => b.name)).toEqual(['1', '2']);
    expect(layout.blocks[1]!.rows[1]).toEqual({ name: 'B', seats: ['B4', 'B5', 'B6'] });
    expect(checkLayout(layout)).toEqual([]);
  });

  it.each<[number, number]>([
    [1500, 50],
    [100, 15],
    [12, 10],
    [5000, 60],
  ])('rows of bare numbers for %i seats: %i', (seats, perRow) => {
    expect(widescreenRow(seats)).toBe(perRow);
  });

  it('puts an aisle after every so many seats, none at the end of a row', () => {
    expect(gridLayout({ blocks: 1, rows: 1, seatsPerRow: 5, aisleEvery: 2 }).blocks[0]!.rows[0]!.seats).toEqual(['A1', 'A2', null, 'A3', 'A4', null, 'A5']);
    expect(gridLayout({ blocks: 1, rows: 1, seatsPerRow: 4, aisleEvery: 2 }).blocks[0]!.rows[0]!.seats).toEqual(['A1', 'A2', null, 'A3', 'A4']);
  });

  it('leaves one block unnamed', () => {
    expect(gridLayout({ blocks: 1, rows: 1, seatsPerRow: 1 })).toEqual({ blocks: [{ name: '', rows: [{ name: 'A', seats: ['A1'] }] }] });
  });
});

describe('checking a layout', () => {
  const one = (seats: (string | null)[]): HallLayout => ({ blocks: [{ name: '', rows: [{ name: 'A', seats }] }] });
  it.each<[string, HallLayout, HallProblem[]]>([
    ['a good one', one(['A1', null, 'A2']), []],
    ['no seats', { blocks: [] }, [{ code: 'empty' }]],
    ['only gaps', one([null, null]), [{ code: 'empty' }]],
    ['a seat twice (said once)', one(['A1', 'A1', 'A1']), [{ code: 'seat_twice', label: 'A1' }]],
    ['a seat twice across blocks', { blocks: [one(['X'])['blocks'][0]!, one(['X'])['blocks'][0]!] }, [{ code: 'seat_twice', label: 'X' }]],
    ['a blank label', one(['A1', ' ']), [{ code: 'blank_seat', block: 0, row: 0, seat: 1 }]],
    ['a label too long', one(['x'.repeat(21)]), [{ code: 'label_too_long', label: 'x'.repeat(21), max: 20 }]],
    ['a row too long', one(Array.from({ length: 121 }, (_, i) => `A${i}`)), [{ code: 'row_too_long', max: 120, block: 0, row: 0 }]],
    [
      'too many seats',
      gridLayout({ blocks: 4, rows: 26, seatsPerRow: 30 }),
      [{ code: 'too_many_seats', max: HALL_LIMITS.seats, seats: 3120 }],
    ],
    ['too many blocks', { blocks: Array.from({ length: 13 }, (_, i) => ({ name: '', rows: [{ name: 'A', seats: [`S${i}`] }] })) }, [{ code: 'too_many_blocks', max: 12 }]],
  ])('%s', (_, layout, problems) => {
    expect(checkLayout(layout)).toEqual(problems);
  });
});

describe('a layout placed on a grid of cells', () => {
  it('puts blocks side by side with their row names, rows in line across blocks', () => {
    const placed = placeLayout({
      blocks: [
        { name: 'T1', rows: [{ name: 'A', seats: ['A1', null, 'A3'] }, { name: 'B', seats: ['B1'] }] },
        { name: 'T2', rows: [{ name: 'A', seats: ['A4'] }] },
      ],
    });
    expect(placed).toEqual({
      columns: 7,
      rows: 3,
      seats: [
        { label: 'A1', x: 1, y: 1 },
        { label: 'A3', x: 3, y: 1 },
        { label: 'B1', x: 1, y: 2 },
        { label: 'A4', x: 6, y: 1 },
      ],
      rowLabels: [
        { text: 'A', x: 0, y: 1 },
        { text: 'B', x: 0, y: 2 },
        { text: 'A', x: 5, y: 1 },
      ],
      blockLabels: [
        { text: 'T1', x: 1, y: 0 },
        { text: 'T2', x: 6, y: 0 },
      ],
    });
  });

  it('has no block-name row when no block is named', () => {
    const placed = placeLayout({ blocks: [{ name: '', rows: [{ name: 'A', seats: ['A1'] }] }] });
    expect(placed).toMatchObject({ columns: 2, rows: 1, seats: [{ label: 'A1', x: 1, y: 0 }], blockLabels: [] });
  });
});
