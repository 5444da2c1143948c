import { insertIndex } from '../../../../shared/domain/speakers.ts';
import type { Speech } from '../../../../shared/protocol/index.ts';
import { requirePresent } from '../ballot-box.ts';
import { type CommandContext, CommandError, defineHandler, newId } from '../context.ts';
import { queueOf, requireRunning, writeOrder } from './floor.ts';

/** Who the request is for: a delegate asks for herself, in the meeting of her badge; staff name the delegate. */
function askingFor(ctx: CommandContext, meetingId: string, named: string | undefined): { delegateId: string; by: Speech['requestedBy'] } {
  const { role, delegateId, meetingId: own } = ctx.principal;
  if (role === 'delegate') {
    if (!delegateId || own !== meetingId || (named !== undefined && named !== delegateId)) {
      throw new CommandError('forbidden', 'A delegate asks to speak only for herself, in the meeting of her badge.', { reason: 'not_own_speech' });
    }
    return { delegateId, by: 'delegate' };
  }
  if (named === undefined) throw new CommandError('bad_request', "Staff ask to speak on a delegate's behalf: say which (delegateId).", { reason: 'delegate_required' });
  return { delegateId: named, by: role === 'chair' ? 'chair' : 'secretariat' };
}

export default defineHandler('speakers.ask', (ctx, { meetingId, kind, delegateId: named }) => {
  const meeting = requireRunning(ctx, meetingId);
  const { delegateId, by } = askingFor(ctx, meetingId, named);
  const delegate = requirePresent(ctx, meetingId, delegateId);
  const queue = queueOf(ctx, meetingId);
  if (queue.some((s) => s.delegateId === delegateId && s.kind === kind)) {
    throw new CommandError('conflict', `${delegate.fullName} is waiting to speak already.`, { reason: 'asked_already', params: { name: delegate.fullName } });
  }
  const at = insertIndex(queue, kind);
  const speech: Speech = {
    id: newId(),
    delegateId,
    name: delegate.fullName,
    seat: delegate.seat,
    itemId: meeting.currentItemId,
    kind,
    status: 'waiting',
    position: at,
    requestedAt: ctx.now.toISOString(),
    requestedBy: by,
    startedAt: null,
    endedAt: null,
    limitSeconds: null,
  };
  const writer = ctx.writer(meetingId);
  const order = queue.map((s) => s.id);
  order.splice(at, 0, speech.id);
  writeOrder(writer, queue, order);
  writer.speech(speech);
  return { speechId: speech.id };
});
