import { ballotsCounted, checkPaperElectionCount } from '../../../../shared/domain/elections/index.ts';
import { CommandError, defineHandler } from '../context.ts';
import { roundVote, setupOf } from './election.ts';
import { paperRound } from './paper.ts';

const PROBLEMS = {
  notWholeNumbers: 'the counts must be whole numbers, 0 or more',
  unknownCandidate: 'a name that is not a candidate of this round',
  votesOverValid: 'a candidate with more votes than valid ballots',
  votesOutOfRange: 'the votes must be between one and the seats per valid ballot',
} as const;

export default defineHandler('election.paperCount', (ctx, { meetingId, electionId, counts }) => {
  const { election, round } = paperRound(ctx, meetingId, electionId, 'secret');
  const setup = setupOf(election, round);
  const marked = ctx.store.paperMarked(meetingId, roundVote(election, round));
  // Checked now for what can never be true; the ballots counted must equal the marks only at the close.
  const problems = checkPaperElectionCount(setup, counts, marked).filter((p) => p !== 'ballotsNotMarked');
  if (problems.length > 0) {
    throw new CommandError('bad_request', `This paper count cannot be true: ${problems.map((p) => PROBLEMS[p]).join('; ')}.`, [
      { path: 'counts', message: PROBLEMS[problems[0]!] },
    ]);
  }
  const votes = Object.fromEntries(setup.candidates.map((id) => [id, counts.votes[id] ?? 0]));
  ctx.store.setRoundPaper(meetingId, electionId, round.round, { ...counts, votes });
  // A partial result: kept beside the round, never in it, until the close; who entered what is audited.
  ctx.audit(meetingId, { electionId, round: round.round, paperCounts: counts });
  return { counted: ballotsCounted(counts), marked };
});
