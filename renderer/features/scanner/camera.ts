/**
 * Why the camera cannot scan, one name for every screen that scans (check-in desk, pairing, badge sign-in); each
 * screen says it in its own words.
 */
export type CameraProblem = 'insecure' | 'unsupported' | 'denied' | 'no_camera' | 'busy' | 'failed';

/** About eight frames a second: quick enough for a code held up briefly, light on a desk laptop or a tablet. */
export const FRAME_MS = 125;
/** Frames are scaled down to this width before decoding; a badge's or the room's QR stays well readable. */
export const DECODE_WIDTH = 640;

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
      return 'denied';
    case 'SecurityError':
      return 'insecure';
    case 'NotFoundError':
    case 'DevicesNotFoundError':
    case 'OverconstrainedError':
      return 'no_camera';
    case 'NotReadableError':
    case 'TrackStartError':
    case 'AbortError':
      return 'busy';
    default:
      return 'failed';
  }
}
