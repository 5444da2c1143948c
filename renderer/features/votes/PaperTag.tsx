import { useTranslation } from 'react-i18next';
import styles from './voters.module.css';

/** "Paper" beside a delegate who voted on paper: what the minutes look for, a word in a tag, not a colour alone. */
export function PaperTag() {
  const { t } = useTranslation('votes');
  return <span className={styles.paper}>{t('voters.paper')}</span>;
}
