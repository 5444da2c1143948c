import { endedBecause } from '../../sessions.ts';
import { CommandError, defineHandler } from '../context.ts';

export default defineHandler('staff.revoke', (ctx, { credentialId }) => {
  const credential = ctx.store.getStaffCredential(credentialId);
  if (!credential) throw new CommandError('not_found', `No staff credential "${credentialId}" was issued on this hub.`, {
      reason: 'credential_not_found',
      params: { credentialId },
    });
  if (credential.revokedAt) throw new CommandError('conflict', `The credential "${credential.label}" was already revoked.`, {
      reason: 'credential_revoked',
      params: { label: credential.label },
    });
  const at = ctx.now.toISOString();
  ctx.store.revokeStaffCredential(credentialId, at);
  // Whoever signed in with it is out at once, on every connection holding one of its sessions.
  const ended = ctx.store.endCredentialSessions(credentialId, at, 'credential_revoked');
  ctx.logger.info({ credentialId, role: credential.role, endedSessions: ended.length }, 'staff credential revoked');
  ctx.afterCommit(() => ctx.services.endLiveSessions(ended, endedBecause('credential_revoked')));
  return { endedSessions: ended.length };
});
