import { useTranslation } from 'react-i18next';
import type { MeetingSnapshot, SpeechKind } from '../../../shared/protocol/index.ts';
import { useCommand } from '../../client/react.tsx';
import { ErrorMessage } from '../common/ErrorMessage.tsx';
import { floorOf } from './floor.ts';
import { SpeakerCountdown } from './SpeakerCountdown.tsx';
import styles from './speakers.module.css';

/**
 * The delegate's tablet: ask to speak or raise a point of order, see her place in the queue and withdraw; when she
 * has the floor, her time left, large, with the warning seen and heard.
 */
export function AskToSpeak({ snapshot, delegateId }: { snapshot: MeetingSnapshot; delegateId: string }) {
  const { t } = useTranslation('speakers');
  const ask = useCommand('speakers.ask');
  const withdraw = useCommand('speakers.withdraw');
  const meetingId = snapshot.meeting.id;
  const { speaking, queue } = floorOf(snapshot);
  const mine = (kind: SpeechKind) => {
    const at = queue.findIndex((s) => s.delegateId === delegateId && s.kind === kind);
    return at === -1 ? null : { speech: queue[at]!, place: at + 1 };
  };
  const request = mine('speech');
  const order = mine('pointOfOrder');
  const busy = ask.pending || withdraw.pending;

  if (speaking?.delegateId === delegateId) {
    return (
      <section className={`${styles.tablet} ${styles.tabletSpeaking}`} data-testid="ask-to-speak" data-state="speaking">
        <h2>{t('tablet.youSpeak')}</h2>
        <SpeakerCountdown speech={speaking} audible size="large" />
      </section>
    );
  }
  return (
    <section className={styles.tablet} data-testid="ask-to-speak" data-state={request || order ? 'waiting' : 'idle'}>
      {speaking ? (
        <p className={styles.tabletSpeaker} data-testid="tablet-speaker">
          {t('tablet.speaker', { name: speaking.name })}
        </p>
      ) : null}
      {[request && { ...request, kind: 'speech' as const }, order && { ...order, kind: 'pointOfOrder' as const }].map((entry) =>
        entry ? (
          <div key={entry.kind} className={styles.tabletPlace} data-testid={`my-place-${entry.kind}`} data-place={entry.place}>
            <span>{entry.kind === 'speech' ? t('tablet.place', { place: entry.place }) : t('tablet.placePointOfOrder', { place: entry.place })}</span>
            <button type="button" className="btn btn-small" disabled={busy} onClick={() => void withdraw.run({ meetingId, speechId: entry.speech.id })} data-testid={`withdraw-${entry.kind}`}>
              {t('tablet.withdraw')}
            </button>
          </div>
        ) : null,
      )}
      <div className={styles.tabletButtons}>
        {!request ? (
          <button type="button" className="btn btn-accent" disabled={busy} onClick={() => void ask.run({ meetingId, kind: 'speech' })} data-testid="ask-speech">
            {t('tablet.ask')}
          </button>
        ) : null}
        {!order ? (
          <button type="button" className="btn" disabled={busy} onClick={() => void ask.run({ meetingId, kind: 'pointOfOrder' })} data-testid="ask-point-of-order">
            {t('tablet.askPointOfOrder')}
          </button>
        ) : null}
      </div>
      <ErrorMessage error={ask.error ?? withdraw.error} testId="ask-error" />
    </section>
  );
}
