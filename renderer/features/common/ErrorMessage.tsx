import { useTranslation } from 'react-i18next';
import type { HubError } from '../../client/errors.ts';
import { isLanguage } from '../../i18n/index.ts';
import { errorDetail, errorWords } from './errorWords.ts';
import styles from './common.module.css';

/** Codes whose sentence says it all: the hub's (English) wording would add nothing for the reader. */
const SELF_EXPLAINING = new Set<HubError['code']>(['bad_passcode', 'rate_limited', 'session_expired', 'timeout', 'not_signed_in', 'protocol_mismatch']);

/**
 * A command's failure, shown next to what failed, in the screen's language: the sentence for the hub's reason and
 * its params (which seat, which meeting), else for its code, and the fields it names. The hub's own message is
 * English: a detail on an English screen only, and the tooltip for the room's technician.
 */
export function ErrorMessage({ error, testId }: { error: HubError | null; testId?: string }) {
  const { t, i18n } = useTranslation();
  if (!error) return null;
  const words = errorWords(error, t);
  const detail = errorDetail(error, isLanguage(i18n.language) ? i18n.language : 'vi', SELF_EXPLAINING.has(error.code));
  return (
    <div
      className={styles.error}
      role="alert"
      data-testid={testId ?? 'error-message'}
      data-code={error.code}
      data-reason={error.reason ?? undefined}
      title={error.message}
    >
      <strong>{words}</strong>
      {detail && detail.text !== words ? (
        <span className={styles.errorDetail}>{detail.key === 'fields' ? t('errors.fields', { fields: detail.text }) : t('errors.detail', { message: detail.text })}</span>
      ) : null}
    </div>
  );
}
