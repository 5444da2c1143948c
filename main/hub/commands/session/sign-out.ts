import { defineHandler } from '../context.ts';
import { guest } from '../../sessions.ts';

export default defineHandler('session.signOut', (ctx) => {
  const { session, address, deviceId } = ctx.principal;
  if (session) ctx.store.endSession(session, ctx.now.toISOString());
  ctx.afterCommit(() => ctx.connection.setPrincipal(guest(address, deviceId)));
  return {};
});
