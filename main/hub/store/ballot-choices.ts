import type { ElectionBallot } from '../../../shared/domain/elections/index.ts';
import type { Answer } from '../../../shared/protocol/index.ts';

/**
 * How a choice is kept in the ballot box: one character per answer, one per candidate of a round in ballot order.
 * Every choice of a vote has the same length, so no stored cell's size tells one answer from another.
 */

const ANSWER_CODE: Record<Answer, string> = { yes: 'y', no: 'n', abstain: 'a' };
const CODE_ANSWER: Record<string, Answer> = { y: 'yes', n: 'no', a: 'abstain' };

export const answerCode = (answer: Answer): string => ANSWER_CODE[answer];

export function answerOf(code: string): Answer {
  const answer = CODE_ANSWER[code];
  if (!answer) throw new Error(`not an answer in the ballot box: ${JSON.stringify(code)}`);
  return answer;
}

/** A ballot as its code, or null when it does not mark exactly the round's candidates, each keep or strike. */
export function marksCode(candidates: readonly string[], marks: Readonly<Record<string, string>>): string | null {
  if (Object.keys(marks).length !== candidates.length) return null;
  let code = '';
  for (const id of candidates) {
    const mark = Object.hasOwn(marks, id) ? marks[id] : undefined;
    if (mark === 'keep') code += 'k';
    else if (mark === 'strike') code += 's';
    else return null;
  }
  return code;
}

export function marksOf(candidates: readonly string[], code: string): ElectionBallot {
  if (code.length !== candidates.length || /[^ks]/.test(code)) throw new Error('a ballot in the box does not fit its round');
  return Object.fromEntries(candidates.map((id, i) => [id, code[i] === 'k' ? 'keep' : 'strike']));
}
