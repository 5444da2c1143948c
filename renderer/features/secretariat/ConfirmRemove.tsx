import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import styles from './secretariat.module.css';

/** A remove button that asks first, inline (no modal to lose on a tablet). */
export function ConfirmRemove({
  question,
  onConfirm,
  disabled = false,
  testId,
}: {
  question: string;
  onConfirm: () => void;
  disabled?: boolean;
  testId?: string;
}) {
  const { t } = useTranslation(['secretariat', 'common']);
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" className="btn btn-small btn-danger" disabled={disabled} onClick={() => setAsking(true)} data-testid={testId}>
        {t('common:actions.remove')}
      </button>
    );
  }
  return (
    <span className={styles.confirm} role="group">
      <span>{question}</span>
      <button
        type="button"
        className="btn btn-small btn-accent"
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
        data-testid={testId ? `${testId}-confirm` : undefined}
      >
        {t('yes')}
      </button>
      <button type="button" className="btn btn-small" onClick={() => setAsking(false)}>
        {t('no')}
      </button>
    </span>
  );
}
