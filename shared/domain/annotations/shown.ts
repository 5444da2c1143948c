// A quote as the reader saw it. The indexed text has no whitespace (so that offsets agree whatever the PDF's spacing);
// a list that shows the reader her highlighted words needs them back: the run's own spaces, and one between two runs
// apart on the page.
import type { IndexedPage, TextRun } from './text.ts';

/** A gap wider than this share of a character's mean width between two runs on one line is a space. */
const SPACE_SHARE = 0.3;

const SPACES = /\s/u;

function apart(before: TextRun, after: TextRun): boolean {
  const charWidth = before.box.w / Math.max(1, before.text.length);
  const newLine = after.box.y >= before.box.y + before.box.h * 0.5 || after.box.x + after.box.w <= before.box.x;
  return newLine || after.box.x - (before.box.x + before.box.w) > charWidth * SPACE_SHARE;
}

/** Characters [start, end) of a page's indexed text as the page shows them: NFC, spaces kept, runs of them as one. */
export function shownText(page: IndexedPage, start: number, end: number): string {
  let out = '';
  let run = -1;
  let last = -1;
  for (let i = Math.max(0, start); i < Math.min(end, page.places.length); i++) {
    const place = page.places[i]!;
    const chars = page.runs[place.run]!.text.normalize('NFC');
    const at = Math.round(place.from * chars.length);
    if (place.run === run) {
      out += chars.slice(last + 1, at + 1);
    } else {
      if (run !== -1) {
        const before = page.runs[run]!;
        const trailing = SPACES.test(before.text.normalize('NFC').slice(last + 1));
        const leading = SPACES.test(chars.slice(0, at));
        // A run of whitespace alone between the two (pdf.js gives spaces as items of their own) counts too.
        const between = page.runs.slice(run + 1, place.run).some((r) => SPACES.test(r.text));
        if (trailing || leading || between || apart(before, page.runs[place.run]!)) out += ' ';
      }
      out += chars[at] ?? '';
    }
    run = place.run;
    last = at;
  }
  return out.replace(/\s+/gu, ' ').trim();
}
