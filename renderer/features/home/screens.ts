/** The meeting screens a device can open, in the order the home page offers them. */
export const SCREENS = ['tablet', 'console', 'projector', 'checkin', 'secretariat'] as const;
export type ScreenName = (typeof SCREENS)[number];

export function screenPath(screen: ScreenName, meetingId: string): string {
  return `/${screen}/${encodeURIComponent(meetingId)}`;
}
