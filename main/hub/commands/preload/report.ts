import { meetingVisibleTo } from '../../../../shared/domain/publication.ts';
import { CommandError, defineHandler, requireMeeting } from '../context.ts';
import { preloadRow, reporterScene } from '../../preload-rows.ts';

/**
 * A paired device says how far its preload is. Device telemetry, not meeting content: no revision, no
 * `meeting.changed`; but it is on disk before the acknowledgement, and the chair and the secretariat
 * following the meeting get the device's new row as `preload.changed`.
 */
export default defineHandler('preload.report', (ctx, { meetingId, documents, purgedAt, forgottenAt }) => {
  const { deviceId } = ctx.connection.principal;
  if (!deviceId) throw new CommandError('not_paired', 'Only a device paired with the hub reports its preload; pair it first (device.pair).');
  const device = ctx.store.getDevice(deviceId);
  if (!device?.pairedAt || device.revokedAt) {
    throw new CommandError('not_paired', 'Only a device paired with the hub reports its preload; pair it first (device.pair).');
  }
  const meeting = requireMeeting(ctx, meetingId);
  if (!meetingVisibleTo(ctx.principal.role, meeting.status)) {
    throw new CommandError('not_published', `The meeting "${meetingId}" is not published yet; there is nothing to preload.`);
  }
  const seen = new Set<string>();
  documents.forEach((d, i) => {
    if (seen.has(d.documentId)) throw new CommandError('bad_request', `documents.${i}: document "${d.documentId}" is listed twice.`);
    seen.add(d.documentId);
    if (d.bytesDone > d.bytes) {
      throw new CommandError('bad_request', `documents.${i}: bytesDone (${d.bytesDone}) is more than bytes (${d.bytes}).`);
    }
    if (d.errorKind !== null && d.state !== 'failed') {
      throw new CommandError('bad_request', `documents.${i}: errorKind ("${d.errorKind}") is for a failed document, and this one is ${d.state}.`);
    }
  });
  if (purgedAt !== null && meeting.status !== 'closed') {
    throw new CommandError('conflict', `The meeting "${meeting.title}" is not closed: its restricted documents are not to be deleted yet.`, {
      reason: 'not_closed',
      params: { title: meeting.title },
    });
  }
  ctx.store.putPreloadReport({ meetingId, deviceId, documents, reportedAt: ctx.now.toISOString(), purgedAt, forgottenAt });
  // Read back inside the transaction, so the row pushed is the row stored.
  const row = preloadRow(ctx.store, reporterScene(ctx.store, meeting, deviceId, ctx.now), deviceId);
  ctx.afterCommit(() => ctx.services.pushPreload(meetingId, row));
  return {};
});
