import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Delegate, MeetingSnapshot } from '../../../shared/protocol/index.ts';
import { useCommand } from '../../client/react.tsx';
import { useFormat } from '../../i18n/format.ts';
import { Dialog } from '../common/Dialog.tsx';
import { ErrorMessage } from '../common/ErrorMessage.tsx';
import { NotVotedRow } from '../paper-votes/NotVotedRow.tsx';
import { openVote } from '../votes/select.ts';
import type { SeatState } from './seatStates.ts';
import styles from './seatMap.module.css';

/**
 * One seat opened from the map: who sits there and each state in words; at the secretariat, her paper vote on the
 * open ballot (the paper desk's own row and commands), or her check-in first. The chair reads; paper is the
 * secretariat's (the hub allows it nobody else).
 */
export function SeatDialog({
  snapshot,
  label,
  delegate,
  state,
  desk,
  onClose,
}: {
  snapshot: MeetingSnapshot;
  label: string;
  delegate: Delegate | null;
  state: SeatState;
  /** The secretariat's map: paper votes and check-in here. */
  desk: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation('seat-map');
  const format = useFormat();
  const vote = openVote(snapshot);
  const checkIn = useCommand('checkin.manual');
  const [active, setActive] = useState(false);
  const [recorded, setRecorded] = useState(false);
  const attendance = delegate ? snapshot.attendance.find((a) => a.id === delegate.id) : undefined;

  const lines = delegate
    ? [
        state.present && attendance?.checkedInAt ? t('seat.present', { time: format.time(new Date(attendance.checkedInAt)) }) : t('seat.absent'),
        state.online ? t('seat.online') : t('seat.offline'),
        t(state.preload === 'done' ? 'seat.preloadDone' : state.preload === 'partial' ? 'seat.preloadPartial' : 'seat.preloadNone'),
        !vote ? t('seat.noVote') : t(state.voted === 'tablet' ? 'seat.votedTablet' : state.voted === 'paper' ? 'seat.votedPaper' : 'seat.notVoted'),
        ...(state.asking ? [t('seat.asking')] : []),
      ]
    : [];

  return (
    <Dialog labelledBy="seat-dialog-title" onClose={onClose} closeOnBackdrop={!active} className={styles.dialog} testId="seat-dialog">
      <h2 id="seat-dialog-title">
        {t('seat.title', { seat: label })}
        {delegate ? <span className={styles.dialogName}> · {delegate.fullName}</span> : null}
      </h2>
      {delegate ? (
        <>
          {[delegate.title, delegate.organisation, delegate.group].some(Boolean) ? (
            <p className={styles.muted}>{[delegate.title, delegate.organisation, delegate.group].filter(Boolean).join(' · ')}</p>
          ) : null}
          <ul className={styles.stateList} data-testid="seat-states">
            {lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          {vote && state.voted === 'no' ? (
            <section className={styles.paper} aria-labelledby="seat-paper-title">
              <h3 id="seat-paper-title">{t('seat.paperTitle')}</h3>
              {!desk ? (
                <p className={styles.muted}>{t('seat.paperChair')}</p>
              ) : !state.present ? (
                <>
                  <p className={styles.muted}>{t('seat.paperAbsent')}</p>
                  <button
                    type="button"
                    className="btn"
                    disabled={checkIn.pending}
                    onClick={() => void checkIn.run({ meetingId: snapshot.meeting.id, delegateId: delegate.id })}
                    data-testid="seat-check-in"
                  >
                    {t('seat.checkIn')}
                  </button>
                  <ErrorMessage error={checkIn.error} />
                </>
              ) : recorded ? (
                <p role="status">{t('seat.recorded')}</p>
              ) : (
                <>
                  <p className={styles.muted}>{t('seat.paperHere')}</p>
                  <ul className={styles.paperRow}>
                    <NotVotedRow
                      meetingId={snapshot.meeting.id}
                      vote={vote}
                      delegate={delegate}
                      active={active}
                      onActive={setActive}
                      onRecorded={() => {
                        setActive(false);
                        setRecorded(true);
                      }}
                      onRefused={() => setActive(false)}
                    />
                  </ul>
                </>
              )}
            </section>
          ) : null}
        </>
      ) : (
        <p>{t('seat.empty')}</p>
      )}
      <div className={styles.dialogActions}>
        <button type="button" className="btn btn-ghost" onClick={onClose} data-testid="seat-dialog-close">
          {t('seat.close')}
        </button>
      </div>
    </Dialog>
  );
}
