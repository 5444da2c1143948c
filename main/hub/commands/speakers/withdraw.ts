import { CommandError, defineHandler } from '../context.ts';
import { queueOf, requireRunning, requireSpeech, requireWaiting, writeOrder } from './floor.ts';

export default defineHandler('speakers.withdraw', (ctx, { meetingId, speechId }) => {
  requireRunning(ctx, meetingId);
  const speech = requireSpeech(ctx, meetingId, speechId);
  const { role, delegateId } = ctx.principal;
  if (role === 'delegate' && speech.delegateId !== delegateId) {
    throw new CommandError('forbidden', 'A delegate withdraws only her own request.', { reason: 'not_own_speech' });
  }
  requireWaiting(speech);
  const writer = ctx.writer(meetingId);
  writer.speech({ ...speech, status: 'withdrawn', position: null, endedAt: ctx.now.toISOString() });
  const rest = queueOf(ctx, meetingId).filter((s) => s.id !== speechId);
  writeOrder(writer, rest, rest.map((s) => s.id));
  return {};
});
