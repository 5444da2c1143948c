import { useTranslation } from 'react-i18next';
import type { MeetingSnapshot } from '../../../shared/protocol/index.ts';
import { useFormat } from '../../i18n/format.ts';
import { useAttendance } from '../delegates/attendance.ts';
import styles from './projector.module.css';

/** "Có mặt 9/12 · Đủ số lượng": the hall sees whether the meeting may decide. Nothing before the list exists. */
export function ProjectorAttendance({ snapshot }: { snapshot: MeetingSnapshot }) {
  const { t } = useTranslation('projector');
  const format = useFormat();
  const summary = useAttendance(snapshot);
  const { quorum } = summary;
  if (summary.members === 0) return null;
  return (
    <p
      className={`${styles.attendance} ${quorum.reached ? styles.reached : styles.missing}`}
      data-testid="projector-attendance"
      data-present={summary.present}
      data-members={summary.members}
      data-reached={quorum.reached}
    >
      <span className={styles.attendanceDot} aria-hidden="true" />
      <span>
        {t('attendance.present', { present: format.number(summary.present), members: format.number(summary.members) })}
      </span>
      <span className={styles.attendanceSeparator} aria-hidden="true">
        ·
      </span>
      <span className={styles.quorum}>
        {quorum.reached ? t('attendance.reached') : t('attendance.notReached', { required: format.number(quorum.required) })}
      </span>
    </p>
  );
}
