import type { PackDelegate } from '../../../shared/protocol/pack.ts';
import { parseDelegateFile } from '../delegate-import/index.ts';
import { PackError, type PackProblem } from './problems.ts';

export type FolderDelegate = Omit<PackDelegate, 'id'>;

/**
 * Reads a meeting folder's delegate list with the hub's delegate import (CSV or XLSX, legacy Vietnamese
 * encodings), the same rules as the secretariat's import screen. A file error, a row that would be skipped or one
 * whose seat would be left out stops the build (a pack is built from a folder to be fixed, not a list to import as
 * it can), each named with the file (the import's messages start with the line); warnings (namesakes) do not.
 */
export async function readDelegateList(bytes: Uint8Array, fileName: string): Promise<FolderDelegate[]> {
  const answer = await parseDelegateFile(bytes, fileName);
  const problems: PackProblem[] = [
    ...answer.fileErrors.map((message) => ({ entry: fileName, message })),
    ...answer.rows.flatMap((row) => [...row.errors, ...row.changes].map((message) => ({ entry: fileName, message }))),
  ];
  if (problems.length > 0) throw new PackError('bad_folder', problems);
  return answer.rows.map((row) => row.delegate);
}
