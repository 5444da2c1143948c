/**
 * Times in the minutes: the hub stores instants in UTC; the record states them on the room's clock (its time zone,
 * e.g. Asia/Ho_Chi_Minh), as the people in the room read them. Pure (Intl only).
 */

interface Parts {
  year: string;
  month: string;
  day: string;
  hour: string;
  minute: string;
  second: string;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function partsOf(iso: string, timeZone: string): Parts {
  let f = formatters.get(timeZone);
  if (!f) {
    // en-GB with h23: digits and a 00–23 hour whatever the language of the minutes.
    f = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, f);
  }
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) throw new Error(`not an instant: ${JSON.stringify(iso)}`);
  const out: Record<string, string> = {};
  for (const p of f.formatToParts(date)) out[p.type] = p.value;
  return { year: out.year ?? '', month: out.month ?? '', day: out.day ?? '', hour: out.hour ?? '', minute: out.minute ?? '', second: out.second ?? '' };
}

/** "08:03" on the room's clock. */
export function clockTime(iso: string, timeZone: string): string {
  const p = partsOf(iso, timeZone);
  return `${p.hour}:${p.minute}`;
}

/** "08:03 07/12/2026" on the room's clock. */
export function clockDateTime(iso: string, timeZone: string): string {
  const p = partsOf(iso, timeZone);
  return `${p.hour}:${p.minute} ${p.day}/${p.month}/${p.year}`;
}

/** "2026-12-07 08:03:15": sortable, for a spreadsheet. */
export function sheetDateTime(iso: string, timeZone: string): string {
  const p = partsOf(iso, timeZone);
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}:${p.second}`;
}

/** Whole minutes between two instants, rounded (a speech of 2 min 40 s is "3 min"); never negative. */
export function minutesBetween(fromIso: string, toIso: string): number {
  return Math.max(0, Math.round((Date.parse(toIso) - Date.parse(fromIso)) / 60_000));
}

/** "4:05" (minutes:seconds) between two instants: a speech's length. */
export function durationText(fromIso: string, toIso: string): string {
  const seconds = Math.max(0, Math.round((Date.parse(toIso) - Date.parse(fromIso)) / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
