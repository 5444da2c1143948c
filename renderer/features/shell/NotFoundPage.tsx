import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ScreenFrame } from './ScreenFrame.tsx';
import styles from './shell.module.css';

export function NotFoundPage() {
  const { t } = useTranslation('shell');
  return (
    <ScreenFrame screen="home" scroll>
      <div className={styles.notFound} data-testid="not-found">
        <h1>{t('notFoundTitle')}</h1>
        <p>{t('notFoundBody')}</p>
        <Link className="btn btn-primary" to="/">
          {t('goHome')}
        </Link>
      </div>
    </ScreenFrame>
  );
}
