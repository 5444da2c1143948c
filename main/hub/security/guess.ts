import type { SecretKind } from '../../../shared/protocol/index.ts';
import { CommandError } from '../kernel/command-error.ts';
import type { Principal } from '../kernel/connection.ts';
import type { HubServices } from '../kernel/services.ts';
import type { GuessAttempt } from '../throttle.ts';

/** What a guess needs to know of the command making it (a handler's prepare or run context has it). */
interface Guesser {
  readonly principal: Principal;
  readonly services: HubServices;
}

const WHAT: Record<SecretKind, string> = {
  passcode: 'wrong passcodes',
  pairing: 'wrong pairing codes',
  badge: 'refused badge codes',
};

/**
 * Admits one guess at a secret of `kind` (counted at once, before the secret is checked), or refuses it with
 * `rate_limited`, recording the refusal for the secretariat. `scope` splits the room's budget (a meeting's badges).
 */
export function admitGuess(ctx: Guesser, kind: SecretKind, scope = ''): GuessAttempt {
  const verdict = ctx.services.guards[kind].attempt(scope, ctx.principal.address);
  if (verdict.ok) return verdict.attempt;
  ctx.services.failures.record({ kind, outcome: 'throttled', ...who(ctx, kind, scope) });
  const seconds = Math.ceil(verdict.retryAfterMs / 1000);
  throw new CommandError(
    'rate_limited',
    verdict.scope === 'address'
      ? `Too many ${WHAT[kind]} from this address; try again in ${seconds} s.`
      : `Too many ${WHAT[kind]} in the room lately, from anywhere; try again in ${seconds} s.`,
    { reason: verdict.scope === 'address' ? 'guesses_here' : 'guesses_room', params: { seconds } },
  );
}

/** The guess was wrong: it keeps counting, and the secretariat sees it. */
export function guessMissed(ctx: Guesser, attempt: GuessAttempt, kind: SecretKind, scope = ''): void {
  attempt.failed();
  ctx.services.failures.record({ kind, outcome: 'wrong', ...who(ctx, kind, scope) });
}

function who(ctx: Guesser, kind: SecretKind, scope: string) {
  return { address: ctx.principal.address, deviceId: ctx.principal.deviceId, meetingId: kind === 'badge' && scope ? scope : null };
}

/**
 * The badge refusals that are guesses at a secret: a short code no badge has, a token whose signature does not
 * verify. A revoked, expired or other meeting's badge is a real badge; a cut-off scan is a scanner's slip.
 */
export function isBadgeGuess(code: string): boolean {
  return code === 'not_found' || code === 'badge_forged' || code === 'badge_altered';
}
