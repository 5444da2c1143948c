import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingSnapshot } from '../../../shared/protocol/index.ts';
import { useFollowMeeting } from '../../client/react.tsx';
import { useFormat } from '../../i18n/format.ts';
import { AgendaList } from '../agenda/AgendaList.tsx';
import { useAgenda } from '../agenda/useAgenda.ts';
import { ConnectionBadge } from '../connection/ConnectionBadge.tsx';
import { MeetingState } from '../meeting/MeetingState.tsx';
import { useMeetingId } from '../meeting/useMeetingId.ts';
import { BrandMark } from '../common/BrandMark.tsx';
import { LanguageSwitch } from '../shell/LanguageSwitch.tsx';
import { RequireRole } from '../signin/RequireRole.tsx';
import { shownVote } from '../votes/select.ts';
import { ProjectorAttendance } from './ProjectorAttendance.tsx';
import { ProjectorVote } from './ProjectorVote.tsx';
import { AnnouncementBanner } from '../speakers/AnnouncementBanner.tsx';
import { ProjectorSpeakers } from '../speakers/ProjectorSpeakers.tsx';
import { useHubClock } from '../common/useHubClock.ts';
import { ProjectorShownPage } from './ProjectorShownPage.tsx';
import styles from './projector.module.css';

/**
 * The hall's screen: readable from the back row, no controls but a discreet language switch. It signs in once with the
 * projector's own credential (the secretariat issues it on its Staff access screen), as the chair's console does, and
 * resumes that session on every reload or reconnection: a screen nobody touches. Signed in, it sees what staff see (a
 * draft, who has voted), which a paired tablet's guest view would not.
 */
export function ProjectorPage() {
  return (
    <div className={styles.screen} data-screen="projector">
      <div className={styles.fill}>
        <RequireRole role="projector">
          <ProjectorMeeting />
        </RequireRole>
      </div>
      <div className={styles.corner}>
        <ConnectionBadge />
        <LanguageSwitch tone="quiet" />
      </div>
    </div>
  );
}

function ProjectorMeeting() {
  const meetingId = useMeetingId();
  const followed = useFollowMeeting(meetingId);
  return (
    <MeetingState meetingId={meetingId} followed={followed}>
      {(snapshot) => <ProjectorView snapshot={snapshot} />}
    </MeetingState>
  );
}

function ProjectorView({ snapshot }: { snapshot: MeetingSnapshot }) {
  const { t } = useTranslation(['projector', 'agenda']);
  const format = useFormat();
  const clock = useHubClock();
  const { meeting } = snapshot;
  const agenda = useAgenda(snapshot.agendaItems, meeting.currentItemId);
  const current = agenda.current;
  const next = current ? agenda.next : null;
  const parent = current?.item.parentId ? (agenda.byId.get(current.item.parentId) ?? null) : null;
  const { motions, elections } = snapshot;
  const vote = useMemo(() => shownVote({ motions, elections, meeting }), [motions, elections, meeting]);
  // The chair's page, when it is one the projector may show (the hub hides the others from it); a vote comes first.
  const { presentation } = snapshot;
  const shown = presentation.documentId ? snapshot.documents.find((d) => d.id === presentation.documentId) : undefined;

  return (
    <div className={styles.layout}>
      <header className={styles.header}>
        <BrandMark size={56} />
        <div className={styles.meeting}>
          <h1 className={styles.meetingTitle} data-testid="meeting-title">
            {meeting.title}
          </h1>
          <p className={styles.meetingMeta}>
            {format.longDate(meeting.date)}
            {meeting.place ? ` · ${meeting.place}` : ''}
          </p>
        </div>
      </header>

      <main className={styles.stage} data-testid="current-item" data-item-id={current?.item.id ?? ''}>
        {vote ? (
          <ProjectorVote key={vote.id} vote={vote} snapshot={snapshot} />
        ) : shown && presentation.page ? (
          <ProjectorShownPage key={shown.id} document={shown} page={presentation.page} />
        ) : current ? (
          <div key={current.item.id} className={styles.currentBlock}>
            <span className={styles.label}>{t('now')}</span>
            {parent ? (
              <span className={styles.parent}>
                {parent.number}. {parent.item.title}
              </span>
            ) : null}
            <div className={styles.number} data-testid="current-item-number">
              {current.number}
            </div>
            <h2 className={styles.title} data-testid="current-item-title">
              {current.item.title}
            </h2>
          </div>
        ) : (
          <div className={styles.currentBlock}>
            <h2 className={`${styles.title} ${styles.waiting}`} data-testid="current-item-title">
              {t('waiting')}
            </h2>
          </div>
        )}
      </main>

      <div className={styles.floor}>
        <AnnouncementBanner meetingId={meeting.id} announcements={snapshot.announcements} screen="projector" />
        {vote ? null : <ProjectorSpeakers snapshot={snapshot} />}
      </div>

      <aside className={styles.agenda} aria-label={t('agenda:title')}>
        <h2 className={styles.agendaTitle}>{t('agenda:title')}</h2>
        <AgendaList rows={agenda.rows} currentItemId={meeting.currentItemId} variant="projector" />
      </aside>

      <footer className={styles.footer}>
        <div className={styles.footerInfo}>
          <ProjectorAttendance snapshot={snapshot} />
          <div className={styles.next}>
            {current ? (
              <>
                <span className={styles.nextLabel}>{t('next')}</span>
                <span className={styles.nextTitle}>{next ? `${next.number}. ${next.item.title}` : t('finished')}</span>
              </>
            ) : null}
          </div>
        </div>
        <time className={styles.clock} dateTime={clock.toISOString()} data-testid="projector-clock">
          {format.time(clock)}
        </time>
      </footer>
    </div>
  );
}
