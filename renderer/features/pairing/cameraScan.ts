/** Why the camera cannot scan, each with its own sentence on screen. */
export type CameraProblem = 'insecure' | 'unsupported' | 'denied' | 'no_camera' | 'busy' | 'failed';

/** Reads the text of a QR code in an RGBA frame; null when there is none. */
export type QrDecoder = (rgba: Uint8ClampedArray, width: number, height: number) => string | null;

type JsQr = (data: Uint8ClampedArray, width: number, height: number, options?: { inversionAttempts?: string }) => { data: string } | null;

/** Whether this page may ask for a camera at all (browsers offer none outside a secure context). */
export function cameraUnavailable(scope: { isSecureContext?: boolean; navigator?: Navigator } = globalThis): CameraProblem | null {
  if (scope.isSecureContext === false) return 'insecure';
  if (typeof scope.navigator?.mediaDevices?.getUserMedia !== 'function') return 'unsupported';
  return null;
}

/** A getUserMedia failure as one of the problems we can explain. */
export function cameraProblemOf(error: unknown): CameraProblem {
  const name = typeof error === 'object' && error !== null ? (error as { name?: unknown }).name : undefined;
  switch (name) {
    case 'NotAllowedError':
    case 'PermissionDeniedError':
    case 'SecurityError':
      return 'denied';
    case 'NotFoundError':
    case 'DevicesNotFoundError':
    case 'OverconstrainedError':
      return 'no_camera';
    case 'NotReadableError':
    case 'TrackStartError':
      return 'busy';
    default:
      return 'failed';
  }
}

/**
 * jsQR, loaded when a camera is first turned on (screens that never scan never download it).
 * Its UMD build arrives as the function or wrapped in `default` once or twice, depending on the bundler.
 */
export async function loadQrDecoder(): Promise<QrDecoder> {
  let candidate: unknown = await import('jsqr');
  for (let i = 0; i < 3 && typeof candidate !== 'function'; i++) candidate = (candidate as { default?: unknown } | null)?.default;
  if (typeof candidate !== 'function') throw new Error('jsqr did not load');
  const jsQR = candidate as JsQr;
  // Badges and the room QR are dark on light: skipping the inverted pass halves the work per frame.
  return (rgba, width, height) => jsQR(rgba, width, height, { inversionAttempts: 'dontInvert' })?.data || null;
}
