import type { MeetingWriter } from '../../kernel/writer.ts';
import type { CommandContext } from '../context.ts';
import { endSpeaking } from './floor.ts';

/**
 * The clock of the item under discussion: the stretch of the item that stops being current ends, the next one's
 * starts. Only while the meeting runs (published): setting the current item while preparing is not time spent.
 */
export function moveItemClock(ctx: CommandContext, writer: MeetingWriter, meetingId: string, nextItemId: string | null): void {
  const at = ctx.now.toISOString();
  const ended = ctx.store.endItemStretch(meetingId, at);
  if (ended !== null) writer.itemTime(ended);
  if (nextItemId !== null) {
    ctx.store.startItemStretch(meetingId, nextItemId, at);
    writer.itemTime(nextItemId);
  }
}

/** The meeting ends: the item's clock stops and the speech under way ends, for the record. */
export function stopTheFloor(ctx: CommandContext, writer: MeetingWriter, meetingId: string): void {
  moveItemClock(ctx, writer, meetingId, null);
  endSpeaking(ctx, writer, meetingId);
}
