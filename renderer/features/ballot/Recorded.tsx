import { useTranslation } from 'react-i18next';
import { useResultLanguage } from '../votes/Results.tsx';
import type { Vote } from '../votes/select.ts';
import type { Ballot } from './useBallot.ts';
import styles from './ballot.module.css';

/**
 * Shown only on the hub's word (its ack, or `myVote`). A named vote repeats the answer; a secret one does not show
 * it, so that no neighbour reads it off the screen.
 */
export function Recorded({ vote, ballot, changeable }: { vote: Vote; ballot: Ballot; changeable: boolean }) {
  const { t } = useTranslation('ballot');
  const language = useResultLanguage();
  const answer = vote.kind === 'motion' && vote.ballot === 'named' ? ballot.recorded?.answer : null;
  return (
    <div className={styles.recorded} role="status" data-testid="ballot-recorded" data-answer={answer ?? ''}>
      <span className={styles.check} aria-hidden="true">
        ✓
      </span>
      <strong className={styles.recordedTitle}>{t('recorded.title')}</strong>
      {ballot.recorded?.paper ? <span>{t('recorded.paper')}</span> : null}
      {vote.kind === 'motion' && answer ? (
        <span className={styles.recordedAnswer}>{t('recorded.answer', { answer: vote.motion.words[language][answer] })}</span>
      ) : vote.ballot === 'secret' ? (
        <span>{t('recorded.secret')}</span>
      ) : null}
      <span className={styles.waiting}>{t('recorded.waiting')}</span>
      {changeable ? (
        <button type="button" className={`btn ${styles.big}`} onClick={ballot.change} data-testid="ballot-change">
          {t('recorded.change')}
        </button>
      ) : null}
    </div>
  );
}
