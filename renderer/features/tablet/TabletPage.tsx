import { useFollowMeeting } from '../../client/react.tsx';
import { MeetingState } from '../meeting/MeetingState.tsx';
import { useMeetingId } from '../meeting/useMeetingId.ts';
import { RequirePairing } from '../pairing/RequirePairing.tsx';
import { ScreenFrame } from '../shell/ScreenFrame.tsx';
import { RequireDelegate } from '../signin/RequireDelegate.tsx';
import { TabletBoard } from './TabletBoard.tsx';

/**
 * A delegate's tablet (1280x800, touch). Pairs with the room first, then its delegate signs in with the
 * badge; from then on it follows the meeting, and it is theirs until they sign out.
 */
export function TabletPage() {
  const meetingId = useMeetingId();
  const followed = useFollowMeeting(meetingId);
  const state = (
    <MeetingState meetingId={meetingId} followed={followed}>
      {(snapshot) => <TabletBoard snapshot={snapshot} />}
    </MeetingState>
  );
  return (
    <ScreenFrame screen="tablet" meeting={followed?.snapshot?.meeting}>
      <RequirePairing>
        {/* No sign-in for a meeting that does not exist or is not published yet: say so at once. */}
        {followed?.error?.code === 'not_found' || followed?.error?.code === 'not_published' ? state : <RequireDelegate meetingId={meetingId}>{state}</RequireDelegate>}
      </RequirePairing>
    </ScreenFrame>
  );
}
