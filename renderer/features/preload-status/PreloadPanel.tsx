import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingStatus } from '../../../shared/protocol/index.ts';
import type { PreloadDevice } from '../../../shared/protocol/index.ts';
import { useFormat } from '../../i18n/format.ts';
import type { HubError } from '../../client/errors.ts';
import { ErrorMessage } from '../common/ErrorMessage.tsx';
import { OnlineMark } from '../common/OnlineMark.tsx';
import { failureReason, isComplete } from './summary.ts';
import { useDevicePreload } from './useDevicePreload.ts';
import styles from './preloadStatus.module.css';
import { ProgressBar } from '../common/ProgressBar.tsx';
import table from '../common/table.module.css';

/**
 * Which tablets hold the meeting's documents: per device, whose it is, whether it is online, documents and
 * bytes done, the documents that failed and why; once the meeting is closed, whether it deleted the
 * restricted documents. Live from the hub's `preload.changed` pushes.
 */
export function PreloadPanel({ meetingId, status }: { meetingId: string; status: MeetingStatus }) {
  const { devices, error } = useDevicePreload(meetingId);
  return <PreloadTable devices={devices} error={error} status={status} />;
}

interface TableProps {
  devices: PreloadDevice[] | null;
  error: HubError | null;
  status: MeetingStatus;
  /** Beside the title: the chair's dialog puts its close button there. */
  action?: ReactNode;
}

/** The panel for rows someone else holds (the chair's card opens it in a dialog without asking the hub again). */
export function PreloadTable({ devices, error, status, action }: TableProps) {
  const { t } = useTranslation('preload-status');
  const done = devices?.filter(isComplete).length ?? 0;
  const purged = devices?.filter((d) => d.purgedAt !== null).length ?? 0;
  const toPurge = devices?.filter((d) => d.mustPurge).length ?? 0;

  return (
    <section className={`card ${styles.preload}`} aria-labelledby="preload-title" data-testid="preload-panel">
      <header className={styles.head}>
        <h2 id="preload-title">
          {t('panel.title')}{' '}
          {devices && devices.length > 0 ? (
            <span className={styles.muted} data-testid="preload-summary">
              · {status === 'closed' ? t('panel.purgedSummary', { purged, waiting: toPurge }) : t('panel.summary', { done, count: devices.length })}
            </span>
          ) : null}
        </h2>
        {action}
      </header>
      <p className={styles.hint}>{status === 'draft' ? t('panel.draft') : status === 'closed' ? t('panel.closedIntro') : t('panel.intro')}</p>
      <ErrorMessage error={error} testId="preload-error" />
      {devices === null ? (
        error ? null : <p className={styles.muted}>{t('panel.loading')}</p>
      ) : devices.length === 0 ? (
        <p className={styles.muted} data-testid="preload-empty">
          {t('panel.empty')}
        </p>
      ) : (
        <table className={table.table} data-testid="preload-devices">
          <thead>
            <tr>
              <th>{t('panel.delegate')}</th>
              <th>{t('panel.device')}</th>
              <th>{t('panel.documents')}</th>
              <th className={styles.wide}>{t('panel.bytes')}</th>
              <th>{t('panel.problems')}</th>
              {status === 'closed' ? <th>{t('panel.purge')}</th> : null}
            </tr>
          </thead>
          <tbody>
            {devices.map((device) => (
              <PreloadRow key={device.deviceId} device={device} closed={status === 'closed'} />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function PreloadRow({ device, closed }: { device: PreloadDevice; closed: boolean }) {
  const { t } = useTranslation('preload-status');
  const format = useFormat();
  const complete = isComplete(device);
  const percent = device.bytesTotal > 0 ? Math.round((device.bytesDone / device.bytesTotal) * 100) : complete ? 100 : 0;
  return (
    <tr
      data-testid="preload-row"
      data-device-id={device.deviceId}
      data-done={device.documentsDone}
      data-total={device.documentsTotal}
      data-failed={device.failed.length}
      data-purged={device.purgedAt ? 'true' : 'false'}
    >
      <td>
        {device.delegateName ? <strong>{device.delegateName}</strong> : <span className={styles.muted}>{t('panel.nobody')}</span>}
        {/* A shared tablet: when it last deleted the restricted documents of the reader before (signed out, moved). */}
        {device.forgottenAt ? (
          <div className={styles.muted} data-testid="preload-forgotten">
            {t('panel.forgottenAt', { time: format.time(new Date(device.forgottenAt)) })}
          </div>
        ) : null}
      </td>
      <td>
        <OnlineMark online={device.online}>{device.deviceName || device.deviceId}</OnlineMark>
        <div className={styles.muted}>
          {device.online ? t('panel.online') : device.reportedAt ? t('panel.lastReport', { time: format.time(new Date(device.reportedAt)) }) : t('panel.neverReported')}
        </div>
      </td>
      <td className={styles.nowrap}>
        <span className={complete ? styles.doneText : undefined}>{t('panel.docCount', { done: device.documentsDone, total: device.documentsTotal })}</span>
      </td>
      <td>
        <ProgressBar done={complete} max={100} value={percent} aria-label={t('panel.bytes')} />
        <div className={styles.muted}>
          {t('panel.byteCount', { done: format.bytes(device.bytesDone), total: format.bytes(device.bytesTotal), percent })}
        </div>
      </td>
      <td>
        {device.failed.length === 0 ? (
          <span className={styles.muted}>—</span>
        ) : (
          <ul className={styles.failedList} data-testid="preload-failed">
            {device.failed.map((failure) => (
              <li key={failure.documentId} data-kind={failure.kind ?? undefined} title={failure.kind ? failure.error : undefined}>
                <strong>{failure.title}</strong>: {failureReason(failure, t)}
              </li>
            ))}
          </ul>
        )}
      </td>
      {closed ? (
        <td data-testid="preload-purge">
          {device.purgedAt ? (
            <span className={styles.doneText}>{t('panel.purgedAt', { time: format.time(new Date(device.purgedAt)) })}</span>
          ) : device.mustPurge ? (
            <span className={styles.warningText}>{t('panel.notYet')}</span>
          ) : (
            <span className={styles.muted}>{t('panel.nothingToDelete')}</span>
          )}
        </td>
      ) : null}
    </tr>
  );
}
