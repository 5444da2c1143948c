import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { MeetingSummary } from '../../../shared/protocol/index.ts';
import { useHubState } from '../../client/react.tsx';
import { useFormat } from '../../i18n/format.ts';
import { usePlatform } from '../../platform/react.tsx';
import { ErrorMessage } from '../common/ErrorMessage.tsx';
import { Loading } from '../common/Loading.tsx';
import { useMeetingList } from '../meeting/useMeetingList.ts';
import { ScreenFrame } from '../shell/ScreenFrame.tsx';
import { ScreenGuide } from './ScreenGuide.tsx';
import { ScreenIcon } from './ScreenIcon.tsx';
import { SCREENS, screenPath } from './screens.ts';
import styles from './home.module.css';

export function HomePage() {
  const { t } = useTranslation(['home', 'common', 'pairing']);
  const { meetings, error } = useMeetingList();
  const platform = usePlatform();
  const hubVersion = useHubState((s) => s.hub?.hubVersion ?? null);

  return (
    <ScreenFrame screen="home" scroll>
      <div className={styles.page}>
        <section className={styles.intro}>
          <h1>{t('title')}</h1>
          <p>{t('intro')}</p>
        </section>

        <section className={styles.section} aria-labelledby="meetings-title">
          <h2 id="meetings-title" className={styles.sectionTitle}>
            {t('meetings')}
          </h2>
          {error?.code === 'not_paired' ? (
            <div className={`card ${styles.empty}`} data-testid="home-not-paired">
              <strong>{t('pairing:home.title')}</strong>
              <span>{t('pairing:home.body')}</span>
              <Link className="btn btn-primary" to="/pair" data-testid="open-pair">
                {t('pairing:home.action')}
              </Link>
            </div>
          ) : (
            <ErrorMessage error={error} />
          )}
          {meetings === null && !error ? <Loading /> : null}
          {meetings?.length === 0 ? (
            <div className={`card ${styles.empty}`} data-testid="meetings-empty">
              <strong>{t('empty')}</strong>
              <span>{t('emptyHint')}</span>
              <Link className="btn btn-primary" to="/secretariat">
                {t('createMeeting')}
              </Link>
            </div>
          ) : null}
          <div className={styles.meetings}>
            {meetings?.map((meeting) => <MeetingCard key={meeting.id} meeting={meeting} />)}
          </div>
        </section>

        {/* Where the meetings cannot be listed (not paired) or there are none: every screen, what it needs, a way in by id. */}
        {error || meetings?.length === 0 ? (
          <ScreenGuide />
        ) : (
          <section className={`card ${styles.secretariat}`}>
            <div>
              <h2>{t('secretariatTitle')}</h2>
              <p>{t('secretariatBody')}</p>
            </div>
            <Link className="btn btn-primary" to="/secretariat" data-testid="open-secretariat-list">
              {t('createMeeting')}
            </Link>
          </section>
        )}

        <footer className={styles.footer}>
          <span>{t(`platform.${platform.kind}`)}</span>
          {platform.appVersion ? <span>{t('version', { version: platform.appVersion })}</span> : null}
          {hubVersion ? <span>{t('hubVersion', { version: hubVersion })}</span> : null}
        </footer>
      </div>
    </ScreenFrame>
  );
}

function MeetingCard({ meeting }: { meeting: MeetingSummary }) {
  const { t } = useTranslation(['home', 'common']);
  const format = useFormat();
  return (
    <article className={`card ${styles.meeting}`} data-testid="meeting-card" data-meeting-id={meeting.id}>
      <header className={styles.meetingHead}>
        <div className={styles.meetingText}>
          <h3>{meeting.title}</h3>
          <p>
            {format.longDate(meeting.date)}
            {meeting.place ? ` · ${meeting.place}` : ''}
          </p>
        </div>
        <span className={`${styles.status} ${styles[meeting.status]}`}>{t(`common:status.${meeting.status}`)}</span>
      </header>
      <nav className={styles.screens}>
        {SCREENS.map((screen) => (
          <Link key={screen} to={screenPath(screen, meeting.id)} className={styles.screen} data-testid={`open-${screen}`}>
            <ScreenIcon screen={screen} />
            <span className={styles.screenText}>
              <strong>{t(`common:screens.${screen}`)}</strong>
              <span>{t(`screens.${screen}`)}</span>
              <span className={styles.screenNeeds} data-testid="screen-needs">
                {t(`guide.needShort.${screen}`)}
              </span>
            </span>
          </Link>
        ))}
      </nav>
    </article>
  );
}
