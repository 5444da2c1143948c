import { moveTo } from '../../../../shared/domain/speakers.ts';
import { defineHandler } from '../context.ts';
import { queueOf, requireRunning, requireSpeech, requireWaiting, writeOrder } from './floor.ts';

export default defineHandler('speakers.move', (ctx, { meetingId, speechId, position }) => {
  requireRunning(ctx, meetingId);
  requireWaiting(requireSpeech(ctx, meetingId, speechId));
  const queue = queueOf(ctx, meetingId);
  writeOrder(ctx.writer(meetingId), queue, moveTo(queue.map((s) => s.id), speechId, position));
  return {};
});
