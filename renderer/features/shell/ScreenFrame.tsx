import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Meeting } from '../../../shared/protocol/index.ts';
import { ConnectionBadge } from '../connection/ConnectionBadge.tsx';
import { usePlatform } from '../../platform/react.tsx';
import { SessionBadge } from '../signin/SessionBadge.tsx';
import { BrandMark } from '../common/BrandMark.tsx';
import { MeetingHeading } from './MeetingHeading.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { DisplaySettings } from './DisplaySettings.tsx';
import styles from './shell.module.css';

export type ScreenKind = 'tablet' | 'console' | 'secretariat' | 'checkin' | 'home';

/**
 * The frame of every staff and delegate screen: the brand and the screen's name, the meeting
 * (title, date, place), then the connection state (when there is a hub), the session and the language switch, always in view.
 */
export function ScreenFrame({
  screen,
  meeting,
  children,
  scroll = false,
}: {
  screen: ScreenKind;
  meeting?: Meeting | null;
  children: ReactNode;
  /** Screens built for one viewport (console, tablet) keep the frame fixed and scroll inside panels. */
  scroll?: boolean;
}) {
  const { t } = useTranslation(['common', 'shell']);
  // The desktop app's first start has no hub yet: a "Connecting…" there would promise what cannot come.
  const hasHub = usePlatform().hubUrl !== '';
  return (
    <div className={`${styles.frame} ${scroll ? styles.scroll : styles.fixed}`} data-screen={screen}>
      <header className={styles.header}>
        <Link to="/" className={styles.brand} title={t('shell:home')}>
          <BrandMark />
          <span className={styles.brandText}>
            <span className={styles.brandName}>{t('appName')}</span>
            {screen !== 'home' ? <span className={styles.screenName}>{t(`screens.${screen}`)}</span> : null}
          </span>
        </Link>
        <div className={styles.meeting}>{meeting ? <MeetingHeading meeting={meeting} /> : null}</div>
        <div className={styles.tools}>
          {hasHub ? <ConnectionBadge /> : null}
          <SessionBadge />
          {screen === 'tablet' ? <DisplaySettings /> : null}
          <LanguageSwitch />
        </div>
      </header>
      <main className={styles.body}>{children}</main>
    </div>
  );
}
