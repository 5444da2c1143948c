import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { HubError } from '../../client/errors.ts';
import { Dialog } from '../common/Dialog.tsx';
import { ErrorMessage } from '../common/ErrorMessage.tsx';
import styles from './voteControl.module.css';

/** A vote's form in a dialog: its heading and the item it is for, its fields, the hub's refusal, Cancel and Save. */
export function FormShell({
  kind,
  title,
  itemLabel,
  error,
  canSave,
  onSubmit,
  onClose,
  children,
}: {
  kind: 'motion' | 'election';
  title: string;
  itemLabel: string;
  error: HubError | null;
  canSave: boolean;
  onSubmit: () => Promise<boolean>;
  onClose: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation('vote-control');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await onSubmit()) onClose();
  };
  return (
    <Dialog labelledBy={`${kind}-form-title`} onClose={onClose} testId={`${kind}-form`}>
      <form className={styles.form} onSubmit={(e) => void submit(e)}>
        <header className={styles.formHead}>
          <h2 id={`${kind}-form-title`}>{title}</h2>
          <p>{t('form.item', { item: itemLabel })}</p>
        </header>
        {children}
        <ErrorMessage error={error} testId={`${kind}-form-error`} />
        <footer className={styles.formActions}>
          <button type="button" className="btn" onClick={onClose}>
            {t('form.cancel')}
          </button>
          <button type="submit" className="btn btn-primary" disabled={!canSave} data-testid={`${kind}-form-submit`}>
            {t('form.create')}
          </button>
        </footer>
      </form>
    </Dialog>
  );
}
