import { BADGE_PREFIX } from '../../../shared/domain/badge-token.ts';
import type { ErrorParams } from '../../../shared/protocol/index.ts';

/** Is this scanned text a badge token (what a badge's QR holds)? Other QR codes keep the camera on. */
export const isBadgeToken = (text: string) => text.trim().startsWith(`${BADGE_PREFIX}.`);

/** What the hub's `session.ended` reason means for the delegate, to say it in the screen's language. */
export function endedKind(reason: string): 'moved' | 'expired' | 'other' {
  if (/signed in on another device/i.test(reason)) return 'moved';
  if (/expired/i.test(reason)) return 'expired';
  return 'other';
}

/** The other device's name, when the hub's `session_elsewhere` refusal gives it (`params.device`). */
export function otherDeviceOf(params: ErrorParams): string | null {
  return typeof params.device === 'string' && params.device ? params.device : null;
}

/** Typed codes in capitals as printed (K7QM-2XHP); a pasted badge token is left as it is. */
export const tidyTypedCode = (typed: string) => (isBadgeToken(typed) ? typed : typed.toUpperCase());
