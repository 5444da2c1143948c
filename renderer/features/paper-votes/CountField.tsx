import styles from './paperVotes.module.css';

/** A count typed by the secretariat: empty is 0; anything but a whole number 0 or more is NaN or a fraction, refused by the form. */
export function toCount(text: string): number {
  return text.trim() === '' ? 0 : Number(text);
}

/** One number of the paper count, large enough to read from the count's record at arm's length. */
export function CountField({ label, value, onChange, testId, candidateId }: { label: string; value: string; onChange: (value: string) => void; testId: string; candidateId?: string }) {
  return (
    <label className={styles.countField}>
      <span>{label}</span>
      <input
        className={`input ${styles.countInput}`}
        type="number"
        inputMode="numeric"
        min={0}
        step={1}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        data-testid={testId}
        data-candidate-id={candidateId}
      />
    </label>
  );
}
