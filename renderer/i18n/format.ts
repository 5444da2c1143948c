import { useTranslation } from 'react-i18next';
import { isLanguage } from './index.ts';
import { LOCALES } from './types.ts';

/** A meeting date (YYYY-MM-DD) as a local calendar day: parsing it as UTC would shift it by the offset. */
export function parseIsoDate(date: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return null;
  return new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}

export interface Formatters {
  locale: string;
  /** "Thứ Bảy, 1 tháng 3, 2025" / "Saturday 1 March 2025" */
  longDate(date: string): string;
  /** "01/03/2025" */
  shortDate(date: string): string;
  /** "14:05" (24-hour in both languages: the convention of Vietnamese public bodies) */
  time(at: Date | number): string;
  /** "14:05:09" for the projector clock. */
  clock(at: Date | number): string;
  number(value: number): string;
  /** "1,2 MB" / "1.2 MB" */
  bytes(value: number): string;
}

/**
 * The formatters of a language, made once: building five Intl formatters is costly (a screen that rendered on every
 * push of a room signing in spent more time here than on anything else), and they never change.
 */
const made = new Map<string, Formatters>();

export function formatters(language: string): Formatters {
  const key = isLanguage(language) ? language : 'vi';
  let held = made.get(key);
  if (!held) made.set(key, (held = makeFormatters(LOCALES[key])));
  return held;
}

function makeFormatters(locale: string): Formatters {
  const longDate = new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
  const shortDate = new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric' });
  const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const clock = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });
  const number = new Intl.NumberFormat(locale);
  const day = (date: string, format: Intl.DateTimeFormat) => {
    const parsed = parseIsoDate(date);
    return parsed ? format.format(parsed) : date;
  };
  return {
    locale,
    longDate: (date) => day(date, longDate),
    shortDate: (date) => day(date, shortDate),
    time: (at) => time.format(at),
    clock: (at) => clock.format(at),
    number: (value) => number.format(value),
    bytes: (value) => formatBytes(value, locale),
  };
}

export function formatBytes(value: number, locale: string): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let amount = value;
  let unit = 0;
  while (amount >= 1000 && unit < units.length - 1) {
    amount /= 1000;
    unit++;
  }
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: units[unit],
    unitDisplay: 'short',
    maximumFractionDigits: unit === 0 || amount >= 100 ? 0 : 1,
  }).format(amount);
}

/** The formatters for the language shown now; re-renders when the language changes. */
export function useFormat(): Formatters {
  const { i18n } = useTranslation();
  return formatters(i18n.language);
}
