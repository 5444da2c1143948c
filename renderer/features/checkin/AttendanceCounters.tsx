import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format.ts';
import type { AttendanceSummary } from '../delegates/attendance.ts';
import styles from './checkin.module.css';

/** Present / members and the quorum, live: every check-in anywhere in the room moves them. */
export function AttendanceCounters({ summary }: { summary: AttendanceSummary }) {
  const { t } = useTranslation('checkin');
  const format = useFormat();
  const { quorum } = summary;
  return (
    <section
      className={`card ${styles.counters}`}
      data-testid="checkin-counters"
      data-present={summary.present}
      data-members={summary.members}
      data-reached={quorum.reached}
      aria-live="polite"
      aria-labelledby="checkin-counters-title"
    >
      <h2 id="checkin-counters-title" className="visually-hidden">
        {t('counters.title')}
      </h2>
      <div className={styles.counterMain}>
        <span className={styles.counterLabel}>{t('counters.present')}</span>
        <span className={styles.counterValue}>
          {t('counters.of', { present: format.number(summary.present), members: format.number(summary.members) })}
        </span>
      </div>
      <div className={styles.counterSide}>
        <p className={`${styles.quorum} ${quorum.reached ? styles.quorumReached : styles.quorumMissing}`}>
          <span className={styles.quorumDot} aria-hidden="true" />
          {summary.members === 0
            ? t('counters.noMembers')
            : quorum.reached
              ? t('counters.reached', { required: format.number(quorum.required) })
              : t('counters.notReached', { required: format.number(quorum.required), missing: format.number(quorum.missing) })}
        </p>
        <p className={styles.counterSmall}>
          {t('counters.absent')} <strong>{format.number(summary.absent)}</strong> · {t('counters.excused')}{' '}
          <strong>{format.number(summary.excused)}</strong>
        </p>
      </div>
    </section>
  );
}
