import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useFollowMeeting } from '../../client/react.tsx';
import { MeetingState } from '../meeting/MeetingState.tsx';
import { useMeetingId } from '../meeting/useMeetingId.ts';
import { SeatMapPanel } from '../seat-map/SeatMapPanel.tsx';
import { ScreenFrame } from '../shell/ScreenFrame.tsx';
import { RequireRole } from '../signin/RequireRole.tsx';
import styles from './console.module.css';

/** `/console/:id/seats`: the chair's seat map, the whole screen for the hall (1,500 seats), one tap back to the console. */
export function ConsoleSeatsPage() {
  const meetingId = useMeetingId();
  const followed = useFollowMeeting(meetingId);
  const { t } = useTranslation('seat-map');
  return (
    <ScreenFrame screen="console" meeting={followed?.snapshot?.meeting}>
      <RequireRole role="chair">
        <MeetingState meetingId={meetingId} followed={followed}>
          {(snapshot) => (
            <div className={styles.seatsPage}>
              <div className={styles.seatsHead}>
                <Link to={`/console/${meetingId}`} className="btn btn-small" data-testid="seats-back">
                  ← {t('back')}
                </Link>
                <h2>{t('title')}</h2>
              </div>
              <SeatMapPanel snapshot={snapshot} desk={false} />
            </div>
          )}
        </MeetingState>
      </RequireRole>
    </ScreenFrame>
  );
}
