import type { ReactNode, RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format.ts';
import type { ShownFeedback } from './useScanDesk.ts';
import type { CameraState } from '../scanner/useCameraScanner.ts';
import styles from './checkin.module.css';

/**
 * The large area of the desk: the camera's picture (when on) or the "ready" prompt, covered for a few
 * seconds by the result of the last scan, in colours read from across the desk.
 */
export function ScanStage({
  shown,
  checking,
  cameraEnabled,
  camera,
  videoRef,
  onDismiss,
}: {
  shown: ShownFeedback | null;
  /** The camera toggle is on: the video element must exist before the camera answers. */
  cameraEnabled: boolean;
  checking: boolean;
  camera: CameraState;
  videoRef: RefObject<HTMLVideoElement | null>;
  onDismiss: () => void;
}) {
  const { t } = useTranslation('checkin');
  const cameraOn = cameraEnabled && camera.status !== 'problem';
  return (
    <section className={styles.stage} aria-label={t('scan.label')}>
      {cameraOn ? (
        <div className={styles.cameraView}>
          <video ref={videoRef} className={styles.video} muted playsInline data-testid="checkin-camera" />
          <div className={styles.aim} aria-hidden="true" />
          <p className={styles.cameraStatus} role="status">
            {camera.status === 'scanning' ? t('camera.live') : t('camera.starting')}
          </p>
        </div>
      ) : (
        <div className={styles.ready} data-testid="checkin-ready">
          <BadgeIcon />
          <h2>{t('scan.ready')}</h2>
          <p>{t('scan.readyHint')}</p>
        </div>
      )}
      {checking && !shown ? (
        <p className={styles.checking} role="status">
          {t('scan.checking')}
        </p>
      ) : null}
      {shown ? <ResultPanel key={shown.seq} shown={shown} onDismiss={onDismiss} /> : null}
    </section>
  );
}

function ResultPanel({ shown, onDismiss }: { shown: ShownFeedback; onDismiss: () => void }) {
  const { t } = useTranslation('checkin');
  const format = useFormat();
  const { feedback } = shown;
  let body: ReactNode;
  if (feedback.outcome === 'refused') {
    body = (
      <>
        <Mark kind="refused" />
        <h2 className={styles.resultHeadline}>{t('result.refused')}</h2>
        <p className={styles.resultReason}>{t(`refusal.${feedback.code}`)}</p>
      </>
    );
  } else {
    const already = feedback.outcome === 'already_present';
    body = (
      <>
        <Mark kind={feedback.outcome} />
        <h2 className={styles.resultHeadline}>
          {already ? t('result.already_present', { time: format.time(new Date(feedback.at)) }) : t('result.checked_in')}
        </h2>
        <p className={styles.resultName} data-testid="checkin-result-name">
          {feedback.fullName}
        </p>
        {feedback.organisation ? <p className={styles.resultOrganisation}>{feedback.organisation}</p> : null}
        <p className={styles.resultSeat}>
          {feedback.seat ? (
            <>
              <span className={styles.resultSeatLabel}>{t('result.seat')}</span> <strong>{feedback.seat}</strong>
            </>
          ) : (
            <span className={styles.resultSeatLabel}>{t('result.noSeat')}</span>
          )}
        </p>
        {already ? <p className={styles.resultHint}>{t('result.already_presentHint')}</p> : null}
      </>
    );
  }
  return (
    <div
      className={`${styles.result} ${styles[feedback.outcome]}`}
      role="status"
      aria-live="assertive"
      data-testid="checkin-result"
      data-outcome={feedback.outcome}
      data-code={feedback.outcome === 'refused' ? feedback.code : undefined}
      data-seq={shown.seq}
    >
      <button type="button" className={styles.resultClose} onClick={onDismiss}>
        {t('scan.dismiss')} ✕
      </button>
      {body}
    </div>
  );
}

function Mark({ kind }: { kind: 'checked_in' | 'already_present' | 'refused' }) {
  return (
    <svg className={styles.resultMark} viewBox="0 0 48 48" aria-hidden="true">
      <circle cx="24" cy="24" r="22" fill="rgb(255 255 255 / 0.18)" stroke="#fff" strokeWidth="3" />
      {kind === 'checked_in' ? <path d="M13 25l7 7 15-16" fill="none" stroke="#fff" strokeWidth="5" strokeLinecap="round" strokeLinejoin="round" /> : null}
      {kind === 'already_present' ? (
        <path d="M24 12v13l8 5" fill="none" stroke="#fff" strokeWidth="4.5" strokeLinecap="round" strokeLinejoin="round" />
      ) : null}
      {kind === 'refused' ? <path d="M16 16l16 16M32 16L16 32" fill="none" stroke="#fff" strokeWidth="5" strokeLinecap="round" /> : null}
    </svg>
  );
}

function BadgeIcon() {
  return (
    <svg width="120" height="120" viewBox="0 0 64 64" aria-hidden="true" className={styles.readyIcon}>
      <rect x="14" y="6" width="36" height="52" rx="5" fill="none" stroke="currentColor" strokeWidth="2.5" />
      <rect x="26" y="2" width="12" height="8" rx="2" fill="currentColor" />
      <g fill="currentColor">
        <rect x="21" y="16" width="9" height="9" />
        <rect x="34" y="16" width="9" height="9" />
        <rect x="21" y="29" width="9" height="9" />
        <rect x="34" y="29" width="4" height="4" />
        <rect x="39" y="34" width="4" height="4" />
      </g>
      <rect x="20" y="44" width="24" height="3" rx="1.5" fill="currentColor" opacity="0.6" />
      <rect x="24" y="50" width="16" height="3" rx="1.5" fill="currentColor" opacity="0.4" />
    </svg>
  );
}
