import { useTranslation } from 'react-i18next';
import type { MeetingStatus } from '../../../shared/protocol/index.ts';
import type { PreloadDevice } from '../../../shared/protocol/commands.ts';
import { useFormat } from '../../i18n/format.ts';
import { ErrorMessage } from '../common/ErrorMessage.tsx';
import { usePreload } from './usePreload.ts';
import styles from './secretariat.module.css';

/**
 * Which tablets hold the meeting's documents: per device, whose it is, whether it is online, documents and
 * bytes done, the documents that failed and why; once the meeting is closed, whether it deleted the
 * restricted documents. Live from the hub's `preload.changed` pushes. Also meant for the chair's console.
 */
export function PreloadPanel({ meetingId, status }: { meetingId: string; status: MeetingStatus }) {
  const { t } = useTranslation('secretariat');
  const { devices, error } = usePreload(meetingId);
  const done = devices?.filter((d) => d.documentsTotal > 0 && d.documentsDone === d.documentsTotal).length ?? 0;
  const purged = devices?.filter((d) => d.purgedAt !== null).length ?? 0;
  const toPurge = devices?.filter((d) => d.mustPurge).length ?? 0;

  return (
    <section className={`card ${styles.preload}`} aria-labelledby="preload-title" data-testid="preload-panel">
      <header className={styles.editorHead}>
        <h2 id="preload-title">
          {t('preload.title')}{' '}
          {devices && devices.length > 0 ? (
            <span className={styles.muted} data-testid="preload-summary">
              · {status === 'closed' ? t('preload.purgedSummary', { purged, waiting: toPurge }) : t('preload.summary', { done, count: devices.length })}
            </span>
          ) : null}
        </h2>
      </header>
      <p className={styles.hint}>{status === 'draft' ? t('preload.draft') : status === 'closed' ? t('preload.closedIntro') : t('preload.intro')}</p>
      <ErrorMessage error={error} testId="preload-error" />
      {devices === null ? (
        error ? null : <p className={styles.muted}>{t('preload.loading')}</p>
      ) : devices.length === 0 ? (
        <p className={styles.muted} data-testid="preload-empty">
          {t('preload.empty')}
        </p>
      ) : (
        <table className={styles.delegateTable} data-testid="preload-devices">
          <thead>
            <tr>
              <th>{t('preload.delegate')}</th>
              <th>{t('preload.device')}</th>
              <th>{t('preload.documents')}</th>
              <th className={styles.wide}>{t('preload.bytes')}</th>
              <th>{t('preload.problems')}</th>
              {status === 'closed' ? <th>{t('preload.purge')}</th> : null}
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
  const { t } = useTranslation('secretariat');
  const format = useFormat();
  const complete = device.documentsTotal > 0 && device.documentsDone === device.documentsTotal;
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
      <td>{device.delegateName ? <strong>{device.delegateName}</strong> : <span className={styles.muted}>{t('preload.nobody')}</span>}</td>
      <td>
        <span className={`${styles.online} ${device.online ? styles.isOnline : ''}`}>
          <span className={styles.onlineDot} aria-hidden="true" />
          {device.deviceName || device.deviceId}
        </span>
        <div className={styles.muted}>
          {device.online ? t('devices.online') : device.reportedAt ? t('preload.lastReport', { time: format.time(new Date(device.reportedAt)) }) : t('preload.neverReported')}
        </div>
      </td>
      <td className={styles.nowrap}>
        <span className={complete ? styles.doneText : undefined}>{t('preload.docCount', { done: device.documentsDone, total: device.documentsTotal })}</span>
      </td>
      <td>
        <progress className={`${styles.bar} ${complete ? styles.barDone : ''}`} max={100} value={percent} aria-label={t('preload.bytes')} />
        <div className={styles.muted}>
          {t('preload.byteCount', { done: format.bytes(device.bytesDone), total: format.bytes(device.bytesTotal), percent })}
        </div>
      </td>
      <td>
        {device.failed.length === 0 ? (
          <span className={styles.muted}>—</span>
        ) : (
          <ul className={styles.failedList} data-testid="preload-failed">
            {device.failed.map((failure) => (
              <li key={failure.documentId}>
                <strong>{failure.title}</strong>: {failure.error}
              </li>
            ))}
          </ul>
        )}
      </td>
      {closed ? (
        <td data-testid="preload-purge">
          {device.purgedAt ? (
            <span className={styles.doneText}>{t('preload.purgedAt', { time: format.time(new Date(device.purgedAt)) })}</span>
          ) : device.mustPurge ? (
            <span className={styles.warningText}>{t('preload.notYet')}</span>
          ) : (
            <span className={styles.muted}>{t('preload.nothingToDelete')}</span>
          )}
        </td>
      ) : null}
    </tr>
  );
}
