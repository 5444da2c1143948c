/**
 * Is this word a Vietnamese syllable? Legacy text read the wrong way gives words no Vietnamese could spell
 * ("V¨n", "Huøng", "Nguyờịn"), so counting real syllables tells the readings of a file apart.
 * Deliberately simple: onset + vowel cluster + final consonant, one tone at most, and the rule that a syllable
 * ending in c, ch, p or t takes the acute or the dot below. Good enough to score, not a spelling checker.
 */
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;
const ACUTE_OR_DOT = /[\u0301\u0323]/;

const ONSET = '(?:ngh|ng|gh|gi|ch|kh|nh|ph|qu|th|tr|[bcdđghklmnprstvx])?';
const NUCLEI = [
  'a', 'ă', 'â', 'e', 'ê', 'i', 'y', 'o', 'ô', 'ơ', 'u', 'ư',
  'ai', 'ao', 'au', 'ay', 'âu', 'ây', 'eo', 'êu', 'ia', 'iê', 'iu', 'oa', 'oă', 'oe', 'oi', 'oo', 'ôi', 'ơi',
  'ua', 'uâ', 'uê', 'ui', 'uô', 'uơ', 'uy', 'ưa', 'ưi', 'ưu', 'ươ', 'yê',
  'iêu', 'oai', 'oay', 'oeo', 'uây', 'uôi', 'uya', 'uyê', 'uyu', 'ươi', 'ươu', 'yêu',
];
const CODA = '(ch|ng|nh|[cmnpt])?';
const SYLLABLE = new RegExp(`^${ONSET}(?:${[...NUCLEI].sort((a, b) => b.length - a.length).join('|')})${CODA}$`);

export function isVietnameseSyllable(word: string): boolean {
  const decomposed = word.toLocaleLowerCase('vi').normalize('NFD');
  const tones = decomposed.match(TONE_MARKS) ?? [];
  if (tones.length > 1) return false;
  const letters = decomposed.replace(TONE_MARKS, '').normalize('NFC');
  const match = SYLLABLE.exec(letters);
  if (!match) return false;
  const stop = match[1] === 'c' || match[1] === 'ch' || match[1] === 'p' || match[1] === 't';
  return !stop || ACUTE_OR_DOT.test(tones[0] ?? '');
}

/** Words that carry evidence: those with a character outside ASCII. Split on spaces and ASCII punctuation only. */
export function evidenceWords(text: string): string[] {
  return text.split(/[\s!-/:-@[-`{-~]+/).filter((word) => /[^\p{ASCII}]/u.test(word));
}

export interface Evidence {
  good: number;
  bad: number;
}

export function scoreTexts(texts: Iterable<string>): Evidence {
  const evidence = { good: 0, bad: 0 };
  for (const text of texts) {
    for (const word of evidenceWords(text)) {
      if (isVietnameseSyllable(word)) evidence.good++;
      else evidence.bad++;
    }
  }
  return evidence;
}
