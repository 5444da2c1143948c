/** Bumped on any incompatible change to an event, payload or ack; checked when a socket connects. */
export const PROTOCOL_VERSION = 2;
