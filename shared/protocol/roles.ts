/**
 * Who a socket speaks for. `guest` is a connected device that has not signed in;
 * the others are the roles of the room. Capabilities are data: each command lists the roles that may send it.
 */
export const ROLES = ['guest', 'secretariat', 'chair', 'delegate', 'projector', 'checkin'] as const;
export type Role = (typeof ROLES)[number];

/** Roles that sign in with the admin passcode (delegates sign in with their badge). */
export const STAFF_ROLES = ['secretariat', 'chair', 'projector', 'checkin'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/** Roles that see everything in a meeting, restricted documents included. */
export const PRIVILEGED_ROLES: readonly Role[] = ['secretariat', 'chair'];

export const ANY_ROLE: readonly Role[] = ROLES;
export const SIGNED_IN: readonly Role[] = ROLES.filter((r) => r !== 'guest');
