import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format.ts';
import { CopyableCode } from '../common/CopyableCode.tsx';
import { ErrorMessage } from '../common/ErrorMessage.tsx';
import { Loading } from '../common/Loading.tsx';
import { useMeetingList } from '../meeting/useMeetingList.ts';
import { ScreenFrame } from '../shell/ScreenFrame.tsx';
import { RequireRole } from '../signin/RequireRole.tsx';
import { CreateMeetingForm } from './CreateMeetingForm.tsx';
import { ImportPackForm } from './ImportPackForm.tsx';
import { StaffAccessPage } from '../staff-access/StaffAccessPage.tsx';
import styles from './secretariat.module.css';
import idStyles from './meetingId.module.css';

/** `/secretariat`: the hub's meetings and the form that creates one. */
export function SecretariatListPage() {
  return (
    <ScreenFrame screen="secretariat" scroll>
      <RequireRole role="secretariat">
        <MeetingsAdmin />
      </RequireRole>
    </ScreenFrame>
  );
}

function MeetingsAdmin() {
  const { t } = useTranslation(['secretariat', 'common']);
  const format = useFormat();
  const navigate = useNavigate();
  const { meetings, error } = useMeetingList();
  return (
    <div className={styles.listPage}>
      <section className={styles.listMain}>
        <header className={styles.pageHead}>
          <h1>{t('meetingsTitle')}</h1>
          <p>{t('meetingsIntro')}</p>
        </header>
        <ErrorMessage error={error} />
        {meetings === null && !error ? <Loading /> : null}
        {meetings?.length === 0 ? <p className={styles.muted}>{t('noMeetings')}</p> : null}
        <ul className={styles.meetingList}>
          {meetings?.map((m) => (
            <li key={m.id} className={`card ${styles.meetingRow}`} data-testid="secretariat-meeting" data-meeting-id={m.id}>
              <div className={styles.meetingInfo}>
                <strong>{m.title}</strong>
                <span>
                  {format.longDate(m.date)}
                  {m.place ? ` · ${m.place}` : ''}
                </span>
                <span className={idStyles.row}>
                  {t('details.id')} <CopyableCode text={m.id} label={`${t('details.id')} · ${m.title}`} testId="meeting-id" />
                </span>
              </div>
              <span className={styles.status} data-status={m.status}>
                {t(`common:status.${m.status}`)}
              </span>
              <Link className="btn btn-primary" to={`/secretariat/${encodeURIComponent(m.id)}`}>
                {t('prepare')}
              </Link>
            </li>
          ))}
        </ul>
      </section>
      <aside className={styles.listAside}>
        <CreateMeetingForm onCreated={(id) => void navigate(`/secretariat/${encodeURIComponent(id)}`)} />
        <ImportPackForm />
      </aside>
      {/* The hub's staff credentials and failed attempts concern every meeting: here too, not only in a meeting's tab. */}
      <div className={styles.listWide}>
        <StaffAccessPage />
      </div>
    </div>
  );
}
