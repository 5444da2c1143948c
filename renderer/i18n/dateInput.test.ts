import { describe, expect, it } from 'vitest';
import { dateOrder, formatDateInput, parseDateInput } from './dateInput.ts';

describe('dates typed as the screen writes them', () => {
  it('puts the day first in Vietnamese and in British English', () => {
    expect(dateOrder('vi')).toEqual(['day', 'month', 'year']);
    expect(dateOrder('en')).toEqual(['day', 'month', 'year']);
  });

  it.each([
    ['vi', '2026-12-18', '18/12/2026'],
    ['en', '2026-12-18', '18/12/2026'],
    ['vi', '2026-03-08', '08/03/2026'],
    ['vi', '', ''],
  ])('%s shows %s as %s', (language, iso, shown) => {
    expect(formatDateInput(iso, language)).toBe(shown);
  });

  it.each<[string, string, string | null]>([
    ['vi', '18/12/2026', '2026-12-18'],
    ['vi', ' 8/3/2026 ', '2026-03-08'],
    ['vi', '18.12.2026', '2026-12-18'],
    ['vi', '18-12-2026', '2026-12-18'],
    ['en', '18/12/2026', '2026-12-18'],
    ['vi', '2026-12-18', '2026-12-18'],
    // The browser's American order is no date on a Vietnamese screen: month 18 does not exist.
    ['vi', '12/18/2026', null],
    ['vi', '31/02/2026', null],
    ['vi', '29/02/2028', '2028-02-29'],
    ['vi', '18/12/26', null],
    ['vi', 'mai', null],
    ['vi', '', null],
  ])('%s reads %j as %s', (language, text, iso) => {
    expect(parseDateInput(text, language)).toBe(iso);
  });
});
