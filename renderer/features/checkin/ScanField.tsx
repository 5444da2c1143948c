import type { FormEvent, RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScanFeedback } from './feedback.ts';
import styles from './checkin.module.css';

/**
 * The field a handheld scanner types into (it sends the badge's text then Enter), and where a short code
 * can be typed by hand. Uncontrolled: a scanner types faster than a person, and each Enter sends what
 * was there and empties the field at once for the next badge. A refused code comes back into the field,
 * selected, for the person to check and correct (the red message asks them to), while the next scan or
 * keystroke replaces it; unless something new was typed meanwhile.
 */
export function ScanField({
  onScan,
  checking,
  input,
}: {
  /** Sends what was typed; resolves to the result shown (null: nothing was sent). */
  onScan: (text: string) => Promise<ScanFeedback | null>;
  checking: boolean;
  /** The desk keeps this field focused (useKeepFocus). */
  input: RefObject<HTMLInputElement | null>;
}) {
  const { t } = useTranslation('checkin');

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const field = event.currentTarget.elements.namedItem('code');
    if (!(field instanceof HTMLInputElement)) return;
    const text = field.value;
    field.value = '';
    field.focus({ preventScroll: true });
    void onScan(text).then((shown) => {
      if (shown?.outcome !== 'refused' || field.value !== '') return;
      field.value = text.replace(/\p{Cc}/gu, '').trim();
      // Selected, focused or not: the next scan or keystroke replaces it rather than adding to it.
      field.setSelectionRange(0, field.value.length);
    });
  };

  return (
    <form className={styles.scanForm} onSubmit={submit} role="search">
      <label className={styles.scanField}>
        <span className="visually-hidden">{t('scan.label')}</span>
        <QrIcon />
        <input
          ref={input}
          name="code"
          className={styles.scanInput}
          type="text"
          placeholder={t('scan.placeholder')}
          autoFocus
          autoComplete="off"
          autoCorrect="off"
          autoCapitalize="off"
          spellCheck={false}
          enterKeyHint="go"
          aria-busy={checking}
          data-testid="checkin-scan-input"
        />
      </label>
      <button type="submit" className={`btn btn-primary ${styles.scanSubmit}`}>
        {t('scan.submit')}
      </button>
    </form>
  );
}

function QrIcon() {
  return (
    <svg width="28" height="28" viewBox="0 0 24 24" aria-hidden="true" fill="currentColor">
      <path d="M3 3h7v7H3V3zm2 2v3h3V5H5zm9-2h7v7h-7V3zm2 2v3h3V5h-3zM3 14h7v7H3v-7zm2 2v3h3v-3H5zm9-2h2v2h-2v-2zm2 2h2v2h-2v-2zm2-2h3v2h-3v-2zm-4 4h2v3h-2v-3zm4 0h3v3h-3v-3zm-2 2h2v1h-2v-1z" />
    </svg>
  );
}
