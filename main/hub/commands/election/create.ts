import { defineHandler, newId, requireOpenMeeting } from '../context.ts';
import { itemFor } from '../vote-gate.ts';
import { candidatesFrom, checkSetup, preparedRound } from './election.ts';

export default defineHandler('election.create', (ctx, { meetingId, itemId, candidates: given, seats, ...fields }) => {
  const meeting = requireOpenMeeting(ctx, meetingId);
  const candidates = candidatesFrom(given, []);
  const round = preparedRound(1, seats, candidates.map((c) => c.id));
  checkSetup({ round: 1, seats, candidates: round.candidates, base: fields.base });
  const election = {
    id: newId(),
    itemId: itemFor(ctx, meetingId, itemId, meeting.currentItemId),
    ...fields,
    candidates,
    createdAt: ctx.now.toISOString(),
    rounds: [round],
  };
  ctx.writer(meetingId).election(election);
  return { electionId: election.id, candidateIds: round.candidates };
});
