import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../i18n/format.ts';
import type { BackLink } from './control.ts';
import type { DocumentLoad } from './useDocumentLoad.ts';
import styles from './viewer.module.css';

/** Download progress, pdf.js opening the file, or why the document cannot be shown. */
export function LoadState({ load, back, onRetry }: { load: Exclude<DocumentLoad, { phase: 'ready' }>; back: BackLink; onRetry: () => void }) {
  const { t } = useTranslation(['viewer', 'common']);
  const format = useFormat();
  if (load.phase === 'failed') {
    const code = load.reason === 'open' ? 'damaged' : load.code;
    const known = ['not_signed_in', 'session_expired', 'forbidden', 'not_found', 'not_paired', 'network', 'damaged'] as const;
    const message = (known as readonly string[]).includes(code) ? t(`failed.${code as (typeof known)[number]}`) : t('failed.other');
    return (
      <div className={styles.state}>
        <div className={`card ${styles.problem}`} role="alert" data-testid="viewer-error" data-code={code} title={load.message}>
          <h2>{t('failedTitle')}</h2>
          <p>{message}</p>
          <div className={styles.problemActions}>
            <button type="button" className="btn btn-primary" onClick={onRetry} data-testid="viewer-retry">
              {t('retry')}
            </button>
            <Link to={back.to} state={back.state} className="btn" title={back.title} data-testid="viewer-error-back">
              {back.label}
            </Link>
          </div>
        </div>
      </div>
    );
  }
  const downloading = load.phase === 'downloading';
  const fraction = downloading && load.total ? Math.min(1, load.loaded / load.total) : null;
  return (
    <div className={styles.state}>
      <div className={`card ${styles.progressCard}`} data-testid="viewer-progress" data-phase={load.phase}>
        <p className={styles.progressLabel}>{downloading ? t('downloading') : t('opening')}</p>
        <div
          className={`${styles.progress} ${fraction === null ? styles.progressBusy : ''}`}
          role="progressbar"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={fraction === null ? undefined : Math.round(fraction * 100)}
          aria-label={downloading ? t('downloading') : t('opening')}
        >
          <div className={styles.progressFill} style={fraction === null ? undefined : { width: `${fraction * 100}%` }} />
        </div>
        <p className={styles.progressDetail}>
          {downloading
            ? load.total
              ? t('downloaded', { loaded: format.bytes(load.loaded), total: format.bytes(load.total) })
              : t('downloadedSoFar', { loaded: format.bytes(load.loaded) })
            : '\u00a0'}
        </p>
      </div>
    </div>
  );
}
