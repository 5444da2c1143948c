import type { Candidate } from '../../../shared/protocol/index.ts';

/** The candidates typed one per line: trimmed, blank lines dropped, in ballot order. Pure. */
export function candidateNames(list: string): string[] {
  return list
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

/**
 * The list an edited election sends: each name that was on it keeps its candidate's id (the hub keeps her, so
 * nothing that names her changes), a new name goes without one. A name given twice keeps one id, then a new one. Pure.
 */
export function candidatesToSend(names: readonly string[], known: readonly Candidate[]): { id?: string; name: string }[] {
  const left = [...known];
  return names.map((name) => {
    const at = left.findIndex((c) => c.name === name);
    if (at < 0) return { name };
    const [kept] = left.splice(at, 1);
    return { id: kept!.id, name };
  });
}
