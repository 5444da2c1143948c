import { newStaffSecret } from '../../security/staff-secrets.ts';
import { definePreparedHandler, newId } from '../context.ts';

export default definePreparedHandler('staff.issue', {
  // The secret's hash is computed off the main thread, before the transaction.
  prepare: (ctx) => newStaffSecret(ctx.store),
  run(ctx, { role, label }, { secret, secretHash }) {
    const id = newId();
    const createdAt = ctx.now.toISOString();
    ctx.store.insertStaffCredential({ id, role, label, secretHash, createdAt, revokedAt: null });
    ctx.logger.info({ credentialId: id, role }, 'staff credential issued');
    return { credential: { id, role, label, createdAt, revokedAt: null, lastSignInAt: null, liveSessions: 0 }, secret };
  },
});
