/** One thing wrong with a pack, named by the zip entry it concerns (null: the pack as a whole). */
export interface PackProblem {
  entry: string | null;
  message: string;
}

/** Why an import or a build was refused; `code` is for HTTP and scripts, `problems` for people. */
export type PackErrorCode = 'bad_pack' | 'too_large' | 'untrusted' | 'bad_document' | 'conflict' | 'not_found' | 'bad_folder';

export const problemLine = (p: PackProblem): string => (p.entry ? `${p.entry}: ${p.message}` : p.message);

export class PackError extends Error {
  readonly code: PackErrorCode;
  readonly problems: PackProblem[];
  constructor(code: PackErrorCode, problems: PackProblem[]) {
    super(problems.map(problemLine).join('; ') || code);
    this.code = code;
    this.problems = problems;
  }
}
