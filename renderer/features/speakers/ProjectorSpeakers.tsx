import { useTranslation } from 'react-i18next';
import type { MeetingSnapshot } from '../../../shared/protocol/index.ts';
import { floorOf } from './floor.ts';
import { SpeakerCountdown } from './SpeakerCountdown.tsx';
import { SpeakerName } from './SpeakerName.tsx';
import styles from './speakers.module.css';

/** The projector: who has the floor with the time left (seen and heard), and the next three. Nothing while nobody is on the list. */
export function ProjectorSpeakers({ snapshot }: { snapshot: MeetingSnapshot }) {
  const { t } = useTranslation('speakers');
  const { speaking, queue } = floorOf(snapshot);
  if (!speaking && queue.length === 0) return null;
  const next = queue.slice(0, 3);
  return (
    <section className={styles.projector} data-testid="projector-speakers">
      {speaking ? (
        <div className={styles.projectorSpeaking} data-testid="projector-speaker" data-speech-id={speaking.id}>
          <span className={styles.projectorLabel}>{t('queue.speaking')}</span>
          <SpeakerName speech={speaking} />
          <SpeakerCountdown speech={speaking} audible size="large" />
        </div>
      ) : null}
      {next.length > 0 ? (
        <div className={styles.projectorNext}>
          <span className={styles.projectorLabel}>{t('queue.next')}</span>
          <ol data-testid="projector-next">
            {next.map((speech) => (
              <li key={speech.id} data-delegate-id={speech.delegateId}>
                <SpeakerName speech={speech} />
              </li>
            ))}
          </ol>
        </div>
      ) : null}
    </section>
  );
}
