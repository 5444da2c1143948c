import { BADGE_PREFIX, normaliseShortCode } from '../../../shared/domain/badge-token.ts';
import { BADGE_REFUSALS, type CommandResult } from '../../../shared/protocol/index.ts';
import { toHubError } from '../../client/errors.ts';

/**
 * Why the desk refused a scan. The badge_* codes and not_found come from the hub; `keyboard_ime` is
 * the desk's own (a Vietnamese input method rewrote what the scanner typed); `timeout` and `network`
 * mean the hub did not answer; anything else is `other`.
 */
export const REFUSAL_CODES = [...BADGE_REFUSALS, 'not_found', 'keyboard_ime', 'timeout', 'network', 'other'] as const;
export type RefusalCode = (typeof REFUSAL_CODES)[number];

export type ScanOutcome = 'checked_in' | 'already_present' | 'refused';

export type ScanFeedback =
  | {
      outcome: 'checked_in' | 'already_present';
      delegateId: string;
      fullName: string;
      organisation: string;
      seat: string;
      /** The check-in time: now for checked_in, the first check-in for already_present. */
      at: string;
    }
  | { outcome: 'refused'; code: RefusalCode };

/** How long each kind of result stays on screen before the desk shows "ready" again. */
export const FEEDBACK_MS: Record<ScanOutcome, number> = {
  checked_in: 5_000,
  already_present: 7_000,
  refused: 8_000,
};

/** The hub's schema takes up to 200 characters; a badge token is under 120. */
const MAX_CODE = 200;

export type PreparedScan = { ok: true; code: string } | { ok: false; code: 'badge_malformed' | 'keyboard_ime' } | null;

/**
 * What a scanner (or a person) typed, ready to send: control characters some scanners add (prefixes,
 * group separators) and surrounding spaces are dropped. Nothing left: null (an Enter on an empty field).
 * Non-ASCII letters mean a Vietnamese input method (Unikey, EVKey in Telex or VNI) rewrote the keys the
 * scanner sent, e.g. "dd" into "đ": no badge or short code has them, so the desk says what to fix
 * instead of sending it.
 */
export function prepareScan(raw: string): PreparedScan {
  const code = raw.replace(/\p{Cc}/gu, '').trim();
  if (code === '') return null;
  if (/[^\x20-\x7e]/.test(code)) return { ok: false, code: 'keyboard_ime' };
  if (code.length > MAX_CODE) return { ok: false, code: 'badge_malformed' };
  return { ok: true, code };
}

/** Whether text typed in another field (the name search) is in fact a badge: a token or a short code. */
export function looksLikeBadge(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.startsWith(`${BADGE_PREFIX}.`) || (/\d/.test(trimmed) && /^[\w-]{8,9}$/.test(trimmed) && normaliseShortCode(trimmed) !== null);
}

export function feedbackFromResult(result: CommandResult<'checkin.scan'>): ScanFeedback {
  const { outcome, delegateId, fullName, organisation, seat, at } = result;
  return { outcome, delegateId, fullName, organisation, seat, at };
}

/** A refused or unanswered `checkin.scan` as what the desk shows. */
export function feedbackFromError(error: unknown): ScanFeedback {
  const code = toHubError(error).code;
  return { outcome: 'refused', code: (REFUSAL_CODES as readonly string[]).includes(code) ? (code as RefusalCode) : 'other' };
}
