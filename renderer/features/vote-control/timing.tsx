import { useTranslation } from 'react-i18next';

/** The countdowns and minimum durations a chair picks from: round numbers, in seconds. */
export const COUNTDOWNS = [30, 60, 120, 180, 300, 600, 900] as const;
export const MINIMUMS = [10, 30, 60, 120] as const;

/** A select of durations, "None" first (null). */
export function DurationSelect({
  label,
  value,
  options,
  onChange,
  testId,
}: {
  label: string;
  value: number | null;
  options: readonly number[];
  onChange: (seconds: number | null) => void;
  testId: string;
}) {
  const { t } = useTranslation('vote-control');
  return (
    <label className="field">
      <span>{label}</span>
      <select className="input" value={value ?? ''} onChange={(e) => onChange(e.target.value ? Number(e.target.value) : null)} data-testid={testId}>
        <option value="">{t('form.noLimit')}</option>
        {options.map((seconds) => (
          <option key={seconds} value={seconds}>
            {seconds < 60 ? t('form.seconds', { count: seconds }) : t('form.minutes', { count: seconds / 60 })}
          </option>
        ))}
      </select>
    </label>
  );
}
