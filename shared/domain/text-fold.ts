// Searching Vietnamese text the way people type it: with or without diacritics, "đ" as "d", any case, ligatures
// (ﬁ) as their letters, any run of spaces as one. A reader who types "ngan sach" finds "Ngân sách"; one who
// types "ngân sách" finds it too (both sides are folded, so a query never misses for a missing or extra mark).

const MARKS = /\p{M}/u;
const SPACE = /\s/u;

/** One character folded: its letters without marks, đ as d, lower case ('' for a lone mark). */
function foldChar(char: string): string {
  let out = '';
  for (const part of char.normalize('NFKD')) {
    if (MARKS.test(part)) continue;
    out += part === 'đ' || part === 'Đ' ? 'd' : part.toLowerCase();
  }
  return out;
}

/** The folded text, and for each of its characters the index (UTF-16) in `text` of the character it came from. */
export interface FoldedText {
  text: string;
  origin: number[];
}

/** Folds `text`, keeping where each folded character came from (to highlight a match in the original). */
export function foldWithOrigin(text: string): FoldedText {
  let folded = '';
  const origin: number[] = [];
  let index = 0;
  for (const char of text) {
    if (SPACE.test(char)) {
      // Runs of spaces are one space: text pieces of a PDF are joined with uneven spacing.
      if (folded.length > 0 && !folded.endsWith(' ')) {
        folded += ' ';
        origin.push(index);
      }
    } else {
      for (const part of foldChar(char)) {
        folded += part;
        origin.push(index);
      }
    }
    index += char.length;
  }
  return { text: folded, origin };
}

/** Folds text for comparing: "  Ngân   Sách Đà Nẵng " → "ngan sach da nang". */
export function foldText(text: string): string {
  return foldWithOrigin(text).text.trimEnd();
}

/** A match of a search in the original text: [start, end) in UTF-16 indexes. */
export interface TextMatch {
  start: number;
  end: number;
}

/** Every place (not overlapping, in order) where `query` folded occurs in `text` folded, in `text`'s own indexes. */
export function findFolded(text: string, query: string): TextMatch[] {
  const needle = foldText(query);
  if (needle.length === 0) return [];
  const { text: haystack, origin } = foldWithOrigin(text);
  const matches: TextMatch[] = [];
  let from = 0;
  for (;;) {
    const at = haystack.indexOf(needle, from);
    if (at < 0) break;
    const lastOrigin = origin[at + needle.length - 1]!;
    // The match ends after the whole original character its last folded letter came from (a surrogate pair is two).
    const end = lastOrigin + (text.codePointAt(lastOrigin)! > 0xffff ? 2 : 1);
    matches.push({ start: origin[at]!, end });
    from = at + needle.length;
  }
  return matches;
}
