/** Each unit and how many of it make the next one: a time is said in the largest unit it reaches. */
const UNITS: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 7],
  ['week', 4.348],
  ['month', 12],
  ['year', Number.POSITIVE_INFINITY],
];

/** Under this, "now": a device seen 20 seconds ago is, for the secretariat, still there. */
const NOW_SECONDS = 45;

/**
 * How long ago (or how far ahead) `at` is from `now`, in the locale's words: "5 phút trước" / "5 minutes ago",
 * "Hôm qua" / "yesterday". `now` is the hub's time when the times are the hub's.
 */
export function relativeTime(at: Date | string | number, now: Date | number, locale: string): string {
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  let value = (new Date(at).getTime() - new Date(now).getTime()) / 1000;
  if (Math.abs(value) < NOW_SECONDS) return format.format(0, 'second');
  for (const [unit, next] of UNITS) {
    const rounded = Math.round(value);
    if (Math.abs(rounded) < next) return format.format(rounded, unit);
    value /= next;
  }
  return format.format(Math.round(value), 'year');
}
