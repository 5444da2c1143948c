import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { cameraProblemOf, cameraUnavailable, loadQrDecoder, type CameraProblem } from './cameraScan.ts';
import styles from './pairing.module.css';

/** Frames are scaled down to this width before decoding: plenty for a QR held in front of a tablet. */
const FRAME_WIDTH = 640;
const FRAME_INTERVAL_MS = 120;

type ScanState = { kind: 'starting' } | { kind: 'scanning'; rejected: boolean } | { kind: 'problem'; problem: CameraProblem };

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
  const { t } = useTranslation('pairing');
  const video = useRef<HTMLVideoElement>(null);
  const [state, setState] = useState<ScanState>(() => {
    const problem = cameraUnavailable();
    return problem ? { kind: 'problem', problem } : { kind: 'starting' };
  });
  // The latest callbacks, so the scanning loop (started once) never calls stale ones.
  const accepted = useRef(accept);
  const read = useRef(onRead);
  useEffect(() => {
    accepted.current = accept;
    read.current = onRead;
  });

  const unavailable = state.kind === 'problem';
  useEffect(() => {
    const element = video.current;
    if (unavailable || !element) return;
    let stopped = false;
    let stream: MediaStream | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const canvas = document.createElement('canvas');
    const stop = () => {
      stopped = true;
      clearTimeout(timer);
      for (const track of stream?.getTracks() ?? []) track.stop();
      element.srcObject = null;
    };
    void (async () => {
      try {
        const [decode, media] = await Promise.all([
          loadQrDecoder(),
          navigator.mediaDevices.getUserMedia({ video: { facingMode: { ideal: 'environment' } }, audio: false }),
        ]);
        stream = media;
        if (stopped) return stop();
        element.srcObject = media;
        await element.play().catch(() => undefined);
        if (stopped) return;
        setState({ kind: 'scanning', rejected: false });
        const context = canvas.getContext('2d', { willReadFrequently: true });
        const tick = () => {
          if (stopped) return;
          if (context && element.readyState >= 2 && element.videoWidth > 0) {
            const scale = Math.min(1, FRAME_WIDTH / element.videoWidth);
            const width = Math.round(element.videoWidth * scale);
            const height = Math.round(element.videoHeight * scale);
            canvas.width = width;
            canvas.height = height;
            context.drawImage(element, 0, 0, width, height);
            const text = decode(context.getImageData(0, 0, width, height).data, width, height);
            if (text !== null) {
              if (accepted.current(text)) {
                stop();
                read.current(text);
                return;
              }
              setState({ kind: 'scanning', rejected: true });
            }
          }
          timer = setTimeout(tick, FRAME_INTERVAL_MS);
        };
        tick();
      } catch (error) {
        if (!stopped) setState({ kind: 'problem', problem: cameraProblemOf(error) });
        stop();
      }
    })();
    return stop;
  }, [unavailable]);

  return (
    <div className={styles.scanner} data-testid="camera-scanner" data-state={state.kind}>
      {state.kind === 'problem' ? (
        <p className={styles.cameraProblem} role="alert" data-testid="camera-problem" data-problem={state.problem}>
          {t(`camera.problems.${state.problem}`)}
        </p>
      ) : (
        <div className={styles.viewfinder}>
          <video ref={video} className={styles.video} muted playsInline autoPlay />
          <span className={styles.aim} aria-hidden="true" />
          <span className={styles.scanStatus} aria-live="polite">
            {state.kind === 'starting' ? t('camera.starting') : state.rejected ? t('camera.rejected') : t('camera.looking')}
          </span>
        </div>
      )}
      <button type="button" className="btn btn-small" onClick={onStop} data-testid="camera-stop">
        {t('camera.stop')}
      </button>
    </div>
  );
}
