import { useTranslation } from 'react-i18next';
import { useFollowMeeting } from '../../client/react.tsx';
import { AgendaList } from '../agenda/AgendaList.tsx';
import { useAgenda } from '../agenda/useAgenda.ts';
import { MeetingState } from '../meeting/MeetingState.tsx';
import { useMeetingId } from '../meeting/useMeetingId.ts';
import { ScreenFrame } from '../shell/ScreenFrame.tsx';
import { RequireRole } from '../signin/RequireRole.tsx';
import type { MeetingSnapshot } from '../../../shared/protocol/index.ts';
import { DelegateSearch } from './DelegateSearch.tsx';
import styles from './checkin.module.css';

/** The reception desk: find delegates quickly. (Checking them in arrives with a later version.) */
export function CheckinPage() {
  const meetingId = useMeetingId();
  const followed = useFollowMeeting(meetingId);
  return (
    <ScreenFrame screen="checkin" meeting={followed?.snapshot?.meeting}>
      <RequireRole role="checkin">
        <MeetingState meetingId={meetingId} followed={followed}>
          {(snapshot) => <CheckinBoard snapshot={snapshot} />}
        </MeetingState>
      </RequireRole>
    </ScreenFrame>
  );
}

function CheckinBoard({ snapshot }: { snapshot: MeetingSnapshot }) {
  const { t } = useTranslation('agenda');
  const agenda = useAgenda(snapshot.agendaItems, snapshot.meeting.currentItemId);
  return (
    <div className={styles.board}>
      <DelegateSearch delegates={snapshot.delegates} />
      <aside className={`card ${styles.agenda}`}>
        <h2>{t('title')}</h2>
        <div className={styles.scroll}>
          <AgendaList rows={agenda.rows} currentItemId={snapshot.meeting.currentItemId} variant="compact" />
        </div>
      </aside>
    </div>
  );
}
