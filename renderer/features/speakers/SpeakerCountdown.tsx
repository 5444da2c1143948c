import { useTranslation } from 'react-i18next';
import { clockText } from '../../../shared/domain/speakers.ts';
import type { Speech } from '../../../shared/protocol/index.ts';
import { useSpeechClock } from './useSpeechClock.ts';
import styles from './speakers.module.css';

/**
 * The speaking time left, by the hub's clock: amber in the warning, red and counting on once over (−0:12); the time
 * spoken for a speech without a limit. `audible`: the warning and the end beep too (the projector, the speaker's tablet).
 */
export function SpeakerCountdown({ speech, audible = false, size = 'normal' }: { speech: Speech; audible?: boolean; size?: 'normal' | 'large' | 'small' }) {
  const { t } = useTranslation('speakers');
  const { left, elapsed, phase } = useSpeechClock(speech, audible);
  const sizeClass = size === 'large' ? styles.countdownLarge : size === 'small' ? styles.countdownSmall : '';
  if (left === null) {
    return (
      <p className={`${styles.countdown} ${sizeClass}`} data-testid="speaker-countdown" data-phase="none" role="timer">
        <span>{t('countdown.elapsed')}</span>
        <strong>{clockText(elapsed)}</strong>
      </p>
    );
  }
  const label = phase === 'over' ? t('countdown.over') : phase === 'warning' ? t('countdown.warning') : t('countdown.left');
  return (
    <p
      className={`${styles.countdown} ${sizeClass} ${phase === 'warning' ? styles.warning : ''} ${phase === 'over' ? styles.over : ''}`}
      data-testid="speaker-countdown"
      data-phase={phase ?? ''}
      data-seconds={left}
      role="timer"
    >
      <span>{label}</span>
      <strong>{clockText(left)}</strong>
    </p>
  );
}
