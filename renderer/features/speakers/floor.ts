import { waitingQueue } from '../../../shared/domain/speakers.ts';
import type { MeetingSnapshot, Speech } from '../../../shared/protocol/index.ts';

/** The floor as a screen shows it: who speaks now, and who waits, in order. */
export function floorOf(snapshot: Pick<MeetingSnapshot, 'speeches'>): { speaking: Speech | null; queue: Speech[] } {
  return { speaking: snapshot.speeches.find((s) => s.status === 'speaking') ?? null, queue: waitingQueue(snapshot.speeches) };
}
