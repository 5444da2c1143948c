import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentProgress, Preloader, PreloadView } from '../preload/preloader.ts';
import { useFormat } from '../../i18n/format.ts';
import { TapToExpand } from '../common/TapToExpand.tsx';
import styles from './preload.module.css';

/**
 * How much of the meeting is on this tablet: one bar for everything, and on demand one row per document
 * with its own bar, why a document failed and a way to try it again.
 */
export function PreloadStrip({ view, preloader }: { view: PreloadView; preloader: Preloader | null }) {
  const { t } = useTranslation('tablet');
  const format = useFormat();
  const [open, setOpen] = useState(false);
  if (!preloader) {
    return (
      <div className={styles.strip} data-testid="preload-strip" data-phase="unavailable">
        <p className={styles.note}>{t('preload.unavailable')}</p>
      </div>
    );
  }
  if (view.phase === 'idle' || view.total === 0) return null;
  const complete = view.done === view.total;
  const percent = view.bytesTotal > 0 ? Math.floor((view.bytesDone / view.bytesTotal) * 100) : 100;
  const status =
    view.phase === 'closed'
      ? view.purgedAt
        ? t('preload.purged')
        : t('preload.closed')
      : view.phase === 'waiting'
        ? t('preload.waiting')
        : complete
          ? t('preload.complete')
          : view.failed > 0
            ? t('preload.failedCount', { count: view.failed })
            : t('preload.downloadingPercent', { percent });
  return (
    <section
      className={`${styles.strip} ${complete ? styles.complete : ''} ${view.failed > 0 ? styles.hasFailed : ''} ${open ? styles.expanded : ''}`}
      aria-labelledby="preload-title"
      data-testid="preload-strip"
      data-phase={view.phase}
      data-done={view.done}
      data-total={view.total}
      data-failed={view.failed}
    >
      <div className={styles.head}>
        <h2 id="preload-title" className={styles.title}>
          {t('preload.title')}
        </h2>
        <span className={styles.count}>{t('preload.count', { done: view.done, total: view.total })}</span>
      </div>
      <ProgressBar value={view.bytesDone} max={view.bytesTotal} label={t('preload.overall')} testId="preload-progress" />
      <div className={styles.foot}>
        <span className={styles.status} role="status" data-testid="preload-status" title={status}>
          {status}
        </span>
        <button type="button" className={styles.toggle} aria-expanded={open} onClick={() => setOpen((o) => !o)} data-testid="preload-toggle">
          {open ? t('preload.hide') : t('preload.show')}
        </button>
      </div>
      {open ? (
        <>
          <p className={styles.bytes}>
            {t('preload.bytes', { done: format.bytes(view.bytesDone), total: format.bytes(view.bytesTotal) })}
          </p>
          <ul className={styles.list} data-testid="preload-panel">
            {view.documents.map((document) => (
              <PreloadRow key={document.documentId} document={document} closed={view.phase === 'closed'} onRetry={() => preloader.retry(document.documentId)} />
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

function PreloadRow({ document, closed, onRetry }: { document: DocumentProgress; closed: boolean; onRetry: () => void }) {
  const { t } = useTranslation('tablet');
  const format = useFormat();
  const label =
    document.state === 'done'
      ? t('preload.state.done')
      : closed && document.restricted
        ? t('preload.state.purged')
        : document.state === 'failed'
          ? t('preload.state.failed')
          : document.state === 'downloading'
            ? `${format.bytes(document.bytesDone)} / ${format.bytes(document.bytes)}`
            : t('preload.state.queued');
  return (
    <li className={`${styles.row} ${styles[document.state] ?? ''}`} data-testid="preload-document" data-document-id={document.documentId} data-state={document.state}>
      <div className={styles.rowHead}>
        <TapToExpand text={document.title} className={styles.rowTitle} />
        <span className={styles.rowState}>{label}</span>
      </div>
      <ProgressBar value={document.bytesDone} max={document.bytes} label={document.title} small />
      {document.state === 'failed' && document.error ? (
        <div className={styles.failure}>
          <span data-testid="preload-error" data-kind={document.error.kind}>
            {t(`preload.errors.${document.error.kind}`)}
            {document.retryAt !== null ? ` ${t('preload.retrying')}` : ''}
          </span>
          <button type="button" className="btn btn-small" onClick={onRetry} data-testid="preload-retry">
            {t('preload.retry')}
          </button>
        </div>
      ) : null}
    </li>
  );
}

function ProgressBar({ value, max, label, small = false, testId }: { value: number; max: number; label: string; small?: boolean; testId?: string }) {
  const ratio = max > 0 ? Math.min(1, value / max) : 1;
  return (
    <div
      className={`${styles.bar} ${small ? styles.barSmall : ''}`}
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={max}
      aria-valuenow={value}
      data-testid={testId}
      data-value={value}
      data-max={max}
    >
      <span className={styles.fill} style={{ width: `${ratio * 100}%` }} />
    </div>
  );
}
