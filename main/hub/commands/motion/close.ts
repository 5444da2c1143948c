import { EMPTY_TALLY, checkPaperSums, motionResult, tallyBallots } from '../../../../shared/domain/votes/index.ts';
import { CommandError, defineHandler, requireOpenMeeting } from '../context.ts';
import { answerOf } from '../../store/ballot-choices.ts';
import { seal } from '../ballot-box.ts';
import { bodyAtClose, requireMayClose, requireStatus } from '../vote-gate.ts';
import { requireMotion } from './motion.ts';

export default defineHandler('motion.close', (ctx, { meetingId, motionId }) => {
  requireOpenMeeting(ctx, meetingId);
  const motion = requireMotion(ctx, meetingId, motionId);
  requireStatus(motion.status, 'open', 'The motion');
  requireMayClose(ctx.now, motion.openedAt, motion.minimumSeconds);
  const voters = ctx.store.voters(meetingId, motionId);
  const onPaper = voters.filter((v) => v.paper);
  let votes;
  if (motion.ballot === 'secret') {
    const paper = ctx.store.motionPaper(meetingId, motionId) ?? EMPTY_TALLY;
    const sums = checkPaperSums(paper, onPaper.length);
    if (!sums.ok) {
      throw new CommandError(
        'conflict',
        `The paper counts (${sums.counted} ballots) do not add up to the ${sums.marked} delegates marked as having voted on paper: correct the counts (motion.paperCount) or the marks before closing.`,
        { reason: 'paper_sums', params: { counted: sums.counted, marked: sums.marked } },
      );
    }
    votes = { ballots: tallyBallots(ctx.store.ballots(meetingId, motionId).map(answerOf)), paper };
  } else {
    const answers = (paper: boolean) => voters.filter((v) => v.paper === paper && v.choice !== null).map((v) => answerOf(v.choice!));
    votes = { ballots: tallyBallots(answers(false)), paper: tallyBallots(answers(true)) };
  }
  const result = motionResult(motion, votes, bodyAtClose(ctx, meetingId, motion.quorumOverride !== null, voters.length));
  ctx.writer(meetingId).motion({ ...motion, status: 'closed', closedAt: ctx.now.toISOString(), result });
  if (motion.ballot === 'secret') seal(ctx, meetingId, motionId);
  return { result };
});
