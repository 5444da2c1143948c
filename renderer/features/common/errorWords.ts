import type { TFunction } from 'i18next';
import { ERROR_REASONS, type ErrorParams, type ErrorReason } from '../../../shared/protocol/index.ts';
import type { HubError } from '../../client/errors.ts';
import type { Language } from '../../i18n/types.ts';
import type { errorStrings } from './errorStrings.ts';

type ReasonKey = keyof (typeof errorStrings)['vi']['reasons'];

const isReason = (reason: string | null): reason is ErrorReason => reason !== null && Object.hasOwn(ERROR_REASONS, reason);

/** Params that name something the screen has its own word for (a role). */
const ROLE_PARAMS = new Set(['role', 'expected']);

/**
 * The words for a reason and its params, or null where this screen has none (a reason from a newer hub, or one sent
 * without the param its words need): the code's words are said then.
 */
export function reasonKey(reason: string | null, params: ErrorParams): ReasonKey | null {
  if (!isReason(reason)) return null;
  if (reason === 'too_heavy') return params.megabytes !== undefined ? 'too_heavy_memory' : params.seconds !== undefined ? 'too_heavy' : null;
  const needed = ERROR_REASONS[reason].params.filter((name) => !name.endsWith('?'));
  if (needed.some((name) => params[name] === undefined)) return null;
  if (reason === 'signed_in_elsewhere' && !params.device) return null;
  return reason;
}

/**
 * A refusal in the screen's language: the sentence for its reason (filled with its params) when the hub named one
 * this screen knows, else the sentence for its code. Never the hub's `message`, which is English.
 */
export function errorWords(error: Pick<HubError, 'code' | 'reason' | 'params'>, t: TFunction<'common'>): string {
  const key = reasonKey(error.reason, error.params);
  if (!key) return t(`errors.${error.code}`);
  const values = Object.fromEntries(
    Object.entries(error.params).map(([name, value]) => [name, ROLE_PARAMS.has(name) ? t(`roles.${String(value)}` as 'roles.chair') : value]),
  );
  return t(`errors.reasons.${key}`, values);
}

/**
 * What to say under the words, if anything: the fields a `bad_request` names (with the hub's own words for each on
 * an English screen); on an English screen, the hub's message when no words of the screen's said more than the code.
 */
export function errorDetail(
  error: Pick<HubError, 'code' | 'reason' | 'params' | 'issues' | 'message'>,
  language: Language,
  selfExplaining: boolean,
): { key: 'detail' | 'fields'; text: string } | null {
  if (error.issues.length > 0) {
    if (language === 'en') return { key: 'detail', text: error.issues.map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message)).join('; ') };
    const fields = error.issues.map((issue) => issue.path).filter(Boolean);
    return fields.length > 0 ? { key: 'fields', text: fields.join(', ') } : null;
  }
  if (language !== 'en' || selfExplaining || reasonKey(error.reason, error.params)) return null;
  return { key: 'detail', text: error.message };
}
