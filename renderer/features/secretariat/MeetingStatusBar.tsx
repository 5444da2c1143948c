import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingSnapshot } from '../../../shared/protocol/index.ts';
import { toHubError, type HubError } from '../../client/errors.ts';
import { useCommand, useHubClient } from '../../client/react.tsx';
import { useFormat } from '../../i18n/format.ts';
import { ErrorMessage } from '../common/ErrorMessage.tsx';
import { publishChecks, restrictedCount } from './publishChecks.ts';
import { saveBlob } from './saveBlob.ts';
import styles from './secretariat.module.css';

/**
 * Where the meeting stands (draft, published, closed) and the two steps that change it, each after a
 * confirmation that says what will happen on the tablets; before publishing, the checklist.
 */
export function MeetingStatusBar({ snapshot }: { snapshot: MeetingSnapshot }) {
  const { t } = useTranslation(['secretariat', 'common']);
  const format = useFormat();
  const { meeting } = snapshot;
  const publish = useCommand('meeting.publish');
  const end = useCommand('meeting.end');
  const [asking, setAsking] = useState<'publish' | 'end' | null>(null);
  const checks = publishChecks(snapshot);
  const blocked = checks.some((check) => check.required && !check.ok);
  const totalBytes = snapshot.documents.reduce((sum, d) => sum + d.bytes, 0);

  return (
    <section className={`card ${styles.statusBar}`} data-testid="meeting-status" data-status={meeting.status} aria-labelledby="meeting-status-title">
      <div className={styles.statusHead}>
        <span className={`${styles.statusPill} ${styles[`status_${meeting.status}`]}`} id="meeting-status-title" data-testid="meeting-status-pill">
          {t(`common:status.${meeting.status}`)}
        </span>
        <p className={styles.statusText}>{t(`status.${meeting.status}Text`)}</p>
        <div className={styles.statusActions}>
          <ExportPack meetingId={meeting.id} />
          {meeting.status === 'draft' ? (
            <button type="button" className="btn btn-primary" disabled={blocked || publish.pending} onClick={() => setAsking('publish')} data-testid="publish">
              {t('status.publish')}
            </button>
          ) : meeting.status === 'published' ? (
            <button type="button" className="btn btn-danger" disabled={end.pending} onClick={() => setAsking('end')} data-testid="close-meeting">
              {t('status.close')}
            </button>
          ) : null}
        </div>
      </div>

      {meeting.status === 'draft' ? (
        <ul className={styles.checklist} data-testid="publish-checks">
          {checks.map((check) => (
            <li
              key={check.id}
              className={check.ok ? styles.checkOk : check.required ? styles.checkMissing : styles.checkWarn}
              data-testid="publish-check"
              data-check={check.id}
              data-ok={check.ok}
            >
              <span aria-hidden="true" className={styles.checkMark}>
                {check.ok ? '✓' : check.required ? '✕' : '!'}
              </span>
              {t(`checks.${check.id}.${check.ok ? 'ok' : 'no'}`, check.values)}
            </li>
          ))}
        </ul>
      ) : null}

      {asking === 'publish' ? (
        <div className={styles.confirmPanel} role="alertdialog" aria-labelledby="confirm-publish-title" data-testid="publish-confirm-panel">
          <h3 id="confirm-publish-title">{t('status.publishQuestion', { title: meeting.title })}</h3>
          <p>{t('status.publishEffect', { count: snapshot.documents.length, size: format.bytes(totalBytes), delegates: snapshot.delegates.length })}</p>
          <p className={styles.hint}>{t('status.publishAfter')}</p>
          <div className={styles.formActions}>
            <button
              type="button"
              className="btn btn-primary"
              disabled={publish.pending}
              onClick={() => void publish.run({ meetingId: meeting.id }).then((done) => done && setAsking(null))}
              data-testid="publish-confirm"
            >
              {publish.pending ? t('status.publishing') : t('status.publishYes')}
            </button>
            <button type="button" className="btn" onClick={() => (publish.reset(), setAsking(null))} data-testid="publish-cancel">
              {t('no')}
            </button>
          </div>
        </div>
      ) : null}
      {asking === 'end' ? (
        <div className={styles.confirmPanel} role="alertdialog" aria-labelledby="confirm-close-title" data-testid="close-confirm-panel">
          <h3 id="confirm-close-title">{t('status.closeQuestion', { title: meeting.title })}</h3>
          <p>{t('status.closeEffect', { count: restrictedCount(snapshot) })}</p>
          <div className={styles.formActions}>
            <button
              type="button"
              className="btn btn-danger"
              disabled={end.pending}
              onClick={() => void end.run({ meetingId: meeting.id }).then((done) => done && setAsking(null))}
              data-testid="close-confirm"
            >
              {end.pending ? t('status.closing') : t('status.closeYes')}
            </button>
            <button type="button" className="btn" onClick={() => (end.reset(), setAsking(null))} data-testid="close-cancel">
              {t('no')}
            </button>
          </div>
        </div>
      ) : null}
      <ErrorMessage error={publish.error ?? end.error} testId="status-error" />
    </section>
  );
}

/** "Export pack (.rtpack)": fetched with the session token in a header, then saved. */
function ExportPack({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation('secretariat');
  const client = useHubClient();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<HubError | null>(null);
  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      const { blob, fileName } = await client.exportPack(meetingId);
      saveBlob(blob, fileName);
    } catch (failure) {
      setError(toHubError(failure));
    } finally {
      setBusy(false);
    }
  };
  return (
    <span className={styles.exportPack}>
      <button type="button" className="btn" disabled={busy} onClick={() => void run()} title={t('packs.exportHint')} data-testid="export-pack">
        {busy ? t('packs.exporting') : t('packs.export')}
      </button>
      <ErrorMessage error={error} testId="export-pack-error" />
    </span>
  );
}
