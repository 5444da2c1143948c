import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Vote } from './select.ts';
import styles from './head.module.css';

/** The box of a vote in a staff screen's list (the `className` of its `li`). */
export const voteBox = styles.box;

/** "Named vote" / "Secret ballot", as a pill. */
export function BallotKindPill({ vote }: { vote: Vote }) {
  const { t } = useTranslation('votes');
  return <span className={styles.ballotKind}>{t(`ballot.${vote.ballot}`)}</span>;
}

/** A vote in a staff screen's list: its kind (and round), `extra` (its item), its ballot kind, and its status on the right. */
export function VoteHead({ vote, extra }: { vote: Vote; extra?: ReactNode }) {
  const { t } = useTranslation('votes');
  return (
    <div className={styles.head}>
      <span className={styles.kind}>
        {t(`kind.${vote.kind}`)}
        {vote.kind === 'election' && vote.election.rounds.length > 1 ? ` · ${t('round', { round: vote.round.round })}` : ''}
      </span>
      {extra}
      <BallotKindPill vote={vote} />
      <span className={`${styles.status} ${styles[vote.status]}`}>{t(`status.${vote.status}`)}</span>
    </div>
  );
}

/** The head of an open vote on a staff screen: "Voting now" with a pulsing dot (and the round), then the ballot kind. */
export function LiveVoteLabel({ vote }: { vote: Vote }) {
  const { t } = useTranslation('votes');
  return (
    <div className={styles.liveHead}>
      <span className={styles.liveLabel}>
        <span className={styles.liveDot} aria-hidden="true" />
        {t(`openNow.${vote.kind}`)}
        {vote.kind === 'election' ? ` · ${t('round', { round: vote.round.round })}` : ''}
      </span>
      <BallotKindPill vote={vote} />
    </div>
  );
}
