import { randomBytes } from 'node:crypto';

/** 12 URL-safe characters: unique enough for a room, short enough to read in a log. */
export function newId(): string {
  return randomBytes(9).toString('base64url');
}
