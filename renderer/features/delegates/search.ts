import { foldText } from '../../../shared/domain/text-fold.ts';
import type { Delegate } from '../../../shared/protocol/index.ts';

/**
 * Folds Vietnamese text for searching: no diacritics, đ as d, lower case. Desk staff type
 * "nguyen van" on any keyboard and must find "Nguyễn Văn". The rule is the reader's search's too.
 */
export const fold = foldText;

/** The words of a query; a delegate matches when every word is found in one of their fields. */
export function queryWords(query: string): string[] {
  return fold(query).split(' ').filter(Boolean);
}

function haystack(delegate: Delegate): string {
  return fold([delegate.fullName, delegate.title, delegate.organisation, delegate.group, delegate.seat].join(' '));
}

/** Delegates matching the query, sorted by seat then name (the order of the desk's printed list). */
export function searchDelegates(delegates: readonly Delegate[], query: string): Delegate[] {
  const words = queryWords(query);
  const matches = words.length === 0 ? [...delegates] : delegates.filter((d) => {
    const text = haystack(d);
    return words.every((word) => text.includes(word));
  });
  return matches.sort(byVietnameseName);
}

/** Vietnamese lists are sorted by given name (the last word), then by the full name. */
export function byVietnameseName(a: Delegate, b: Delegate): number {
  const given = (d: Delegate) => d.fullName.trim().split(/\s+/).pop() ?? '';
  return given(a).localeCompare(given(b), 'vi') || a.fullName.localeCompare(b.fullName, 'vi');
}
