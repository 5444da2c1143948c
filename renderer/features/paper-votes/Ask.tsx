import { useTranslation } from 'react-i18next';
import styles from './paperVotes.module.css';

/** The question before a paper entry that cannot be taken back: what will be recorded for whom, then record or cancel. */
export function Ask({ question, confirm, pending, onConfirm, onCancel }: { question: string; confirm: string; pending: boolean; onConfirm: () => void; onCancel: () => void }) {
  const { t } = useTranslation('paper-votes');
  return (
    <div className={styles.ask} role="group" aria-label={question} data-testid="paper-ask">
      <span className={styles.askText}>{question}</span>
      <button type="button" className="btn btn-small" onClick={onCancel} data-testid="paper-cancel">
        {t('record.cancel')}
      </button>
      <button type="button" className="btn btn-small btn-primary" disabled={pending} onClick={onConfirm} data-testid="paper-confirm" autoFocus>
        {confirm}
      </button>
    </div>
  );
}
