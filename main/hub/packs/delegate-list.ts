import { z } from 'zod';
import type { PackDelegate } from '../../../shared/protocol/pack.ts';
import { PackError, type PackProblem } from './problems.ts';

export type FolderDelegate = Omit<PackDelegate, 'id'>;

/** The part of the delegate import's answer a pack needs (shared/domain/delegate-rows.ts, `DelegateImport`). */
const ParsedList = z.object({
  fileErrors: z.array(z.string()),
  rows: z.array(
    z.object({
      line: z.number(),
      delegate: z.object({ fullName: z.string(), title: z.string(), organisation: z.string(), group: z.string(), seat: z.string() }),
      errors: z.array(z.string()),
    }),
  ),
});

type Parser = (bytes: Uint8Array, fileName: string) => unknown;

/**
 * The delegate-import module (CSV and XLSX, legacy Vietnamese encodings) is written alongside packs.
 * It is loaded by a computed path so that this file compiles without it; its answer is checked at run time.
 */
async function loadParser(): Promise<Parser | null> {
  const path = '../delegate-import/index.ts';
  try {
    const mod: unknown = await import(path);
    const fn = (mod as { parseDelegateFile?: unknown }).parseDelegateFile;
    return typeof fn === 'function' ? (fn as Parser) : null;
  } catch {
    return null;
  }
}

/**
 * Reads a meeting folder's delegate list with the hub's delegate import, the same rules as the
 * secretariat's import screen. Any file or row error stops the build, each named with its line.
 */
export async function readDelegateList(bytes: Uint8Array, fileName: string): Promise<FolderDelegate[]> {
  const parse = await loadParser();
  if (!parse) {
    throw new PackError('bad_folder', [{ entry: fileName, message: 'this hub cannot read delegate lists yet (main/hub/delegate-import is missing)' }]);
  }
  const answer = ParsedList.safeParse(await parse(bytes, fileName));
  if (!answer.success) throw new PackError('bad_folder', [{ entry: fileName, message: 'the delegate import gave an answer this build does not understand' }]);
  const problems: PackProblem[] = [
    ...answer.data.fileErrors.map((message) => ({ entry: fileName, message })),
    ...answer.data.rows.flatMap((row) => row.errors.map((message) => ({ entry: `${fileName} line ${row.line}`, message }))),
  ];
  if (problems.length > 0) throw new PackError('bad_folder', problems);
  return answer.data.rows.map((row) => row.delegate);
}
