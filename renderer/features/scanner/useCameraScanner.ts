import { useEffect, useRef, useState, type RefObject } from 'react';
import { DECODE_WIDTH, FRAME_MS, cameraProblemOf, cameraUnavailable, type CameraProblem } from './camera.ts';
import { loadQrDecoder } from './qr.ts';
import { createScanGate } from './scanGate.ts';

/** `rejected`: a QR code was read that this scanner does not take (not a badge, not the room's). */
export type CameraState =
  | { status: 'off' }
  | { status: 'starting' }
  | { status: 'scanning'; rejected: boolean }
  | { status: 'problem'; problem: CameraProblem };

export interface CameraScanOptions {
  /** The camera is on while this is true (and the page shows the video element `videoRef` points at). */
  enabled: boolean;
  /** Each new code read (the same code again within 3 s is dropped). */
  onCode: (text: string) => void;
  /** Codes this scanner does not take are shown as rejected and never reach `onCode`. Default: every code. */
  accept?: (text: string) => boolean;
  /** Turn the camera off after the first code taken (pairing, badge sign-in); else scan on (the check-in desk). */
  once?: boolean;
}

/**
 * The camera as a QR scanner, for every screen that scans: the back camera where there is one, a frame drawn to a
 * canvas every FRAME_MS and decoded with jsQR, each new code handed to `onCode`. The camera is released when turned
 * off, after the first code when `once`, and when the page goes away. Without a camera or permission the state
 * says why (`problem`), known before asking when the page may not use one.
 */
export function useCameraScanner(options: CameraScanOptions): { state: CameraState; videoRef: RefObject<HTMLVideoElement | null> } {
  const { enabled, once = false } = options;
  const videoRef = useRef<HTMLVideoElement | null>(null);
  const [state, setState] = useState<CameraState>({ status: 'off' });
  // The latest callbacks, so the scanning loop (started once) never calls stale ones.
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });

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
    const read = (text: string) => {
      const { accept, onCode } = latest.current;
      if (accept && !accept(text)) return setState({ status: 'scanning', rejected: true });
      if (!gate.accept(text, Date.now())) return;
      if (once) {
        stopped = true;
        release();
      }
      onCode(text);
    };

    const start = async () => {
      // Browsers hide the camera API on plain http outside localhost (the usual case on a room's Wi-Fi): said below.
      if (cameraUnavailable()) return;
      try {
        const [decode, camera] = await Promise.all([
          loadQrDecoder(),
          navigator.mediaDevices.getUserMedia({ video: { facingMode: { ideal: 'environment' } }, audio: false }),
        ]);
        stream = camera;
        if (stopped) return release();
        const video = videoRef.current;
        if (!video) return release();
        video.srcObject = camera;
        await video.play().catch(() => undefined);
        if (stopped) return release();
        setState({ status: 'scanning', rejected: false });
        const canvas = document.createElement('canvas');
        const context = canvas.getContext('2d', { willReadFrequently: true });
        timer = setInterval(() => {
          if (stopped || !context || video.readyState < 2 || video.videoWidth === 0) return;
          const scale = Math.min(1, DECODE_WIDTH / video.videoWidth);
          const width = Math.round(video.videoWidth * scale);
          const height = Math.round(video.videoHeight * scale);
          if (canvas.width !== width) canvas.width = width;
          if (canvas.height !== height) canvas.height = height;
          context.drawImage(video, 0, 0, width, height);
          const text = decode(context.getImageData(0, 0, width, height).data, width, height);
          if (text) read(text);
        }, FRAME_MS);
      } catch (error) {
        release();
        if (!stopped) setState({ status: 'problem', problem: cameraProblemOf(error) });
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
  }, [enabled, once]);

  if (!enabled) return { state: { status: 'off' }, videoRef };
  // Until the camera answers, an enabled scanner is starting (or, where the page may not use one, says why at once).
  if (state.status !== 'off') return { state, videoRef };
  const unavailable = cameraUnavailable();
  return { state: unavailable ? { status: 'problem', problem: unavailable } : { status: 'starting' }, videoRef };
}
