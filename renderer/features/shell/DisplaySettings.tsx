import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDisplay } from './display.ts';
import styles from './shell.module.css';

/** The tablet's "Aa": large text and high contrast, each a switch, kept on this device. */
export function DisplaySettings() {
  const { t } = useTranslation('shell');
  const [display, setDisplay] = useDisplay();
  const [open, setOpen] = useState(false);
  return (
    <div className={styles.display}>
      <button
        type="button"
        className={styles.displayButton}
        aria-expanded={open}
        aria-label={t('display.title')}
        title={t('display.title')}
        onClick={() => setOpen((o) => !o)}
        data-testid="display-settings"
      >
        <span aria-hidden="true">Aa</span>
      </button>
      {open ? (
        <div className={styles.displayPanel} role="group" aria-label={t('display.title')} data-testid="display-panel">
          <button type="button" className={styles.displaySwitch} aria-pressed={display.largeText} onClick={() => setDisplay({ largeText: !display.largeText })} data-testid="display-large-text">
            <span className={styles.displayMark} aria-hidden="true" />
            {t('display.largeText')}
          </button>
          <button type="button" className={styles.displaySwitch} aria-pressed={display.highContrast} onClick={() => setDisplay({ highContrast: !display.highContrast })} data-testid="display-high-contrast">
            <span className={styles.displayMark} aria-hidden="true" />
            {t('display.highContrast')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
