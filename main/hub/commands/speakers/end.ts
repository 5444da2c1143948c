import { CommandError, defineHandler } from '../context.ts';
import { requireRunning, requireSpeech } from './floor.ts';

export default defineHandler('speakers.end', (ctx, { meetingId, speechId }) => {
  requireRunning(ctx, meetingId);
  const speech = requireSpeech(ctx, meetingId, speechId);
  if (speech.status !== 'speaking') {
    throw new CommandError('conflict', `${speech.name} is not speaking now.`, { reason: 'speech_not_speaking', params: { name: speech.name } });
  }
  ctx.writer(meetingId).speech({ ...speech, status: 'done', endedAt: ctx.now.toISOString() });
  return {};
});
