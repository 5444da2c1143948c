import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { HubError } from '../../client/errors.ts';
import { useFormat } from '../../i18n/format.ts';
import { ErrorMessage } from '../common/ErrorMessage.tsx';
import styles from './paperVotes.module.css';

/**
 * A secret ballot's paper count: its numbers, their total, what makes them impossible, the hub's refusal, and Save;
 * under it, what was saved, or that the form holds numbers not saved yet.
 */
export function CountFormShell({
  total,
  problems,
  saved,
  changed,
  pending,
  error,
  onSave,
  children,
}: {
  /** The ballots the form holds, null while a number is not a whole one. */
  total: number | null;
  problems: string[];
  /** The ballots in the counts saved from this screen, if any. */
  saved: number | null;
  changed: boolean;
  pending: boolean;
  error: HubError | null;
  onSave: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation('paper-votes');
  const format = useFormat();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSave();
  };
  return (
    <form className={`card ${styles.counts}`} onSubmit={submit} aria-labelledby="paper-counts-title" data-testid="paper-count-form">
      <h2 id="paper-counts-title">{t('counts.title')}</h2>
      <p className={styles.muted}>{t('counts.hint')}</p>
      {children}
      <p className={styles.total} data-testid="paper-count-total" data-total={total ?? ''}>
        {total === null ? '' : t('counts.total', { count: total, total: format.number(total) })}
      </p>
      {problems.map((problem) => (
        <p key={problem} className={styles.problem} data-testid="paper-count-problem">
          {problem}
        </p>
      ))}
      <ErrorMessage error={error} testId="paper-count-error" />
      <div className={styles.countActions}>
        <button type="submit" className="btn btn-primary" disabled={pending || problems.length > 0 || !changed} data-testid="paper-count-save">
          {t('counts.save')}
        </button>
        {saved !== null && !changed ? (
          <span className={styles.savedNote} data-testid="paper-count-saved">
            {t('counts.saved', { count: saved, total: format.number(saved) })}
          </span>
        ) : saved !== null ? (
          <span className={styles.unsavedNote} data-testid="paper-count-unsaved">
            {t('counts.unsaved')}
          </span>
        ) : null}
      </div>
    </form>
  );
}
