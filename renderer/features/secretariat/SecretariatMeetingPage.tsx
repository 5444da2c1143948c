import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { MeetingSnapshot } from '../../../shared/protocol/index.ts';
import { useFollowMeeting } from '../../client/react.tsx';
import { AgendaList } from '../agenda/AgendaList.tsx';
import { useAgenda } from '../agenda/useAgenda.ts';
import { MeetingState } from '../meeting/MeetingState.tsx';
import { useMeetingId } from '../meeting/useMeetingId.ts';
import { ScreenFrame } from '../shell/ScreenFrame.tsx';
import { RequireRole } from '../signin/RequireRole.tsx';
import { AgendaEditor } from './AgendaEditor.tsx';
import { DelegatesEditor } from './DelegatesEditor.tsx';
import { DevicesPanel } from './DevicesPanel.tsx';
import { MeetingDetailsForm } from './MeetingDetailsForm.tsx';
import { MeetingIdLine } from './MeetingIdLine.tsx';
import { MeetingStatusBar } from './MeetingStatusBar.tsx';
import { MinutesPanel } from './MinutesPanel.tsx';
import { readerPath } from './readerPath.ts';
import { NowShowing } from '../follow-chair/NowShowing.tsx';
import { PaperDesk } from '../paper-votes/PaperDesk.tsx';
import { AnnounceButton } from '../speakers/AnnounceButton.tsx';
import { AskOnBehalf } from '../speakers/AskOnBehalf.tsx';
import { SeatMapPanel } from '../seat-map/SeatMapPanel.tsx';
import { PreloadPanel } from '../preload-status/PreloadPanel.tsx';
import { StaffAccessPage } from '../staff-access/StaffAccessPage.tsx';
import styles from './secretariat.module.css';

const TABS = ['agenda', 'delegates', 'details', 'votes', 'speakers', 'seats', 'preload', 'devices', 'access'] as const;
type Tab = (typeof TABS)[number];

/** `/secretariat/:id`: prepares one meeting. The tab is in the address (`?tab=delegates`), so it survives a reload. */
export function SecretariatMeetingPage() {
  const meetingId = useMeetingId();
  const followed = useFollowMeeting(meetingId);
  return (
    <ScreenFrame screen="secretariat" meeting={followed?.snapshot?.meeting} scroll>
      <RequireRole role="secretariat">
        <MeetingState meetingId={meetingId} followed={followed}>
          {(snapshot) => <SecretariatBoard snapshot={snapshot} />}
        </MeetingState>
      </RequireRole>
    </ScreenFrame>
  );
}

function SecretariatBoard({ snapshot }: { snapshot: MeetingSnapshot }) {
  const { t } = useTranslation(['secretariat', 'agenda']);
  const [params, setParams] = useSearchParams();
  const requested = params.get('tab');
  // The preload tab is there once the meeting is published: before, no tablet downloads anything.
  const tabs = TABS.filter((name) => name !== 'preload' || snapshot.meeting.status !== 'draft');
  const tab: Tab = tabs.find((name) => name === requested) ?? 'agenda';
  const agenda = useAgenda(snapshot.agendaItems, snapshot.meeting.currentItemId);
  // Seat → delegate, for the devices tab: a tablet bound to a seat shows who sits there.
  const seats = useMemo(() => new Map(snapshot.delegates.filter((d) => d.seat).map((d) => [d.seat, d.fullName])), [snapshot.delegates]);

  return (
    <div className={styles.meetingPage}>
      <nav className={styles.tabs} aria-label={t('tabs.agenda')}>
        <Link to="/secretariat" className={styles.back}>
          ← {t('allMeetings')}
        </Link>
        <div className={styles.tabList} role="tablist">
          {tabs.map((name) => (
            <button
              key={name}
              type="button"
              role="tab"
              aria-selected={tab === name}
              className={styles.tab}
              onClick={() => setParams(name === 'agenda' ? {} : { tab: name }, { replace: true })}
              data-testid={`tab-${name}`}
            >
              {t(`tabs.${name}`)}
              {name === 'delegates' ? <span className={styles.tabCount}>{snapshot.delegates.length}</span> : null}
            </button>
          ))}
        </div>
      </nav>
      <MeetingIdLine meetingId={snapshot.meeting.id} />
      <MeetingStatusBar snapshot={snapshot} />
      {/* What the room is shown, on every tab while the meeting runs: the secretariat may show pages on the chair's behalf. */}
      {snapshot.meeting.status === 'published' ? <NowShowing snapshot={snapshot} openAt={(documentId, page) => readerPath(snapshot.meeting.id, documentId, page)} /> : null}
      {/* The record, from the publication on: a draft until the meeting ends, final at once after. */}
      {snapshot.meeting.status !== 'draft' ? <MinutesPanel meeting={snapshot.meeting} /> : null}
      {tab === 'agenda' ? (
        <AgendaEditor snapshot={snapshot} />
      ) : tab === 'devices' ? (
        <DevicesPanel meetingId={snapshot.meeting.id} seats={seats} />
      ) : tab === 'votes' ? (
        // Paper beside tablets while a vote is open (paper commands are the secretariat's alone), who voted after.
        <PaperDesk snapshot={snapshot} />
      ) : tab === 'seats' ? (
        // The hall laid out once, then the room at a glance; a seat's paper vote from the map.
        <SeatMapPanel snapshot={snapshot} desk />
      ) : tab === 'speakers' ? (
        // A delegate without a working tablet put on the list; announcements typed at the desk.
        <div className={styles.speakersTab}>
          <AskOnBehalf snapshot={snapshot} />
          <div>
            <AnnounceButton snapshot={snapshot} />
          </div>
        </div>
      ) : tab === 'access' ? (
        <StaffAccessPage />
      ) : tab === 'preload' ? (
        <PreloadPanel meetingId={snapshot.meeting.id} status={snapshot.meeting.status} />
      ) : tab === 'delegates' ? (
        // Full width: a list of 1,500 delegates and its import preview need every column.
        <DelegatesEditor snapshot={snapshot} />
      ) : (
        <div className={styles.withAgenda}>
          <MeetingDetailsForm meeting={snapshot.meeting} members={snapshot.delegates.length} />
          <aside className={`card ${styles.agendaAside}`}>
            <h2>{t('agenda:title')}</h2>
            <AgendaList rows={agenda.rows} currentItemId={snapshot.meeting.currentItemId} variant="compact" />
          </aside>
        </div>
      )}
    </div>
  );
}
