import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { MeetingSnapshot } from '../../../shared/protocol/index.ts';
import type { FollowedMeeting } from '../../client/state.ts';
import { HubError } from '../../client/errors.ts';
import { ErrorMessage } from '../common/ErrorMessage.tsx';
import { Loading } from '../common/Loading.tsx';
import { PairingForm } from '../pairing/PairingForm.tsx';
import styles from './meeting.module.css';

/** Renders the screen once the meeting is loaded; until then, a loading state or why it failed. */
export function MeetingState({
  meetingId,
  followed,
  children,
}: {
  meetingId: string;
  followed: FollowedMeeting | null;
  children: (snapshot: MeetingSnapshot) => ReactNode;
}) {
  const { t } = useTranslation('meeting');
  const snapshot = followed?.snapshot;
  if (snapshot) return <>{children(snapshot)}</>;
  const error = followed?.error;
  if (!error || error.code === 'timeout') return <Loading label={t('opening')} />;
  // A tablet the hub no longer counts as paired (unpaired meanwhile): pair it again here.
  if (error.code === 'not_paired') return <PairingForm />;
  const notFound = error.code === 'not_found';
  if (error.code === 'not_published') {
    // The client asks again now and then: this screen turns into the meeting once the secretariat publishes it.
    return (
      <div className={styles.problem} data-testid="meeting-error" data-code={error.code}>
        <h1>{t('notPublishedTitle')}</h1>
        <p>{t('notPublishedBody')}</p>
      </div>
    );
  }
  return (
    <div className={styles.problem} data-testid="meeting-error" data-code={error.code}>
      <h1>{notFound ? t('notFoundTitle') : t('failedTitle')}</h1>
      {notFound ? <p>{t('notFoundBody', { id: meetingId })}</p> : <ErrorMessage error={new HubError(error.code, error.message)} />}
      <Link to="/" className="btn btn-primary">
        {t('backHome')}
      </Link>
    </div>
  );
}
