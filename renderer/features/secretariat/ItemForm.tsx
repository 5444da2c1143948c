import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { HubError } from '../../client/errors.ts';
import { ErrorMessage } from '../common/ErrorMessage.tsx';
import styles from './secretariat.module.css';

export interface ItemFields {
  title: string;
  description: string;
  durationMinutes: number | null;
}

/** Adds or edits an agenda item. `onSubmit` resolves true when the hub accepted it (the form then closes or clears). */
export function ItemForm({
  heading,
  initial,
  submitLabel,
  pending,
  error,
  onSubmit,
  onCancel,
  autoFocus = false,
  testId,
}: {
  heading: string;
  initial?: ItemFields;
  submitLabel: string;
  pending: boolean;
  error: HubError | null;
  onSubmit: (fields: ItemFields) => Promise<boolean>;
  onCancel?: () => void;
  /** Put the cursor in the title at once: the form was opened by a click that asked to type (edit, add a sub-item). */
  autoFocus?: boolean;
  testId: string;
}) {
  const { t } = useTranslation(['secretariat', 'common']);
  const [title, setTitle] = useState(initial?.title ?? '');
  const [description, setDescription] = useState(initial?.description ?? '');
  const [duration, setDuration] = useState(initial?.durationMinutes?.toString() ?? '');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const minutes = duration.trim() === '' ? null : Number(duration);
    const accepted = await onSubmit({ title, description, durationMinutes: Number.isFinite(minutes) ? minutes : null });
    if (accepted && !initial) {
      setTitle('');
      setDescription('');
      setDuration('');
    }
  };

  return (
    <form className={styles.itemForm} onSubmit={(e) => void submit(e)} data-testid={testId}>
      <h3>{heading}</h3>
      <div className={styles.itemFormGrid}>
        <label className="field">
          <span>{t('agenda.itemTitle')}</span>
          <input
            className="input"
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            required
            maxLength={500}
            autoFocus={autoFocus}
            data-testid="item-title-input"
          />
        </label>
        <label className="field">
          <span>{t('agenda.duration')}</span>
          <input
            className="input"
            type="number"
            min={0}
            max={1440}
            inputMode="numeric"
            value={duration}
            onChange={(e) => setDuration(e.target.value)}
            data-testid="item-duration-input"
          />
        </label>
      </div>
      <label className="field">
        <span>{t('agenda.description')}</span>
        <textarea className="input" value={description} onChange={(e) => setDescription(e.target.value)} maxLength={5000} rows={2} data-testid="item-description-input" />
      </label>
      <ErrorMessage error={error} testId={`${testId}-error`} />
      <div className={styles.formActions}>
        <button type="submit" className="btn btn-primary" disabled={pending || !title.trim()} data-testid={`${testId}-submit`}>
          {pending ? t('common:actions.saving') : submitLabel}
        </button>
        {onCancel ? (
          <button type="button" className="btn" onClick={onCancel}>
            {t('common:actions.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
