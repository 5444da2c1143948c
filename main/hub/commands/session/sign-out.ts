import { endedBecause } from '../../sessions.ts';
import { defineHandler } from '../context.ts';

export default defineHandler('session.signOut', (ctx) => {
  const { session } = ctx.principal;
  if (session) ctx.store.endSession(session, ctx.now.toISOString(), 'signed_out');
  ctx.afterCommit(() => {
    ctx.connection.becomeGuest();
    // Every other connection holding this session (another tab, a copied token) ends with it, now.
    if (session) ctx.services.endLiveSessions([session], endedBecause('signed_out'));
  });
  return {};
}, { changesConnection: true });
