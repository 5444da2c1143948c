import type { StaffRole } from '../../../shared/protocol/index.ts';

const SCREEN: Record<StaffRole, string> = { secretariat: 'secretariat', chair: 'console', checkin: 'checkin', projector: 'projector' };

/** Where a staff role works: its screen for this meeting, or, without a meeting, the secretariat's list or home. */
export function roleScreenPath(role: StaffRole, meetingId: string | undefined): string {
  if (meetingId) return `/${SCREEN[role]}/${encodeURIComponent(meetingId)}`;
  return role === 'secretariat' ? '/secretariat' : '/';
}
