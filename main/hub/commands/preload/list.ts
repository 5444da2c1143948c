import { defineHandler, requireMeeting } from '../context.ts';
import { listScene, preloadRow } from '../../preload-rows.ts';

/** Every device that reported a preload of this meeting or that one of its delegates is signed in on. */
export default defineHandler('preload.list', (ctx, { meetingId }) => {
  const meeting = requireMeeting(ctx, meetingId);
  const scene = listScene(ctx.store, ctx.services, meeting, ctx.now);
  const deviceIds = new Set([...ctx.store.preloadReports(meetingId).map((r) => r.deviceId), ...scene.signedInDevices()]);
  const devices = [...deviceIds].map((id) => preloadRow(ctx.store, scene, id));
  devices.sort((a, b) => (a.delegateName ?? a.deviceName).localeCompare(b.delegateName ?? b.deviceName, 'vi'));
  return { devices };
});
