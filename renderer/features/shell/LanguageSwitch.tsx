import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../i18n/types.ts';
import styles from './shell.module.css';

const SHORT: Record<(typeof LANGUAGES)[number], string> = { vi: 'VI', en: 'EN' };

/** On every screen; the choice is kept on this device (see i18n/index.ts). */
export function LanguageSwitch({ tone = 'dark' }: { tone?: 'dark' | 'light' | 'quiet' }) {
  const { t, i18n } = useTranslation('shell');
  return (
    <div className={`${styles.language} ${styles[tone]}`} role="group" aria-label={t('language')} data-testid="language-switch">
      {LANGUAGES.map((lng) => (
        <button
          key={lng}
          type="button"
          lang={lng}
          aria-pressed={i18n.language === lng}
          title={t(`languages.${lng}`)}
          data-testid={`language-${lng}`}
          onClick={() => void i18n.changeLanguage(lng)}
        >
          {SHORT[lng]}
        </button>
      ))}
    </div>
  );
}
