/**
 * Paths of the badges the hub prints. A link a browser opens cannot send an Authorization header, and a token in a
 * URL leaks (history, logs), so these are opened with a one-time ticket: `client.downloadLink(path, query)`.
 */

const segment = encodeURIComponent;

/** One delegate's badge as a PNG, to print at the desk after a reissue. */
export function badgePngPath(meetingId: string, delegateId: string): string {
  return `/api/meetings/${segment(meetingId)}/delegates/${segment(delegateId)}/badge.png`;
}

/** Every delegate's badge, A4 (`?perPage=`, the hub's default is 8). Badges are issued first: `badge.issueMissing`. */
export function badgesPdfPath(meetingId: string): string {
  return `/api/meetings/${segment(meetingId)}/badges.pdf`;
}
