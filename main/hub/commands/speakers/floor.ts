import { waitingQueue } from '../../../../shared/domain/speakers.ts';
import type { Meeting, Speech } from '../../../../shared/protocol/index.ts';
import type { MeetingWriter } from '../../kernel/writer.ts';
import { type CommandContext, CommandError, requireOpenMeeting } from '../context.ts';

/** What the speaker queue's handlers share: the meeting running, a request by id, the queue written back in order. */

/** A published meeting, not closed: the floor exists only while the meeting runs. */
export function requireRunning(ctx: CommandContext, meetingId: string): Meeting {
  const meeting = requireOpenMeeting(ctx, meetingId);
  if (meeting.status !== 'published') {
    throw new CommandError('conflict', `The meeting "${meeting.title}" is a draft: publish it first.`, { reason: 'still_draft', params: { title: meeting.title } });
  }
  return meeting;
}

export function requireSpeech(ctx: CommandContext, meetingId: string, speechId: string): Speech {
  const speech = ctx.store.getSpeech(meetingId, speechId);
  if (!speech) {
    throw new CommandError('not_found', `Meeting "${meetingId}" has no request to speak "${speechId}".`, {
      reason: 'speech_not_found',
      params: { meetingId, speechId },
    });
  }
  return speech;
}

export function requireWaiting(speech: Speech): void {
  if (speech.status !== 'waiting') {
    throw new CommandError('conflict', `The request of ${speech.name} is no longer waiting (${speech.status}).`, {
      reason: 'speech_not_waiting',
      params: { name: speech.name },
    });
  }
}

/** The meeting's queue as it stands, in order. */
export function queueOf(ctx: CommandContext, meetingId: string): Speech[] {
  return waitingQueue(ctx.store.speeches(meetingId));
}

/** Writes the waiting requests' places as `order` gives them (dense from 0), only those that moved. */
export function writeOrder(writer: MeetingWriter, queue: readonly Speech[], order: readonly string[]): void {
  const byId = new Map(queue.map((s) => [s.id, s]));
  order.forEach((id, position) => {
    const speech = byId.get(id);
    if (speech && speech.position !== position) writer.speech({ ...speech, position });
  });
}

/** Takes the floor back from the speech under way, if any. */
export function endSpeaking(ctx: CommandContext, writer: MeetingWriter, meetingId: string): void {
  for (const s of ctx.store.speeches(meetingId)) {
    if (s.status === 'speaking') writer.speech({ ...s, status: 'done', endedAt: ctx.now.toISOString() });
  }
}
