import { useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateInput, parseDateInput } from '../../i18n/dateInput.ts';
import { useFormat } from '../../i18n/format.ts';
import styles from './secretariat.module.css';

/** The example every hint gives, in the field's own format. */
const EXAMPLE = '2026-12-18';

/**
 * A meeting date typed as the screen's language writes it (18/12/2026 in Vietnamese), not as the browser's locale
 * would (`<input type="date">` showed 12/18/2026 on a Vietnamese screen). `value` and `onChange` are YYYY-MM-DD;
 * `onChange` hears only real dates. Under the field the date is spelt out ("Thứ Sáu, 18 tháng 12, 2026"), so that
 * day and month cannot be mistaken; text that is no date says how to write one and keeps the form from submitting.
 */
export function DateInput({ value, onChange, testId }: { value: string; onChange: (iso: string) => void; testId: string }) {
  const { t, i18n } = useTranslation('secretariat');
  const format = useFormat();
  const language = i18n.language;
  const [text, setText] = useState(() => formatDateInput(value, language));
  // A value from elsewhere (the hub, a reset) or another language is shown anew; what the person is typing is kept.
  const [seen, setSeen] = useState({ value, language });
  if (seen.value !== value || seen.language !== language) {
    setSeen({ value, language });
    if (language !== seen.language || (parseDateInput(text, language) ?? value) !== value) setText(formatDateInput(value, language));
  }
  const typed = parseDateInput(text, language);
  const invalid = text.trim() !== '' && typed === null;
  const example = formatDateInput(EXAMPLE, language);
  const field = useRef<HTMLInputElement>(null);
  useLayoutEffect(() => {
    field.current?.setCustomValidity(invalid ? t('dateInput.invalid', { example }) : '');
  }, [invalid, example, t]);

  return (
    <>
      <input
        ref={field}
        className="input"
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          const iso = parseDateInput(event.target.value, language);
          if (iso) onChange(iso);
        }}
        placeholder={t('dateInput.placeholder')}
        required
        autoComplete="off"
        aria-invalid={invalid}
        aria-describedby={`${testId}-said`}
        data-testid={testId}
        data-value={typed ?? ''}
      />
      <small id={`${testId}-said`} className={invalid ? styles.dateInvalid : styles.hint} data-testid={`${testId}-said`}>
        {invalid ? t('dateInput.invalid', { example }) : typed ? format.longDate(typed) : t('dateInput.hint', { example })}
      </small>
    </>
  );
}
