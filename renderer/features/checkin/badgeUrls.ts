/**
 * Addresses of the badges the hub prints. A link or a download cannot send an Authorization header,
 * so the staff session token goes in `?token=` (the hub also takes `Authorization: Bearer`).
 */

const base = (hubUrl: string) => hubUrl.replace(/\/+$/, '');
const segment = encodeURIComponent;

/** One delegate's badge as a PNG, to print at the desk after a reissue. */
export function badgePngUrl(hubUrl: string, meetingId: string, delegateId: string, token: string): string {
  return `${base(hubUrl)}/api/meetings/${segment(meetingId)}/delegates/${segment(delegateId)}/badge.png?token=${segment(token)}`;
}

/** Every delegate's badge, A4, `perPage` to a page (the hub's default is 8). */
export function badgesPdfUrl(hubUrl: string, meetingId: string, token: string, perPage?: number): string {
  const query = new URLSearchParams({ token });
  if (perPage !== undefined) query.set('perPage', String(perPage));
  return `${base(hubUrl)}/api/meetings/${segment(meetingId)}/badges.pdf?${query.toString()}`;
}
