/**
 * Who a socket speaks for. `guest` is a connected device that has not signed in;
 * the others are the roles of the room. Capabilities are data: each command lists the roles that may send it.
 */
export const ROLES = ['guest', 'secretariat', 'chair', 'delegate', 'projector', 'checkin'] as const;
export type Role = (typeof ROLES)[number];

/**
 * Staff roles: each signs in with its own credential, which decides the role (the secretariat's is the admin passcode;
 * the secretariat issues the others). Delegates sign in with their badge.
 */
export const STAFF_ROLES = ['secretariat', 'chair', 'projector', 'checkin'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/** The staff roles the secretariat issues credentials for (the secretariat's own is the admin passcode). */
export const ISSUED_ROLES = ['chair', 'checkin', 'projector'] as const satisfies readonly StaffRole[];

/** Roles that see everything in a meeting, restricted documents included. */
export const PRIVILEGED_ROLES: readonly Role[] = ['secretariat', 'chair'];

export const ANY_ROLE: readonly Role[] = ROLES;
export const SIGNED_IN: readonly Role[] = ROLES.filter((r) => r !== 'guest');
