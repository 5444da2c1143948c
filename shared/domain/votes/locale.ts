/**
 * The two languages the results are stated in, and the small text helpers both vote and election sentences share.
 * Pure.
 */

export const RESULT_LOCALES = ['vi', 'en'] as const;
export type ResultLocale = (typeof RESULT_LOCALES)[number];

const INTL: Record<ResultLocale, string> = { vi: 'vi-VN', en: 'en-GB' };

/** A count as each language writes it: 1.500 in Vietnamese, 1,500 in English. */
export function formatCount(locale: ResultLocale, n: number): string {
  return n.toLocaleString(INTL[locale]);
}

/** A body's word in the middle of a sentence: "Tán thành" reads "tán thành" there. Only the first letter changes. */
export function lowerFirst(locale: ResultLocale, word: string): string {
  const trimmed = word.trim();
  return trimmed.charAt(0).toLocaleLowerCase(INTL[locale]) + trimmed.slice(1);
}

/** "A, B và C" / "A, B and C". */
export function listNames(locale: ResultLocale, names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  const and = locale === 'vi' ? 'và' : 'and';
  return `${names.slice(0, -1).join(', ')} ${and} ${names.at(-1)}`;
}
