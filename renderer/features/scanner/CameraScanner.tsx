import { useTranslation } from 'react-i18next';
import { useCameraScanner } from './useCameraScanner.ts';
import styles from './scanner.module.css';

/**
 * The camera, reading QR codes until one is `accept`ed: then it stops (the camera light goes off) and
 * hands the text over. Also stops when unmounted. Without a camera or permission it says why, in words.
 */
export function CameraScanner({
  accept,
  onRead,
  onStop,
}: {
  accept: (text: string) => boolean;
  onRead: (text: string) => void;
  onStop: () => void;
}) {
  const { t } = useTranslation('scanner');
  const { state, videoRef } = useCameraScanner({ enabled: true, once: true, accept, onCode: onRead });
  return (
    <div className={styles.scanner} data-testid="camera-scanner" data-state={state.status}>
      {state.status === 'problem' ? (
        <p className={styles.cameraProblem} role="alert" data-testid="camera-problem" data-problem={state.problem}>
          {t(`problems.${state.problem}`)}
        </p>
      ) : (
        <div className={styles.viewfinder}>
          <video ref={videoRef} className={styles.video} muted playsInline autoPlay />
          <span className={styles.aim} aria-hidden="true" />
          <span className={styles.scanStatus} aria-live="polite">
            {state.status === 'scanning' ? (state.rejected ? t('rejected') : t('looking')) : t('starting')}
          </span>
        </div>
      )}
      <button type="button" className="btn btn-small" onClick={onStop} data-testid="camera-stop">
        {t('stop')}
      </button>
    </div>
  );
}

/** A camera, on the buttons that turn one on. */
export function CameraIcon({ size = 20 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true">
      <path d="M4 8h3l2-3h6l2 3h3a1 1 0 0 1 1 1v10a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1V9a1 1 0 0 1 1-1z" />
      <circle cx="12" cy="13.5" r="3.5" />
    </svg>
  );
}
