import type { Meeting } from '../../../shared/protocol/index.ts';
import { useFormat } from '../../i18n/format.ts';
import { TapToExpand } from '../common/TapToExpand.tsx';
import styles from './meetingHeading.module.css';

/** The meeting's title, date and place, as shown in every screen's header. */
export function MeetingHeading({ meeting }: { meeting: Meeting }) {
  const format = useFormat();
  return (
    <div className={styles.heading} data-testid="meeting-heading">
      {/* Cut short on a narrow tablet: a tap shows it in full, over the screen below the header. */}
      <TapToExpand text={meeting.title} className={styles.title} testId="meeting-title" over />
      <div className={styles.meta}>
        <span className={styles.date} data-testid="meeting-date">
          {format.longDate(meeting.date)}
        </span>
        {meeting.place ? (
          <>
            <span aria-hidden="true" className={styles.sep}>
              •
            </span>
            <span className={styles.place} title={meeting.place} data-testid="meeting-place">
              {meeting.place}
            </span>
          </>
        ) : null}
      </div>
    </div>
  );
}
