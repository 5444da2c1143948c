import { useTranslation } from 'react-i18next';
import { clockText, secondsBetween } from '../../../shared/domain/speakers.ts';
import type { Speech } from '../../../shared/protocol/index.ts';
import { SpeakerName } from './SpeakerName.tsx';
import styles from './speakers.module.css';

/** One waiting request on the chair's console: its place, who, how long waiting, and what the chair may do with it. */
export function QueueRow({
  speech,
  place,
  last,
  nowMs,
  busy,
  onGive,
  onMove,
  onWithdraw,
}: {
  speech: Speech;
  place: number;
  last: boolean;
  nowMs: number;
  busy: boolean;
  onGive(): void;
  onMove(position: number): void;
  onWithdraw(): void;
}) {
  const { t } = useTranslation('speakers');
  return (
    <li className={`${styles.queueRow} ${speech.kind === 'pointOfOrder' ? styles.orderRow : ''}`} data-testid="queue-row" data-speech-id={speech.id} data-delegate-id={speech.delegateId}>
      <span className={styles.place}>{place + 1}</span>
      <span className={styles.who}>
        <SpeakerName speech={speech} />
        <span className={styles.meta}>
          {t('queue.waitedFor', { time: clockText(secondsBetween(speech.requestedAt, nowMs)) })}
          {speech.requestedBy !== 'delegate' ? ` · ${speech.requestedBy === 'chair' ? t('queue.onBehalfChair') : t('queue.onBehalf')}` : ''}
        </span>
      </span>
      <span className={styles.rowActions}>
        <button type="button" className="btn btn-small btn-ghost" disabled={busy || place === 0} onClick={() => onMove(place - 1)} aria-label={t('queue.up')} title={t('queue.up')} data-testid="queue-up">
          ↑
        </button>
        <button type="button" className="btn btn-small btn-ghost" disabled={busy || last} onClick={() => onMove(place + 1)} aria-label={t('queue.down')} title={t('queue.down')} data-testid="queue-down">
          ↓
        </button>
        <button type="button" className="btn btn-small btn-ghost" disabled={busy} onClick={onWithdraw} aria-label={t('queue.withdraw')} title={t('queue.withdraw')} data-testid="queue-withdraw">
          ✕
        </button>
        <button type="button" className="btn btn-small btn-accent" disabled={busy} onClick={onGive} data-testid="queue-give">
          {t('queue.give')}
        </button>
      </span>
    </li>
  );
}
