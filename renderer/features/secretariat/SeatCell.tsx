import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Delegate } from '../../../shared/protocol/index.ts';
import { useCommand } from '../../client/react.tsx';
import { ErrorMessage } from '../common/ErrorMessage.tsx';
import styles from './secretariat.module.css';

/** Who else holds `seat` (trimmed, case as typed), if anyone. */
export function seatHolder(delegates: readonly Delegate[], seat: string, self: string): Delegate | undefined {
  const wanted = seat.trim();
  return wanted ? delegates.find((d) => d.id !== self && d.seat === wanted) : undefined;
}

/**
 * A delegate's seat, edited in the table: click (or Enter on it), type, Enter or leave the field to save,
 * Escape to give up. A seat someone else holds is pointed out before saving (the hub refuses it).
 */
export function SeatCell({ meetingId, delegate, delegates }: { meetingId: string; delegate: Delegate; delegates: readonly Delegate[] }) {
  const { t } = useTranslation('secretariat');
  const update = useCommand('delegate.update');
  const [value, setValue] = useState<string | null>(null);
  const holder = value === null ? undefined : seatHolder(delegates, value, delegate.id);

  const save = async () => {
    if (value === null) return;
    const seat = value.trim();
    if (seat === delegate.seat) return setValue(null);
    if (await update.run({ meetingId, delegateId: delegate.id, seat })) setValue(null);
  };

  if (value === null) {
    return (
      <td className={styles.seat}>
        <button
          type="button"
          className={styles.seatButton}
          onClick={() => (update.reset(), setValue(delegate.seat))}
          aria-label={t('seats.edit', { name: delegate.fullName })}
          data-testid="seat-edit"
        >
          {delegate.seat || <span className={styles.muted}>{t('seats.none')}</span>}
        </button>
        <ErrorMessage error={update.error} testId="seat-error" />
      </td>
    );
  }
  return (
    <td className={styles.seat}>
      <input
        className={`input ${styles.seatInput}`}
        value={value}
        maxLength={20}
        autoFocus
        aria-label={t('seats.edit', { name: delegate.fullName })}
        aria-invalid={holder ? true : undefined}
        onChange={(event) => setValue(event.target.value)}
        onBlur={() => void save()}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            void save();
          } else if (event.key === 'Escape') {
            update.reset();
            setValue(null);
          }
        }}
        disabled={update.pending}
        data-testid="seat-input"
      />
      {holder ? (
        <div className={styles.warningText} role="status" data-testid="seat-taken">
          {t('seats.taken', { seat: value.trim(), name: holder.fullName })}
        </div>
      ) : null}
      <ErrorMessage error={update.error} testId="seat-error" />
    </td>
  );
}
