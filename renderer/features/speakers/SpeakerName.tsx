import { useTranslation } from 'react-i18next';
import type { Speech } from '../../../shared/protocol/index.ts';
import styles from './speakers.module.css';

/** A speaker's name and seat, a point of order marked in words (not by colour alone). */
export function SpeakerName({ speech }: { speech: Speech }) {
  const { t } = useTranslation('speakers');
  return (
    <span className={styles.name}>
      <span className={styles.fullName}>{speech.name}</span>
      {speech.seat ? <span className={styles.seat}>{t('queue.seat', { seat: speech.seat })}</span> : null}
      {speech.kind === 'pointOfOrder' ? (
        <span className={styles.pointOfOrder} data-testid="point-of-order">
          {t('queue.pointOfOrder')}
        </span>
      ) : null}
    </span>
  );
}
