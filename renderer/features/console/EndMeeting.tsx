import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Meeting } from '../../../shared/protocol/index.ts';
import { useCommand } from '../../client/react.tsx';
import { ErrorMessage } from '../common/ErrorMessage.tsx';
import { useOpenDownload } from '../common/useOpenDownload.ts';
import styles from './console.module.css';

/**
 * The chair ends the meeting (after a question: it is final; the hub refuses while a vote is open and says so), and
 * the minutes are there at once: the PDF in the console's language, opened by one-time link (docs/minutes.md).
 */
export function EndMeeting({ meeting }: { meeting: Meeting }) {
  const { t, i18n } = useTranslation('console');
  const end = useCommand('meeting.end');
  const minutes = useOpenDownload();
  const [asking, setAsking] = useState(false);
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  const openMinutes = () =>
    void minutes.open(`/api/meetings/${encodeURIComponent(meeting.id)}/minutes.pdf`, {
      query: { lang, tz: Intl.DateTimeFormat().resolvedOptions().timeZone },
      fileName: `${lang === 'vi' ? 'bien-ban' : 'minutes'}-${meeting.id}.pdf`,
    });

  if (meeting.status === 'closed') {
    return (
      <div className={styles.endMeeting} data-testid="meeting-ended">
        <p>{t('end.done')}</p>
        <button type="button" className="btn btn-primary btn-small" disabled={minutes.pending} onClick={openMinutes} data-testid="console-minutes">
          {t('end.minutes')}
        </button>
        <ErrorMessage error={minutes.error} testId="console-minutes-error" />
      </div>
    );
  }
  if (meeting.status !== 'published') return null;
  return (
    <div className={styles.endMeeting}>
      {asking ? (
        <div role="alertdialog" aria-labelledby="end-meeting-question" data-testid="end-meeting-confirm-panel">
          <p id="end-meeting-question">
            <strong>{t('end.question', { title: meeting.title })}</strong> {t('end.effect')}
          </p>
          <div className={styles.endActions}>
            <button
              type="button"
              className="btn btn-danger btn-small"
              disabled={end.pending}
              onClick={() => void end.run({ meetingId: meeting.id }).then((done) => done && setAsking(false))}
              data-testid="end-meeting-confirm"
            >
              {end.pending ? t('end.ending') : t('end.yes')}
            </button>
            <button type="button" className="btn btn-small" onClick={() => (end.reset(), setAsking(false))} data-testid="end-meeting-cancel">
              {t('end.no')}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" className="btn btn-danger btn-small" onClick={() => setAsking(true)} data-testid="end-meeting">
          {t('end.button')}
        </button>
      )}
      <ErrorMessage error={end.error} testId="end-meeting-error" />
    </div>
  );
}
