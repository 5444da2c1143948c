import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format.ts';
import { clampPage } from './layout.ts';
import styles from './viewer.module.css';

/** "12 / 169"; tapped, a field to type the page to go to (Enter goes, Escape or leaving it cancels). */
export function PageNumber({ page, count, onGo }: { page: number; count: number; onGo: (index: number) => void }) {
  const { t } = useTranslation('viewer');
  const format = useFormat();
  const [typing, setTyping] = useState<string | null>(null);
  if (typing !== null) {
    const go = () => {
      const wanted = Number.parseInt(typing, 10);
      setTyping(null);
      if (Number.isFinite(wanted)) onGo(clampPage(wanted, count) - 1);
    };
    return (
      <form
        className={styles.pageForm}
        onSubmit={(event) => {
          event.preventDefault();
          go();
        }}
      >
        <input
          className={styles.pageInput}
          type="text"
          inputMode="numeric"
          pattern="[0-9]*"
          autoFocus
          value={typing}
          onChange={(event) => setTyping(event.target.value.replace(/\D/g, '').slice(0, 6))}
          onBlur={() => setTyping(null)}
          onKeyDown={(event) => event.key === 'Escape' && setTyping(null)}
          aria-label={t('goToPage', { count })}
          data-testid="viewer-page-input"
          data-browse="page"
        />
        <span aria-hidden="true">/ {format.number(count)}</span>
      </form>
    );
  }
  return (
    <button
      type="button"
      className={styles.pageCount}
      onClick={() => setTyping(String(page + 1))}
      title={t('goToPageTitle')}
      aria-label={t('pageOf', { page: page + 1, count })}
      aria-live="polite"
      data-testid="viewer-page"
      data-page={page + 1}
      data-pages={count}
    >
      {format.number(page + 1)} / {format.number(count)}
    </button>
  );
}
