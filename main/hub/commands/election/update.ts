import { defineHandler, requireOpenMeeting } from '../context.ts';
import { itemFor } from '../vote-gate.ts';
import { candidatesFrom, checkSetup, currentRound, preparedRound, requireElection, requireUnopened } from './election.ts';

export default defineHandler('election.update', (ctx, { meetingId, electionId, itemId, candidates: given, seats, ...fields }) => {
  requireOpenMeeting(ctx, meetingId);
  const election = requireElection(ctx, meetingId, electionId);
  const first = currentRound(election);
  requireUnopened(election);
  const defined = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
  const candidates = given ? candidatesFrom(given, election.candidates) : election.candidates;
  const round = preparedRound(1, seats ?? first.seats, candidates.map((c) => c.id));
  const next = { ...election, ...defined, itemId: itemId === undefined ? election.itemId : itemFor(ctx, meetingId, itemId, null), candidates, rounds: [round] };
  checkSetup({ round: 1, seats: round.seats, candidates: round.candidates, base: next.base });
  ctx.writer(meetingId).election(next);
  return {};
});
