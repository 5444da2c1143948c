import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingStatus } from '../../../shared/protocol/index.ts';
import type { PreloadDevice } from '../../../shared/protocol/index.ts';
import type { HubError } from '../../client/errors.ts';
import { useFormat } from '../../i18n/format.ts';
import { Dialog } from '../common/Dialog.tsx';
import { ErrorMessage } from '../common/ErrorMessage.tsx';
import { PreloadTable } from './PreloadPanel.tsx';
import { deviceLabel, failureReason, summarisePreload } from './summary.ts';
import { useDevicePreload } from './useDevicePreload.ts';
import styles from './preloadStatus.module.css';
import { ProgressBar } from '../common/ProgressBar.tsx';

/** Failed tablets named on the card; the rest are in the full table. */
const SHOWN_FAILURES = 3;

/**
 * The chair's glance at the tablets: how many hold every document, the bytes overall, which ones failed
 * and why, which are offline, and once the meeting is closed which have not deleted the restricted
 * documents. The full table opens in a dialog. Live from `preload.changed`, like the secretariat's tab.
 */
export function PreloadCard({ meetingId, status }: { meetingId: string; status: MeetingStatus }) {
  const { t } = useTranslation('preload-status');
  const format = useFormat();
  const { devices, error } = useDevicePreload(meetingId);
  const [open, setOpen] = useState(false);
  const summary = summarisePreload(devices ?? []);
  const closed = status === 'closed';

  return (
    <section
      className={`card ${styles.card}`}
      aria-labelledby="preload-card-title"
      data-testid="preload-card"
      data-total={summary.total}
      data-complete={summary.complete}
      data-failed={summary.failed.length}
      data-offline={summary.offline.length}
      data-unpurged={summary.unpurged.length}
    >
      <div className={styles.head}>
        <h2 id="preload-card-title" className={styles.label}>
          {t('card.title')}
        </h2>
        <button type="button" className="btn btn-small" onClick={() => setOpen(true)} disabled={devices === null} data-testid="preload-card-open">
          {t('card.showAll')}
        </button>
      </div>
      <ErrorMessage error={error} testId="preload-card-error" />
      {status === 'draft' ? (
        <p className={styles.quiet}>{t('card.draft')}</p>
      ) : devices === null ? (
        error ? null : <p className={styles.quiet}>{t('panel.loading')}</p>
      ) : devices.length === 0 ? (
        <p className={styles.quiet} data-testid="preload-card-empty">
          {t('panel.empty')}
        </p>
      ) : (
        <>
          <p className={styles.numbers} aria-live="polite" data-testid="preload-card-summary">
            <span className={styles.value}>
              {format.number(closed ? summary.purged : summary.complete)}
              <span className={styles.ofTotal}>/{format.number(closed ? summary.purged + summary.unpurged.length : summary.total)}</span>
            </span>
            <span className={styles.quiet}>{closed ? t('card.purged') : t('card.ready')}</span>
          </p>
          {closed ? (
            <NamedList testId="preload-card-unpurged" devices={summary.unpurged} heading={t('card.unpurged', { count: summary.unpurged.length })} tone="warning" none={t('card.allPurged')} />
          ) : (
            <>
              <div className={styles.bytes} data-testid="preload-card-bytes">
                <ProgressBar done={summary.percent === 100} max={100} value={summary.percent} aria-hidden="true" />
                <span>{t('card.bytes', { done: format.bytes(summary.bytesDone), total: format.bytes(summary.bytesTotal), percent: summary.percent })}</span>
              </div>
              <Failures devices={summary.failed} />
            </>
          )}
          {summary.offline.length > 0 ? <NamedList testId="preload-card-offline" devices={summary.offline} heading={t('card.offline', { count: summary.offline.length })} tone="muted" /> : null}
        </>
      )}
      {open && devices ? <PreloadDialog devices={devices} error={error} status={status} onClose={() => setOpen(false)} /> : null}
    </section>
  );
}

/** Each failed tablet on one line: who, then the first document that failed and why. */
function Failures({ devices }: { devices: PreloadDevice[] }) {
  const { t } = useTranslation('preload-status');
  if (devices.length === 0) return <p className={styles.good}>{t('card.allGood')}</p>;
  const hidden = devices.length - SHOWN_FAILURES;
  return (
    <div className={styles.failed}>
      <h3 className={styles.failedHead}>{t('card.failed', { count: devices.length })}</h3>
      <ul>
        {devices.slice(0, SHOWN_FAILURES).map((device) => (
          <li key={device.deviceId} data-testid="preload-card-failed" data-device-id={device.deviceId}>
            <strong>{deviceLabel(device)}</strong>{' '}
            <span className={styles.reason}>
              {device.failed.map((failure) => t('card.failedDocument', { title: failure.title, error: failureReason(failure, t) })).join('; ')}
            </span>
          </li>
        ))}
      </ul>
      {hidden > 0 ? <p className={styles.quiet}>{t('card.more', { count: hidden })}</p> : null}
    </div>
  );
}

/** A count and the names, on two lines at most (the full table has them all). */
function NamedList({ devices, heading, tone, none, testId }: { devices: PreloadDevice[]; heading: string; tone: 'warning' | 'muted'; none?: string; testId: string }) {
  if (devices.length === 0) return none ? <p className={styles.good}>{none}</p> : null;
  return (
    <p className={`${styles.named} ${tone === 'warning' ? styles.warning : ''}`} data-testid={testId} data-count={devices.length}>
      <strong>{heading}</strong> {devices.map(deviceLabel).join(', ')}
    </p>
  );
}

function PreloadDialog({ devices, error, status, onClose }: { devices: PreloadDevice[]; error: HubError | null; status: MeetingStatus; onClose: () => void }) {
  const { t } = useTranslation('preload-status');
  return (
    <Dialog labelledBy="preload-title" onClose={onClose} closeOnBackdrop className={styles.dialog} testId="preload-dialog">
      <PreloadTable
        devices={devices}
        error={error}
        status={status}
        action={
          <button type="button" className="btn" onClick={onClose} autoFocus data-testid="preload-dialog-close">
            {t('card.close')}
          </button>
        }
      />
    </Dialog>
  );
}
