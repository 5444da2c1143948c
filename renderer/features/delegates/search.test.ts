import { describe, expect, it } from 'vitest';
import type { Delegate } from '../../../shared/protocol/index.ts';
import { fold, searchDelegates } from './search.ts';

const delegate = (id: string, fullName: string, organisation = '', seat = ''): Delegate => ({
  id,
  fullName,
  title: '',
  organisation,
  group: '',
  seat,
  badgeSerial: 1,
});

describe('check-in search', () => {
  const list = [
    delegate('1', 'Nguyễn Văn An', 'Sở Tài chính', 'A01'),
    delegate('2', 'Trần Thị Bích', 'Ủy ban nhân dân tỉnh', 'A02'),
    delegate('3', 'Đặng Quốc Đạt', 'Sở Giáo dục và Đào tạo', 'B07'),
    delegate('4', 'Nguyễn Thị Hoa', 'Sở Y tế', 'B08'),
  ];

  it('folds diacritics and đ, whatever the Unicode form', () => {
    expect(fold('Nguyễn Văn')).toBe('nguyen van');
    expect(fold('ĐẶNG Quốc Đạt')).toBe('dang quoc dat');
    expect(fold('Nguye\u0302\u0303n')).toBe('nguyen'); // decomposed input
    expect(fold('  Ủy   ban ')).toBe('uy ban');
  });

  it('finds "Nguyễn Văn" from "nguyen van"', () => {
    expect(searchDelegates(list, 'nguyen van').map((d) => d.id)).toEqual(['1']);
  });

  it('matches every word, in any field, with or without accents', () => {
    expect(searchDelegates(list, 'dat').map((d) => d.id)).toEqual(['3']);
    expect(searchDelegates(list, 'Đạt').map((d) => d.id)).toEqual(['3']);
    expect(searchDelegates(list, 'so y te').map((d) => d.id)).toEqual(['4']);
    expect(searchDelegates(list, 'b07').map((d) => d.id)).toEqual(['3']);
    expect(searchDelegates(list, 'nguyen').map((d) => d.id).sort()).toEqual(['1', '4']);
    expect(searchDelegates(list, 'nguyen xyz')).toEqual([]);
  });

  it('returns everyone for an empty query, sorted by given name', () => {
    expect(searchDelegates(list, '  ').map((d) => d.fullName)).toEqual([
      'Nguyễn Văn An',
      'Trần Thị Bích',
      'Đặng Quốc Đạt',
      'Nguyễn Thị Hoa',
    ]);
  });
});
