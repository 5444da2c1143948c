import { checkPaperElectionCount, countElection, electionResult, emptyElectionCount } from '../../../../shared/domain/elections/index.ts';
import { CommandError, defineHandler, requireOpenMeeting } from '../context.ts';
import { marksOf } from '../../store/ballot-choices.ts';
import { seal } from '../ballot-box.ts';
import { bodyAtClose, requireMayClose, requireStatus } from '../vote-gate.ts';
import { currentRound, nameOf, requireElection, roundVote, setupOf, withRound } from './election.ts';

export default defineHandler('election.close', (ctx, { meetingId, electionId }) => {
  requireOpenMeeting(ctx, meetingId);
  const election = requireElection(ctx, meetingId, electionId);
  const round = currentRound(election);
  requireStatus(round.status, 'open', `Round ${round.round} of the election`);
  requireMayClose(ctx.now, round.openedAt, election.minimumSeconds);
  const setup = setupOf(election, round);
  const vote = roundVote(election, round);
  const voters = ctx.store.voters(meetingId, vote);
  const onPaper = voters.filter((v) => v.paper).length;
  const ballots = (codes: readonly string[]) => codes.map((code) => marksOf(setup.candidates, code));
  let votes;
  if (election.ballot === 'secret') {
    const paper = ctx.store.roundPaper(meetingId, electionId, round.round) ?? emptyElectionCount(setup);
    if (checkPaperElectionCount(setup, paper, onPaper).includes('ballotsNotMarked')) {
      const counted = paper.valid + paper.invalid + paper.blank;
      throw new CommandError(
        'conflict',
        `The paper ballots counted (${counted}) do not add up to the ${onPaper} delegates marked as having voted on paper: correct the count (election.paperCount) or the marks before closing.`,
        { reason: 'paper_sums', params: { counted, marked: onPaper } },
      );
    }
    votes = { ballots: countElection(setup, ballots(ctx.store.ballots(meetingId, vote))), paper };
  } else {
    const codes = (paper: boolean) => voters.filter((v) => v.paper === paper && v.choice !== null).map((v) => v.choice!);
    votes = { ballots: countElection(setup, ballots(codes(false))), paper: countElection(setup, ballots(codes(true))) };
  }
  const body = bodyAtClose(ctx, meetingId, round.quorumOverride !== null, voters.length);
  const result = electionResult(setup, votes, body, nameOf(election));
  ctx.writer(meetingId).election(withRound(election, { ...round, status: 'closed', closedAt: ctx.now.toISOString(), result }));
  if (election.ballot === 'secret') seal(ctx, meetingId, vote);
  return { result };
});
