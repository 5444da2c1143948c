import { useEffect, useRef, useState, type RefObject } from 'react';
import { loadQrDecoder } from './qr.ts';
import { createScanGate } from './scanGate.ts';

export type CameraProblem = 'denied' | 'noCamera' | 'insecure' | 'busy' | 'failed';
export type CameraState = { status: 'off' } | { status: 'starting' } | { status: 'live' } | { status: 'error'; problem: CameraProblem };

/** About eight frames a second: quick enough for a badge held up briefly, light on a desk laptop. */
export const FRAME_MS = 125;
/** Frames are scaled down to this width before decoding; a badge's QR stays well readable. */
const DECODE_WIDTH = 640;

/** What getUserMedia's failure means for the person at the desk. */
export function cameraProblem(error: unknown): CameraProblem {
  const name = (error as { name?: unknown } | null)?.name;
  if (name === 'NotAllowedError' || name === 'PermissionDeniedError') return 'denied';
  if (name === 'SecurityError') return 'insecure';
  if (name === 'NotFoundError' || name === 'OverconstrainedError' || name === 'DevicesNotFoundError') return 'noCamera';
  if (name === 'NotReadableError' || name === 'TrackStartError' || name === 'AbortError') return 'busy';
  return 'failed';
}

/**
 * The camera as a badge scanner while `enabled`: the back camera where there is one, a frame drawn to a
 * canvas every FRAME_MS and decoded with jsQR, each new code handed to `onCode` (the same code again
 * within 3 s is dropped). The camera is released when turned off and when the page goes away.
 */
export function useCameraScanner(
  enabled: boolean,
  onCode: (text: string) => void,
): { state: CameraState; videoRef: RefObject<HTMLVideoElement | null> } {
  const videoRef = useRef<HTMLVideoElement | null>(null);
  const [state, setState] = useState<CameraState>({ status: 'off' });
  const latest = useRef(onCode);
  useEffect(() => {
    latest.current = onCode;
  }, [onCode]);

  useEffect(() => {
    if (!enabled) return;
    let stopped = false;
    let stream: MediaStream | null = null;
    let timer: ReturnType<typeof setInterval> | null = null;
    const gate = createScanGate();
    const release = () => {
      if (timer) clearInterval(timer);
      timer = null;
      for (const track of stream?.getTracks() ?? []) track.stop();
      stream = null;
      if (videoRef.current) videoRef.current.srcObject = null;
    };

    const start = async () => {
      const media = globalThis.navigator?.mediaDevices;
      if (!media?.getUserMedia) {
        // Browsers hide the camera API on plain http outside localhost: the usual case on a room's Wi-Fi.
        setState({ status: 'error', problem: globalThis.isSecureContext === false ? 'insecure' : 'noCamera' });
        return;
      }
      try {
        const [decode, camera] = await Promise.all([
          loadQrDecoder(),
          media.getUserMedia({ video: { facingMode: 'environment' }, audio: false }),
        ]);
        stream = camera;
        if (stopped) return release();
        const video = videoRef.current;
        if (!video) return release();
        video.srcObject = camera;
        await video.play().catch(() => undefined);
        if (stopped) return release();
        setState({ status: 'live' });
        const canvas = document.createElement('canvas');
        const context = canvas.getContext('2d', { willReadFrequently: true });
        timer = setInterval(() => {
          if (!context || video.readyState < 2 || video.videoWidth === 0) return;
          const scale = Math.min(1, DECODE_WIDTH / video.videoWidth);
          const width = Math.round(video.videoWidth * scale);
          const height = Math.round(video.videoHeight * scale);
          if (canvas.width !== width) canvas.width = width;
          if (canvas.height !== height) canvas.height = height;
          context.drawImage(video, 0, 0, width, height);
          const text = decode(context.getImageData(0, 0, width, height).data, width, height);
          if (text && gate.accept(text, Date.now())) latest.current(text);
        }, FRAME_MS);
      } catch (error) {
        release();
        if (!stopped) setState({ status: 'error', problem: cameraProblem(error) });
      }
    };
    void start();
    const onPageHide = () => {
      stopped = true;
      release();
    };
    globalThis.addEventListener?.('pagehide', onPageHide);
    return () => {
      stopped = true;
      globalThis.removeEventListener?.('pagehide', onPageHide);
      release();
      setState({ status: 'off' });
    };
  }, [enabled]);

  // Until the camera answers, an enabled scanner is starting.
  return { state: !enabled ? { status: 'off' } : state.status === 'off' ? { status: 'starting' } : state, videoRef };
}
