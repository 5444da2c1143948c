import { admitGuess, guessMissed } from '../../security/guess.ts';
import { ADMIN_CREDENTIAL, identifyStaffSecret } from '../../security/staff-secrets.ts';
import { principalOf, sessionInfo, startSession } from '../../sessions.ts';
import { CommandError, definePreparedHandler } from '../context.ts';

const WRONG = 'That passcode is not right.';

/** The hub decides the role from the credential: the admin passcode is the secretariat's, an issued one says its own. */
export default definePreparedHandler('session.signIn', {
  // Signs the connection in (or pairs it): its next commands wait for the commit, to be checked as from whom it made it.
  changesConnection: true,
  async prepare(ctx, { passcode }) {
    // Counted before the hash is computed: concurrent attempts cannot race past the budget.
    const attempt = admitGuess(ctx, 'passcode');
    const match = await identifyStaffSecret(ctx.store, passcode);
    if (!match) {
      guessMissed(ctx, attempt, 'passcode');
      throw new CommandError('bad_passcode', WRONG);
    }
    attempt.succeeded();
    return match;
  },
  run(ctx, { role }, match) {
    const { address, deviceId } = ctx.principal;
    // Revoked while its secret was being checked: as if it had never matched.
    if (match.credentialId !== ADMIN_CREDENTIAL && ctx.store.getStaffCredential(match.credentialId)?.revokedAt !== null) {
      throw new CommandError('bad_passcode', WRONG);
    }
    if (role !== undefined && role !== match.role) {
      throw new CommandError('forbidden', `This passcode is for the ${match.role}, not the ${role}: open the ${match.role}'s screen, or sign in without naming a role.`, {
        reason: 'other_role',
        params: { role: match.role, expected: role },
      });
    }
    const expires = new Date(ctx.now.getTime() + ctx.services.sessionHours * 3600_000);
    const { token, session } = startSession(ctx.store, { role: match.role, deviceId }, ctx.now, expires);
    ctx.store.setSessionCredential(session.tokenHash, match.credentialId);
    ctx.logger.info({ role: match.role, credentialId: match.credentialId, deviceId, address }, 'staff signed in');
    ctx.afterCommit(() => ctx.connection.setPrincipal(principalOf(session, address, deviceId)));
    return sessionInfo(token, session);
  },
});
