import { useFollowMeeting } from '../../client/react.tsx';
import { MeetingState } from '../meeting/MeetingState.tsx';
import { useMeetingId } from '../meeting/useMeetingId.ts';
import { ScreenFrame } from '../shell/ScreenFrame.tsx';
import { RequireRole } from '../signin/RequireRole.tsx';
import { ConsoleBoard } from './ConsoleBoard.tsx';

/** The chair's console (1920x1080): runs the session by moving the room from item to item. */
export function ConsolePage() {
  const meetingId = useMeetingId();
  const followed = useFollowMeeting(meetingId);
  return (
    <ScreenFrame screen="console" meeting={followed?.snapshot?.meeting}>
      <RequireRole role="chair">
        <MeetingState meetingId={meetingId} followed={followed}>
          {(snapshot) => <ConsoleBoard snapshot={snapshot} />}
        </MeetingState>
      </RequireRole>
    </ScreenFrame>
  );
}
