import { useTranslation } from 'react-i18next';
import { formatSeconds } from '../votes/clock.ts';
import type { Vote } from '../votes/select.ts';
import styles from './voteControl.module.css';

/** How a vote is decided, in one line: the rule (or seats and base), and the countdown if any. */
export function VoteSummary({ vote }: { vote: Vote }) {
  const { t } = useTranslation(['vote-control', 'votes']);
  const duration = vote.kind === 'motion' ? vote.motion.durationSeconds : vote.election.durationSeconds;
  const parts =
    vote.kind === 'motion'
      ? [t('summary.rule', { rule: t(`votes:rules.${vote.motion.rule}`) })]
      : [t('summary.seats', { seats: vote.round.seats, candidates: vote.round.candidates.length }), t(`votes:bases.${vote.election.base}`)];
  if (duration && vote.status === 'prepared') parts.push(t('summary.countdown', { time: formatSeconds(duration) }));
  return <p className={styles.summary}>{parts.join(' · ')}</p>;
}
