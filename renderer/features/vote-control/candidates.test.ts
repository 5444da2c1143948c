import { describe, expect, it } from 'vitest';
import { candidateNames, candidatesToSend } from './candidates.ts';

const known = [
  { id: 'c1', name: 'Nguyễn Văn An' },
  { id: 'c2', name: 'Trần Thị Bình' },
];

describe('the candidates of an election form', () => {
  it('reads one name per line, trimmed, without blank lines', () => {
    expect(candidateNames('Nguyễn Văn An\n  Trần Thị Bình \n\n\nLê Minh Chi\n')).toEqual(['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Minh Chi']);
    expect(candidateNames('  \n')).toEqual([]);
  });

  it.each([
    ['a new list', [], ['Lê Minh Chi'], [{ name: 'Lê Minh Chi' }]],
    ['the same names reordered', known, ['Trần Thị Bình', 'Nguyễn Văn An'], [{ id: 'c2', name: 'Trần Thị Bình' }, { id: 'c1', name: 'Nguyễn Văn An' }]],
    ['one removed, one added', known, ['Trần Thị Bình', 'Lê Minh Chi'], [{ id: 'c2', name: 'Trần Thị Bình' }, { name: 'Lê Minh Chi' }]],
    ['a name given twice', known, ['Nguyễn Văn An', 'Nguyễn Văn An'], [{ id: 'c1', name: 'Nguyễn Văn An' }, { name: 'Nguyễn Văn An' }]],
    ['a name corrected is a new candidate', known, ['Nguyễn Văn Ân', 'Trần Thị Bình'], [{ name: 'Nguyễn Văn Ân' }, { id: 'c2', name: 'Trần Thị Bình' }]],
  ])('keeps each known candidate’s id: %s', (_, given, names, expected) => {
    expect(candidatesToSend(names, given)).toEqual(expected);
  });
});
