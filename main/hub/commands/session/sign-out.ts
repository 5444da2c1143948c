import { defineHandler } from '../context.ts';

export default defineHandler('session.signOut', (ctx) => {
  const { session } = ctx.principal;
  if (session) ctx.store.endSession(session, ctx.now.toISOString());
  ctx.afterCommit(() => ctx.connection.becomeGuest());
  return {};
});
