import { useTranslation } from 'react-i18next';
import type { MeetingSnapshot } from '../../../shared/protocol/index.ts';
import { useCommand } from '../../client/react.tsx';
import { ErrorMessage } from '../common/ErrorMessage.tsx';
import { useHubClock } from '../common/useHubClock.ts';
import { floorOf } from './floor.ts';
import { LimitSelect } from './LimitSelect.tsx';
import { QueueRow } from './QueueRow.tsx';
import { SpeakerCountdown } from './SpeakerCountdown.tsx';
import { SpeakerName } from './SpeakerName.tsx';
import styles from './speakers.module.css';

/**
 * The chair's speaker queue: who has the floor with the time left and "end", who waits in order with how long,
 * points of order marked; give the floor (to the next, or to anyone waiting), reorder, take a request off, the limits.
 */
export function SpeakersCard({ snapshot, itemNumber }: { snapshot: MeetingSnapshot; itemNumber: string | null }) {
  const { t } = useTranslation('speakers');
  const nowMs = useHubClock().getTime();
  const give = useCommand('speakers.give');
  const end = useCommand('speakers.end');
  const move = useCommand('speakers.move');
  const withdraw = useCommand('speakers.withdraw');
  const meetingId = snapshot.meeting.id;
  const { speaking, queue } = floorOf(snapshot);
  const busy = give.pending || end.pending || move.pending || withdraw.pending;
  const error = give.error ?? end.error ?? move.error ?? withdraw.error;

  return (
    <section className={`card ${styles.card}`} aria-labelledby="speakers-title" data-testid="speakers-card">
      <header className={styles.cardHead}>
        <h2 id="speakers-title">{t('queue.title')}</h2>
        <span className={styles.count} data-testid="queue-count">
          {t('queue.waiting', { count: queue.length })}
        </span>
        <button type="button" className="btn btn-accent btn-small" disabled={busy || queue.length === 0} onClick={() => void give.run({ meetingId })} data-testid="give-next">
          {t('queue.giveNext')}
        </button>
      </header>
      <div className={styles.speakingRow} data-testid="now-speaking" data-speech-id={speaking?.id ?? ''}>
        {speaking ? (
          <>
            <span className={styles.speakingLabel}>{t('queue.speaking')}</span>
            <SpeakerName speech={speaking} />
            <SpeakerCountdown speech={speaking} size="small" />
            <button type="button" className="btn btn-small" disabled={busy} onClick={() => void end.run({ meetingId, speechId: speaking.id })} data-testid="end-speech">
              {t('queue.end')}
            </button>
          </>
        ) : (
          <span className={styles.muted}>{t('queue.nobodySpeaking')}</span>
        )}
      </div>
      <ErrorMessage error={error} testId="speakers-error" />
      {queue.length === 0 ? (
        <p className={styles.muted} data-testid="queue-empty">
          {t('queue.empty')}
        </p>
      ) : (
        <ol className={styles.queue} data-testid="speaker-queue">
          {queue.map((speech, place) => (
            <QueueRow
              key={speech.id}
              speech={speech}
              place={place}
              last={place === queue.length - 1}
              nowMs={nowMs}
              busy={busy}
              onGive={() => void give.run({ meetingId, speechId: speech.id })}
              onMove={(position) => void move.run({ meetingId, speechId: speech.id, position })}
              onWithdraw={() => void withdraw.run({ meetingId, speechId: speech.id })}
            />
          ))}
        </ol>
      )}
      <LimitSelect snapshot={snapshot} itemNumber={itemNumber} />
    </section>
  );
}
