import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format.ts';
import { paperSums } from './desk.ts';
import styles from './paperVotes.module.css';

/**
 * The check the hub makes before a secret ballot may close, in view: the paper ballots counted (as saved from this
 * screen) beside the delegates marked as having voted on paper, equal or not, and what that means for the chair.
 */
export function PaperSums({ counted, marked }: { counted: number | null; marked: number }) {
  const { t } = useTranslation('paper-votes');
  const format = useFormat();
  const sums = paperSums(counted, marked);
  const ok = sums.kind === 'none' || sums.kind === 'match';
  return (
    <section
      className={`${styles.sums} ${ok ? styles.sumsOk : styles.sumsWrong}`}
      aria-live="polite"
      data-testid="paper-sums"
      data-state={sums.kind}
      data-counted={counted ?? undefined}
      data-marked={marked}
    >
      <div className={styles.sumsNumbers}>
        <div className={styles.sumsFigure}>
          <strong>{counted === null ? '—' : format.number(counted)}</strong>
          <span>{t('sums.counted')}</span>
        </div>
        <span className={`${styles.sumsSign} ${ok ? '' : styles.sumsNot}`} aria-hidden="true" data-sign={ok ? '=' : '≠'}>
          =
        </span>
        <div className={styles.sumsFigure}>
          <strong>{format.number(marked)}</strong>
          <span>{t('sums.marked')}</span>
        </div>
      </div>
      <p className={styles.sumsSaid}>{t(`sums.${sums.kind}`)}</p>
    </section>
  );
}
