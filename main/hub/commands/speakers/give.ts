import { limitFor } from '../../../../shared/domain/speakers.ts';
import { CommandError, defineHandler } from '../context.ts';
import { endSpeaking, queueOf, requireRunning, requireSpeech, requireWaiting, writeOrder } from './floor.ts';

export default defineHandler('speakers.give', (ctx, { meetingId, speechId }) => {
  const meeting = requireRunning(ctx, meetingId);
  const queue = queueOf(ctx, meetingId);
  const next = speechId === undefined ? queue[0] : requireSpeech(ctx, meetingId, speechId);
  if (!next) throw new CommandError('conflict', 'Nobody is waiting to speak.', { reason: 'queue_empty' });
  requireWaiting(next);
  const writer = ctx.writer(meetingId);
  endSpeaking(ctx, writer, meetingId);
  // The limit of the item under discussion now, which may not be the one current when the request was made.
  const limitSeconds = limitFor(ctx.store.speakingLimits(meetingId), meeting.currentItemId);
  writer.speech({ ...next, status: 'speaking', position: null, startedAt: ctx.now.toISOString(), limitSeconds });
  const rest = queue.filter((s) => s.id !== next.id);
  writeOrder(writer, rest, rest.map((s) => s.id));
  return { speechId: next.id };
});
