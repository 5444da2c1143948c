import { useParams } from 'react-router';

/** The `:meetingId` of the current route (every meeting screen has one). */
export function useMeetingId(): string {
  return useParams().meetingId ?? '';
}
