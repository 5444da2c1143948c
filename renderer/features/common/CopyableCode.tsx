import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { copyText, type CopyOutcome } from './copyText.ts';
import styles from './common.module.css';

/** A short text people type elsewhere (a meeting id, an address), shown as code with a copy button beside it. */
export function CopyableCode({ text, label, testId }: { text: string; label: string; testId?: string }) {
  const { t } = useTranslation('common');
  const shown = useRef<HTMLElement | null>(null);
  const [outcome, setOutcome] = useState<CopyOutcome | null>(null);
  return (
    <span className={styles.copyable} data-testid={testId}>
      <code ref={shown} className={styles.copyableText} data-testid={testId && `${testId}-text`}>
        {text}
      </code>
      <button
        type="button"
        className="btn btn-small"
        aria-label={`${t('copy.action')}: ${label}`}
        onClick={() => void copyText(text, shown.current).then(setOutcome)}
        data-testid={testId && `${testId}-copy`}
      >
        {outcome === 'copied' ? t('copy.done') : t('copy.action')}
      </button>
      {outcome === 'manual' ? (
        <span className={styles.copyableHint} role="status">
          {t('copy.manual')}
        </span>
      ) : null}
    </span>
  );
}
