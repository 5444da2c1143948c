import { useTranslation } from 'react-i18next';
import { ElectionWords, MotionChart, MotionWords, useResultLanguage } from '../votes/Results.tsx';
import type { Vote } from '../votes/select.ts';
import styles from './ballot.module.css';

/** The decision in words once the chair has closed the vote, as the hub froze it. */
export function TabletResult({ vote, onClose }: { vote: Vote; onClose: () => void }) {
  const { t } = useTranslation(['ballot', 'votes']);
  const language = useResultLanguage();
  const motionResult = vote.kind === 'motion' ? vote.motion.result : null;
  const electionResult = vote.kind === 'election' ? vote.round.result : null;
  return (
    <section className={styles.panel} aria-labelledby="result-title" data-testid="tablet-result" data-kind={vote.kind} data-vote-id={vote.id}>
      <header className={styles.head}>
        <div className={styles.headText}>
          <span className={styles.kind}>
            {t('result.title')} · {t(`votes:kind.${vote.kind}`)}
          </span>
          <h2 id="result-title" className={styles.title}>
            {vote.title}
          </h2>
        </div>
        <button type="button" className={`btn ${styles.aside}`} onClick={onClose} data-testid="tablet-result-close">
          {t('result.close')}
        </button>
      </header>
      <div className={styles.body}>
        {motionResult && vote.kind === 'motion' ? (
          <div className={styles.result}>
            <MotionWords result={motionResult} className={styles.decision} countsClassName={styles.counts} />
            <div className={styles.resultChart}>
              <MotionChart result={motionResult} words={vote.motion.words[language]} tone="light" />
            </div>
          </div>
        ) : null}
        {electionResult ? (
          <div className={styles.result}>
            <ElectionWords result={electionResult} className={styles.decision} countsClassName={styles.counts} />
            <ul className={styles.lines}>
              {electionResult.words[language].candidates.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
    </section>
  );
}
