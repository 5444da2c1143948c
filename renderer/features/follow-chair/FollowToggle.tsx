import { useTranslation } from 'react-i18next';
import { useFollowMode } from './followMode.ts';
import styles from './followChair.module.css';

/** The tablet's follow-the-chair switch: on, the tablet opens what the chair shows; off, the reader browses alone. */
export function FollowToggle() {
  const { t } = useTranslation('follow-chair');
  const [mode, setMode] = useFollowMode();
  // Turned on, the chair's showing is new to this tablet again: the screen's follow hook opens it.
  const toggle = () => setMode(mode.following ? { following: false } : { following: true, opened: null });
  return (
    <button
      type="button"
      className={styles.toggle}
      aria-pressed={mode.following}
      onClick={toggle}
      title={t(mode.following ? 'followingTitle' : 'notFollowingTitle')}
      data-testid="follow-toggle"
    >
      <span className={styles.toggleDot} aria-hidden="true" />
      {t(mode.following ? 'following' : 'notFollowing')}
    </button>
  );
}
