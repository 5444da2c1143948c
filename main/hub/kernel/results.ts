import { isDeepStrictEqual } from 'node:util';
import type { CommandName, CommandSpec } from '../../../shared/protocol/index.ts';

/**
 * Whether each answer is checked against its declared schema. A check costs as much as building the answer (a
 * meeting snapshot for each of 1,500 tablets at the door), so it runs where answers are made to be checked: in the
 * tests (Vitest sets VITEST, in the hub processes they start too), or with ROUNDTABLE_CHECK_RESULTS=1.
 */
export const CHECK_RESULTS = process.env.VITEST !== undefined || process.env.ROUNDTABLE_CHECK_RESULTS === '1';

/**
 * The declared result schema is a promise to other clients. Checked, an answer that does not keep it (a field missing,
 * a wrong type, a field the schema does not declare) is refused before anything is committed; unchecked, it is
 * answered as the handler made it.
 */
export function checkResult(name: CommandName, spec: CommandSpec, result: unknown, check = CHECK_RESULTS): unknown {
  if (!check) return result;
  const parsed: unknown = spec.result.parse(result);
  if (!isDeepStrictEqual(parsed, result)) {
    throw new Error(`the answer to "${name}" holds more than its declared result (or in another form): ${JSON.stringify(result).slice(0, 300)}`);
  }
  return parsed;
}
