import { useTranslation } from 'react-i18next';
import type { Answer, Motion } from '../../../shared/protocol/index.ts';
import { useResultLanguage } from '../votes/Results.tsx';
import type { Ballot } from './useBallot.ts';
import styles from './ballot.module.css';

const ANSWERS: readonly Answer[] = ['yes', 'no', 'abstain'];

/** Three large buttons in the body's own words (Tán thành / Không tán thành / Không biểu quyết…). */
export function MotionChoices({ motion, ballot, disabled }: { motion: Motion; ballot: Ballot; disabled: boolean }) {
  const { t } = useTranslation('ballot');
  const words = motion.words[useResultLanguage()];
  const choosing = ballot.phase === 'choosing';
  return (
    <div className={styles.choices}>
      <p className={styles.prompt}>{t('choose')}</p>
      <div className={styles.answers} role="group" aria-label={motion.title}>
        {ANSWERS.map((answer) => (
          <button
            key={answer}
            type="button"
            className={`${styles.answer} ${styles[answer]}`}
            aria-pressed={ballot.answer === answer}
            disabled={disabled || !choosing}
            onClick={() => ballot.choose(answer)}
            data-testid="ballot-answer"
            data-answer={answer}
          >
            {words[answer]}
          </button>
        ))}
      </div>
    </div>
  );
}
