import { classifyBallot } from '../../../../shared/domain/elections/index.ts';
import type { ElectionRound } from '../../../../shared/protocol/index.ts';
import { CommandError } from '../context.ts';
import { marksCode, marksOf } from '../../store/ballot-choices.ts';

/**
 * A ballot's code for the box. Every candidate of the round must be marked keep or strike; a tablet's ballot keeps at
 * most the seats (a paper ballot may keep more: it is counted invalid, as on paper).
 */
export function ballotCode(round: ElectionRound, marks: Readonly<Record<string, string>>, from: 'tablet' | 'paper'): string {
  const code = marksCode(round.candidates, marks);
  if (code === null) {
    throw new CommandError('bad_request', `A ballot of round ${round.round} marks each of its ${round.candidates.length} candidates keep or strike, and no one else.`, [
      { path: 'marks', message: 'every candidate of the round, keep or strike' },
    ]);
  }
  if (from === 'tablet' && classifyBallot(round, marksOf(round.candidates, code)).kind === 'invalid') {
    throw new CommandError('bad_request', `Keep at most ${round.seats} names: this round elects ${round.seats}.`, [{ path: 'marks', message: `at most ${round.seats} kept` }]);
  }
  return code;
}
