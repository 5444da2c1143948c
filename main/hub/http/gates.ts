import type { Role } from '../../../shared/protocol/index.ts';
import type { Caller, Identified } from './caller.ts';
import type { Refusal } from './reply.ts';

/**
 * Who may call a route: the one access check every route goes through before its handler runs. A gate gets the
 * request's caller on demand (a route open to anyone never looks the caller up) and answers what the handler will
 * see of it, or the refusal the router sends instead.
 */
export type Verdict<C> = { ok: true; caller: C } | { ok: false; refusal: Refusal };
export type Gate<C> = (identify: () => Caller) => Verdict<C>;

/** Anyone, unidentified: the health check and the web client. */
export const anyone: Gate<null> = () => ({ ok: true, caller: null });

/** A caller as documents judge it: a session or a guest, and whether the request proved no paired device. */
export type DocumentCaller = Pick<Identified, 'role' | 'delegateId' | 'meetingId'> & { unpaired: boolean };

/**
 * Anyone the hub can place, as a reader of documents. A request with no credentials at all is judged as a guest
 * first, as a command is: what a guest may not read is `not_signed_in`, what it could read once paired is
 * `not_paired` (the handler says so after the access decision). A token that proves nothing is refused here.
 */
export const documentReader: Gate<DocumentCaller> = (identify) => {
  const found = identify();
  if (found.ok) return { ok: true, caller: { ...found, unpaired: false } };
  if (found.code !== 'not_paired') return { ok: false, refusal: { code: found.code, message: found.message } };
  return { ok: true, caller: { role: 'guest', delegateId: null, meetingId: null, unpaired: true } };
};

/** How a role gate words its refusals: to nobody (no session, no paired device), to a guest, to another role. */
export interface GateWords {
  nobody: string;
  guest: string;
  forbidden: (role: Role) => string;
}

/**
 * Only these roles. Nobody and a guest are `not_signed_in` (a device token opens no staff route), a session that
 * proves nothing is `session_expired` with the reason, another role `forbidden`.
 */
export function only(roles: readonly Role[], words: GateWords): Gate<Identified> {
  return (identify) => {
    const caller = identify();
    if (!caller.ok) {
      const nobody = caller.code === 'not_paired';
      return { ok: false, refusal: { code: nobody ? 'not_signed_in' : caller.code, message: nobody ? words.nobody : caller.message } };
    }
    if (roles.includes(caller.role)) return { ok: true, caller };
    return caller.role === 'guest'
      ? { ok: false, refusal: { code: 'not_signed_in', message: words.guest } }
      : { ok: false, refusal: { code: 'forbidden', message: words.forbidden(caller.role) } };
  };
}

/** Staff roles, for `what` (e.g. "Printing badges"). */
export function staff(roles: readonly Role[], what: string): Gate<Identified> {
  const forRoles = `${what} is for ${roles.join(' or ')}.`;
  return only(roles, { nobody: `${what} needs a staff session.`, guest: forRoles, forbidden: () => forRoles });
}

/**
 * The secretariat's session only, for a task: `needs` opens the sentence to the unsigned ("Meeting packs need"),
 * `act` ends the one to another role ("import or export meeting packs").
 */
export function secretariat(task: { needs: string; act: string }): Gate<Identified> {
  const needs = `${task.needs} a secretariat session (Authorization: Bearer <token>).`;
  return only(['secretariat'], { nobody: needs, guest: needs, forbidden: (role) => `The ${role} role may not ${task.act}; the secretariat does.` });
}
