import { useTranslation } from 'react-i18next';
import type { MeetingSnapshot } from '../../../shared/protocol/index.ts';
import { useFormat } from '../../i18n/format.ts';
import { Countdown } from '../votes/Countdown.tsx';
import { ElectionChart, ElectionWords, MotionChart, MotionWords, useResultLanguage } from '../votes/Results.tsx';
import { votedIn, type Vote } from '../votes/select.ts';
import styles from './projector.module.css';

/**
 * A vote on the hall's screen. While it is open: what is being voted on, how many have voted and the countdown,
 * never anything of what was voted. After the close: the decision in words and the result as a chart.
 */
export function ProjectorVote({ vote, snapshot }: { vote: Vote; snapshot: MeetingSnapshot }) {
  const { t } = useTranslation('votes');
  const format = useFormat();
  const language = useResultLanguage();
  const round = vote.kind === 'election' && vote.election.rounds.length > 1 ? ` · ${t('round', { round: vote.round.round })}` : '';

  if (vote.status === 'open') {
    const voted = votedIn(snapshot, vote);
    return (
      <div className={styles.voteBlock} data-testid="projector-vote" data-status="open" data-vote-id={vote.id}>
        <span className={styles.label}>
          {t(`openNow.${vote.kind}`)}
          {round}
        </span>
        <h2 className={styles.voteTitle}>{vote.title}</h2>
        <div className={styles.voteNumbers}>
          <p className={styles.voteCount} data-testid="projector-vote-count" data-voted={voted} data-entitled={snapshot.quorum.present}>
            <strong>{format.number(voted)}</strong>
            <span>/{format.number(snapshot.quorum.present)}</span>
            <em>{t('voted')}</em>
          </p>
          <Countdown closesAt={vote.closesAt} className={styles.voteCountdown} />
        </div>
      </div>
    );
  }

  const motionResult = vote.kind === 'motion' ? vote.motion.result : null;
  const electionResult = vote.kind === 'election' ? vote.round.result : null;
  return (
    <div className={`${styles.voteBlock} ${styles.voteClosed}`} data-testid="projector-vote" data-status="closed" data-vote-id={vote.id}>
      <span className={styles.label}>
        {t(vote.kind === 'motion' ? 'chart.motion' : 'chart.election')}
        {round}
      </span>
      <h2 className={styles.voteTitleSmall}>{vote.title}</h2>
      <div className={styles.voteResult}>
        {motionResult && vote.kind === 'motion' ? (
          <>
            <MotionWords result={motionResult} className={styles.voteDecision} countsClassName={styles.voteCounts} />
            <div className={styles.voteChart}>
              <MotionChart result={motionResult} words={vote.motion.words[language]} tone="dark" />
            </div>
          </>
        ) : null}
        {electionResult && vote.kind === 'election' ? (
          <>
            <ElectionWords result={electionResult} className={`${styles.voteDecision} ${styles.voteOutcome}`} countsClassName={styles.voteCounts} />
            <div className={styles.voteChart}>
              <ElectionChart result={electionResult} election={vote.election} tone="dark" />
            </div>
          </>
        ) : null}
      </div>
    </div>
  );
}
