import { useFollowMeeting } from '../../client/react.tsx';
import { MeetingState } from '../meeting/MeetingState.tsx';
import { useMeetingId } from '../meeting/useMeetingId.ts';
import { ScreenFrame } from '../shell/ScreenFrame.tsx';
import { TabletBoard } from './TabletBoard.tsx';

/** A delegate's tablet (1280x800, touch). Follows the meeting as a guest until badge sign-in arrives. */
export function TabletPage() {
  const meetingId = useMeetingId();
  const followed = useFollowMeeting(meetingId);
  return (
    <ScreenFrame screen="tablet" meeting={followed?.snapshot?.meeting}>
      <MeetingState meetingId={meetingId} followed={followed}>
        {(snapshot) => <TabletBoard snapshot={snapshot} />}
      </MeetingState>
    </ScreenFrame>
  );
}
