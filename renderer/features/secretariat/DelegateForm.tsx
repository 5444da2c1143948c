import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Delegate } from '../../../shared/protocol/index.ts';
import type { HubError } from '../../client/errors.ts';
import { ErrorMessage } from '../common/ErrorMessage.tsx';
import styles from './secretariat.module.css';

export type DelegateFields = Omit<Delegate, 'id' | 'badgeSerial'>;

const FIELDS = ['fullName', 'title', 'organisation', 'group', 'seat'] as const;
const MAX: Record<(typeof FIELDS)[number], number> = { fullName: 200, title: 200, organisation: 200, group: 100, seat: 20 };
const EMPTY: DelegateFields = { fullName: '', title: '', organisation: '', group: '', seat: '' };

export function DelegateForm({
  heading,
  initial,
  submitLabel,
  pending,
  error,
  onSubmit,
  onCancel,
  testId,
}: {
  heading: string;
  initial?: DelegateFields;
  submitLabel: string;
  pending: boolean;
  error: HubError | null;
  onSubmit: (fields: DelegateFields) => Promise<boolean>;
  onCancel?: () => void;
  testId: string;
}) {
  const { t } = useTranslation(['secretariat', 'common']);
  const [fields, setFields] = useState<DelegateFields>(initial ?? EMPTY);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if ((await onSubmit(fields)) && !initial) setFields(EMPTY);
  };

  return (
    <form className={styles.delegateForm} onSubmit={(e) => void submit(e)} data-testid={testId}>
      <h3>{heading}</h3>
      <div className={styles.delegateGrid}>
        {FIELDS.map((name) => (
          <label key={name} className={`field ${styles[`f_${name}`] ?? ''}`}>
            <span>{t(`delegates.fields.${name}`)}</span>
            <input
              className="input"
              value={fields[name]}
              onChange={(e) => setFields({ ...fields, [name]: e.target.value })}
              required={name === 'fullName'}
              maxLength={MAX[name]}
              data-testid={`delegate-${name}-input`}
            />
          </label>
        ))}
      </div>
      <ErrorMessage error={error} testId={`${testId}-error`} />
      <div className={styles.formActions}>
        <button type="submit" className="btn btn-primary" disabled={pending || !fields.fullName.trim()} data-testid={`${testId}-submit`}>
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
