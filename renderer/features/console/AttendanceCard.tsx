import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttendanceStatus, MeetingSnapshot } from '../../../shared/protocol/index.ts';
import { useCommand } from '../../client/react.tsx';
import { useFormat } from '../../i18n/format.ts';
import { useAttendance } from '../delegates/attendance.ts';
import { byVietnameseName } from '../delegates/search.ts';
import { ErrorMessage } from '../common/ErrorMessage.tsx';
import styles from './console.module.css';

const STATUSES: readonly AttendanceStatus[] = ['absent', 'excused', 'present'];

/**
 * Attendance and quorum, live from the check-in desks: present / absent / excused, whether the meeting
 * may decide, and on demand the list of who is missing, where the chair may correct a status by hand.
 */
export function AttendanceCard({ snapshot }: { snapshot: MeetingSnapshot }) {
  const { t } = useTranslation('console');
  const format = useFormat();
  const summary = useAttendance(snapshot);
  const { quorum } = summary;
  const [open, setOpen] = useState(false);
  const [filter, setFilter] = useState<AttendanceStatus>('absent');
  const set = useCommand('attendance.set');
  const [pendingId, setPendingId] = useState<string | null>(null);
  // Sorted only while the list is open: with 1,500 delegates, sorting by name on every check-in push cost 10-15 ms a
  // push for a list nobody saw.
  const listed = useMemo(
    () => (open ? snapshot.delegates.filter((d) => summary.statusOf(d.id) === filter).sort(byVietnameseName) : []),
    [open, snapshot.delegates, summary, filter],
  );
  const counts: Record<AttendanceStatus, number> = { present: summary.present, absent: summary.absent, excused: summary.excused };
  const numbers = { present: format.number(summary.present), members: format.number(summary.members), required: format.number(quorum.required) };

  // Escape closes the list, as it would a menu.
  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && setOpen(false);
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open]);

  const change = (delegateId: string, status: AttendanceStatus) => {
    setPendingId(delegateId);
    void set.run({ meetingId: snapshot.meeting.id, delegateId, status }).finally(() => setPendingId(null));
  };

  return (
    <section
      className={`card ${styles.attendance} ${open ? styles.attendanceOpen : ''}`}
      data-testid="attendance-card"
      data-present={summary.present}
      data-members={summary.members}
      data-reached={quorum.reached}
      aria-labelledby="attendance-title"
    >
      <div className={styles.attendanceHead}>
        <h2 id="attendance-title" className={styles.statLabel}>
          {t('attendance.title')}
        </h2>
        <button type="button" className="btn btn-small" aria-expanded={open} onClick={() => setOpen(!open)} data-testid="attendance-toggle">
          {open ? t('attendance.hideList') : t('attendance.showAbsent', { count: summary.absent })}
        </button>
      </div>
      <div className={styles.attendanceNumbers} aria-live="polite">
        <span className={styles.statValue}>
          {numbers.present}
          <span className={styles.ofMembers} data-testid="delegate-count" data-count={summary.members}>
            /{numbers.members}
          </span>
        </span>
        <span className={styles.statHint}>{t('attendance.presentOf')}</span>
      </div>
      <p className={`${styles.quorumLine} ${quorum.reached ? styles.reached : styles.missing}`} data-testid="quorum-status">
        <span className={styles.quorumDot} aria-hidden="true" />
        {summary.members === 0
          ? t('attendance.noMembers')
          : quorum.reached
            ? t('attendance.reached', numbers)
            : t('attendance.notReached', { ...numbers, missing: format.number(quorum.missing) })}
      </p>
      <p className={styles.attendanceCounts}>
        {STATUSES.map((status) => (
          <span key={status} data-testid={`attendance-${status}`} data-count={counts[status]}>
            {t(`attendance.${status}`)} <strong>{format.number(counts[status])}</strong>
          </span>
        ))}
      </p>
      {open ? (
        <div className={styles.attendanceList}>
          <div className={styles.filters} role="tablist">
            {STATUSES.map((status) => (
              <button
                key={status}
                type="button"
                role="tab"
                aria-selected={filter === status}
                className={styles.filter}
                onClick={() => setFilter(status)}
                data-testid={`attendance-filter-${status}`}
              >
                {t(`attendance.${status}`)} ({format.number(counts[status])})
              </button>
            ))}
          </div>
          <ErrorMessage error={set.error} testId="attendance-error" />
          {listed.length === 0 ? (
            <p className={styles.listEmpty}>{t(`attendance.none.${filter}`)}</p>
          ) : (
            <ul className={styles.people}>
              {listed.map((d) => (
                <li key={d.id} data-testid="attendance-row" data-delegate-id={d.id}>
                  <span className={styles.personSeat}>{d.seat || '—'}</span>
                  <span className={styles.personName}>
                    {d.fullName}
                    {d.organisation ? <span className={styles.personOrg}>{d.organisation}</span> : null}
                  </span>
                  <span className={styles.setButtons} role="group" aria-label={t('attendance.setFor', { name: d.fullName })}>
                    {STATUSES.filter((s) => s !== filter).map((status) => (
                      <button
                        key={status}
                        type="button"
                        className="btn btn-small"
                        disabled={pendingId !== null}
                        onClick={() => change(d.id, status)}
                        data-testid={`set-${status}`}
                      >
                        {t(`attendance.mark.${status}`)}
                      </button>
                    ))}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </div>
      ) : null}
    </section>
  );
}
