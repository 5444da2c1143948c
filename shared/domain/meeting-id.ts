/**
 * Meeting ids people can read and type: they go into every screen's address (/tablet/<id>) and into CLI commands
 * (`--meeting <id>`). The protocol's rule (Id): 1 to 64 of A-Z a-z 0-9 _ -.
 */

export const MEETING_ID_MAX = 64;

/**
 * The id the hub gives a meeting created without one: its date ("2026-12-18"), then "2026-12-18-2", "-3"… while
 * taken. Short, readable, and what a room calls a meeting anyway.
 */
export function meetingIdFromDate(date: string, taken: (id: string) => boolean): string {
  if (!taken(date)) return date;
  for (let n = 2; ; n++) {
    const id = `${date}-${n}`;
    if (!taken(id)) return id;
  }
}

/**
 * What someone typed as an id, made into one: Vietnamese letters without their marks ("Hội nghị" → "hoi-nghi"),
 * spaces and other separators as one "-", anything else dropped, at most 64 characters. Letter case is kept.
 */
export function meetingIdFromText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9_-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, MEETING_ID_MAX)
    .replace(/-$/, '');
}
