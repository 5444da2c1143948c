import { useTranslation } from 'react-i18next';
import { formatSeconds } from './clock.ts';
import { useSecondsLeft } from './useSecondsLeft.ts';
import styles from './countdown.module.css';

/** "Còn lại 2:05", then "Hết giờ" at 0:00, by the hub's clock; nothing for a vote without a countdown. Sized by `className`. */
export function Countdown({ closesAt, className = '' }: { closesAt: string | null; className?: string }) {
  const { t } = useTranslation('votes');
  const left = useSecondsLeft(closesAt);
  if (left === null) return null;
  return (
    <p className={`${styles.countdown} ${left === 0 ? styles.over : ''} ${className}`} data-testid="vote-countdown" data-seconds={left} role="timer">
      <span>{left === 0 ? t('countdown.over') : t('countdown.left')}</span>
      <strong>{formatSeconds(left)}</strong>
    </p>
  );
}
