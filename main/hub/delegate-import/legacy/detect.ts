import { tcvn3ToUnicode, vniToUnicode, windows1258ToUnicode } from './convert.ts';
import { scoreTexts } from './syllable.ts';

/** How to read a file's text: as it is (Unicode), or as byte text in one of the legacy encodings. */
export type Reading = 'as-is' | 'tcvn3' | 'vni' | 'windows-1258';

export const READING_NAMES: Readonly<Record<Reading, string>> = {
  'as-is': 'Unicode',
  tcvn3: 'TCVN3 (ABC)',
  vni: 'VNI',
  'windows-1258': 'Windows-1258',
};

/**
 * Letters only Unicode has: ă đ ĩ ũ ơ ư and the tone-marked letters of Latin Extended Additional, or combining
 * marks (decomposed text). No legacy byte text read as Windows-1252 contains them, so such text is Unicode already.
 */
const UNICODE_VIETNAMESE = /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01A0\u01A1\u01AF\u01B0\u1EA0-\u1EF9]|[\u0300-\u036F]/;

export function isUnicodeVietnamese(text: string): boolean {
  return UNICODE_VIETNAMESE.test(text);
}

/** Text read one way; text that is Unicode Vietnamese already is never converted. */
export function read(text: string, reading: Reading): string {
  if (reading === 'as-is' || isUnicodeVietnamese(text)) return text;
  if (reading === 'tcvn3') return tcvn3ToUnicode(text);
  if (reading === 'vni') return vniToUnicode(text);
  return windows1258ToUnicode(text);
}

export type Choice = { ok: true; reading: Reading } | { ok: false; suspect: Reading | null };

/** How sure a reading must be: most of its words real syllables, and clearly more than any other reading's. */
const SURE = 0.75;
const MARGIN = 0.25;
const PLAINLY_RIGHT = 0.9;

/**
 * The reading under which the texts are Vietnamese. `preferred` is what the file says of itself (valid UTF-8, a
 * ".VnTime" font): kept when it reads well, and for Unicode also kept when no legacy reading makes sense (a list
 * of foreign names). Anything in between is refused: a wrong guess would import mojibake.
 */
export function chooseReading(texts: readonly string[], candidates: readonly Reading[], preferred: Reading | null): Choice {
  // Unicode Vietnamese reads the same under every reading (it is never converted): it tells them nothing apart,
  // and counting it would let a Unicode list with many unusual names ("Kđăm", "Lắk") look undecided.
  const open = texts.filter((text) => !isUnicodeVietnamese(text));
  // A legacy reading that changes none of the texts is the text as it is, not an alternative to weigh.
  const alternatives = candidates.filter((reading) => reading === 'as-is' || reading === preferred || open.some((text) => read(text, reading) !== text));
  const ratios = alternatives.map((reading) => {
    const { good, bad } = scoreTexts(open.map((text) => read(text, reading)));
    return { reading, evidence: good + bad, ratio: good + bad === 0 ? 0 : good / (good + bad) };
  });
  if (ratios.every((r) => r.evidence === 0)) return { ok: true, reading: preferred ?? alternatives[0] ?? 'as-is' };
  const mine = ratios.find((r) => r.reading === preferred);
  if (mine && mine.ratio >= PLAINLY_RIGHT) return { ok: true, reading: mine.reading };
  const [best, second] = [...ratios].sort((a, b) => b.ratio - a.ratio);
  if (best && best.ratio >= SURE && best.ratio - (second?.ratio ?? 0) >= MARGIN) return { ok: true, reading: best.reading };
  const legacy = ratios.filter((r) => r.reading !== 'as-is').sort((a, b) => b.ratio - a.ratio);
  if (preferred === 'as-is' && legacy.every((r) => r.ratio < 0.5)) return { ok: true, reading: 'as-is' };
  return { ok: false, suspect: legacy[0] && legacy[0].ratio > 0 ? legacy[0].reading : null };
}
