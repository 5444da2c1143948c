import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format.ts';
import { ErrorMessage } from '../common/ErrorMessage.tsx';
import type { Upload } from './uploadQueue.ts';
import styles from './secretariat.module.css';
import { ProgressBar } from '../common/ProgressBar.tsx';

/** Files on their way to the hub: a bar each, then the hub's reason when it refused one. */
export function UploadList({ uploads, onDismiss }: { uploads: readonly Upload[]; onDismiss: (key: string) => void }) {
  const { t } = useTranslation('secretariat');
  const format = useFormat();
  if (uploads.length === 0) return null;
  return (
    <ul className={styles.uploads} aria-live="polite" data-testid="uploads">
      {uploads.map((upload) => {
        const percent = upload.bytes > 0 ? Math.min(100, Math.round((upload.loaded / upload.bytes) * 100)) : 0;
        return (
          <li key={upload.key} className={`${styles.upload} ${styles[`upload_${upload.phase}`] ?? ''}`} data-testid="upload" data-phase={upload.phase} data-name={upload.name}>
            <div className={styles.uploadHead}>
              <strong className={styles.uploadName}>{upload.name}</strong>
              <span className={styles.muted}>
                {upload.phase === 'uploading'
                  ? t('documents.progress', { done: format.bytes(upload.loaded), total: format.bytes(upload.bytes) })
                  : t(`documents.phase.${upload.phase}`)}
              </span>
              {upload.phase === 'failed' ? (
                <button type="button" className="btn btn-small btn-ghost" onClick={() => onDismiss(upload.key)} data-testid="upload-dismiss">
                  {t('documents.dismiss')}
                </button>
              ) : null}
            </div>
            {upload.phase === 'uploading' || upload.phase === 'waiting' || upload.phase === 'attaching' ? (
              <ProgressBar max={100} value={upload.phase === 'attaching' ? 100 : percent} aria-label={upload.name} />
            ) : null}
            <ErrorMessage error={upload.error} testId="upload-error" />
          </li>
        );
      })}
    </ul>
  );
}
