import { useTranslation } from 'react-i18next';
import type { HubError } from '../../client/errors.ts';
import styles from './common.module.css';

/** Codes whose sentence says it all: the hub's (English) wording would add nothing for the reader. */
const SELF_EXPLAINING = new Set<HubError['code']>(['bad_passcode', 'rate_limited', 'session_expired', 'timeout', 'not_signed_in', 'protocol_mismatch']);

/**
 * A command's failure, shown next to what failed: a sentence in the screen's language for the code,
 * then the hub's own words (and which fields were wrong) for the secretariat to act on.
 */
export function ErrorMessage({ error, testId }: { error: HubError | null; testId?: string }) {
  const { t } = useTranslation();
  if (!error) return null;
  const issues = error.issues.map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message));
  const detail = issues.length > 0 ? issues.join('; ') : SELF_EXPLAINING.has(error.code) ? '' : error.message;
  return (
    <div className={styles.error} role="alert" data-testid={testId ?? 'error-message'} data-code={error.code} title={error.message}>
      <strong>{t(`errors.${error.code}`)}</strong>
      {detail && detail !== t(`errors.${error.code}`) ? <span className={styles.errorDetail}>{t('errors.detail', { message: detail })}</span> : null}
    </div>
  );
}
