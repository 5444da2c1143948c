import { useTranslation } from 'react-i18next';
import { useHubState } from '../../client/react.tsx';
import styles from './connection.module.css';

/** Covers the screen when the hub speaks another protocol version: nothing else can work, so say it plainly. */
export function ProtocolMismatch() {
  const { t } = useTranslation(['connection', 'common']);
  const fatal = useHubState((s) => s.fatal);
  if (!fatal) return null;
  return (
    <div className={styles.fatalBackdrop}>
      <div className={styles.fatal} role="alertdialog" aria-labelledby="fatal-title" data-testid="protocol-mismatch">
        <h1 id="fatal-title">{t('mismatchTitle')}</h1>
        <p>{t('mismatchBody')}</p>
        <p className={styles.fatalDetail}>{fatal.message}</p>
        <button type="button" className="btn btn-primary" onClick={() => globalThis.location.reload()}>
          {t('common:actions.reload')}
        </button>
      </div>
    </div>
  );
}
