import { isLanguage } from './index.ts';
import { LOCALES } from './types.ts';

/**
 * A date typed as the screen's language writes it: day first in Vietnamese (18/12/2026), whatever the browser's
 * own locale (`<input type="date">` follows the browser, and showed 12/18/2026 on a Vietnamese screen). The value
 * is the meeting's YYYY-MM-DD.
 */

export type DatePart = 'day' | 'month' | 'year';

/** The order of day, month and year in the language's short dates (vi and en-GB: day, month, year). */
export function dateOrder(language: string): DatePart[] {
  const locale = LOCALES[isLanguage(language) ? language : 'vi'];
  const parts = new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric' }).formatToParts(new Date(2026, 11, 18));
  return parts.map((part) => part.type).filter((type): type is DatePart => type === 'day' || type === 'month' || type === 'year');
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** YYYY-MM-DD as the field shows it ("18/12/2026"); anything else as it is. */
export function formatDateInput(iso: string, language: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const [, year, month, day] = match;
  const values: Record<DatePart, string> = { day: day!, month: month!, year: year! };
  return dateOrder(language)
    .map((part) => values[part])
    .join('/');
}

/**
 * What the person typed, as YYYY-MM-DD, or null when it is no date of the calendar. Day, month and year in the
 * language's order, separated by `/`, `.` or `-` (18/12/2026, 18.12.2026, 8/3/2026); a date pasted as
 * YYYY-MM-DD is taken as it is.
 */
export function parseDateInput(text: string, language: string): string | null {
  const trimmed = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed);
  const found = iso
    ? { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) }
    : (() => {
        const numbers = /^(\d{1,4})[/.-](\d{1,2})[/.-](\d{1,4})$/.exec(trimmed);
        if (!numbers) return null;
        const order = dateOrder(language);
        const value = (part: DatePart) => Number(numbers[order.indexOf(part) + 1]);
        return { year: value('year'), month: value('month'), day: value('day') };
      })();
  if (!found || found.year < 1000 || found.year > 9999) return null;
  const date = new Date(found.year, found.month - 1, found.day);
  if (date.getFullYear() !== found.year || date.getMonth() !== found.month - 1 || date.getDate() !== found.day) return null;
  return `${pad(found.year, 4)}-${pad(found.month, 2)}-${pad(found.day, 2)}`;
}
