import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { meetingIdFromText } from '../../../shared/domain/meeting-id.ts';
import { ScreenIcon } from './ScreenIcon.tsx';
import { SCREENS, screenPath, type ScreenName } from './screens.ts';
import styles from './home.module.css';

/** Where a screen opens: the secretariat's list without a meeting id; the others need one. */
function target(screen: ScreenName, meetingId: string): string | null {
  if (meetingId) return screenPath(screen, meetingId);
  return screen === 'secretariat' ? '/secretariat' : null;
}

/**
 * Every screen of the room with what it takes to open it (a pairing, a staff credential, the admin passcode), and a
 * way to open it by the meeting's id: what a device that cannot list the meetings yet (not paired) still needs.
 */
export function ScreenGuide() {
  const { t } = useTranslation(['home', 'common']);
  const [typed, setTyped] = useState('');
  const meetingId = meetingIdFromText(typed);

  return (
    <section className={`card ${styles.guide}`} aria-labelledby="guide-title" data-testid="screen-guide">
      <header className={styles.guideHead}>
        <div>
          <h2 id="guide-title">{t('guide.title')}</h2>
          <p>{t('guide.intro')}</p>
        </div>
        <label className={`field ${styles.guideId}`}>
          <span>{t('guide.meetingId')}</span>
          <input
            className="input"
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
            placeholder="demo"
            autoCapitalize="none"
            spellCheck={false}
            data-testid="guide-meeting-id"
          />
          <small>{t('guide.meetingIdHint')}</small>
        </label>
      </header>
      <ul className={styles.guideList}>
        {SCREENS.map((screen) => {
          const to = target(screen, meetingId);
          return (
            <li key={screen} className={styles.guideRow} data-testid="guide-screen" data-screen={screen}>
              <ScreenIcon screen={screen} />
              <span className={styles.guideText}>
                <strong>{t(`common:screens.${screen}`)}</strong>
                <span>{t(`screens.${screen}`)}</span>
              </span>
              <span className={styles.guideNeeds}>
                <span className={styles.guideNeedsLabel}>{t('guide.needs')}</span> {t(`guide.need.${screen}`)}
              </span>
              {to ? (
                <Link className="btn btn-small" to={to} data-testid={`guide-open-${screen}`}>
                  {t('guide.open')}
                </Link>
              ) : (
                <span className={styles.guideWaiting}>{t('guide.needsId')}</span>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
