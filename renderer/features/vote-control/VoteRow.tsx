import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Quorum } from '../../../shared/protocol/index.ts';
import { useFormat } from '../../i18n/format.ts';
import { ElectionChart, ElectionWords, MotionChart, MotionWords, useResultLanguage } from '../votes/Results.tsx';
import type { Vote } from '../votes/select.ts';
import { VoteHead, voteBox } from '../votes/VoteHead.tsx';
import { OpenControl } from './OpenControl.tsx';
import { VoteSummary } from './VoteSummary.tsx';
import type { VoteActions } from './useVoteActions.ts';
import styles from './voteControl.module.css';

/**
 * A prepared vote (open it, edit it, or remove it) or a closed one (its decision, who voted, and a further round after
 * a tie).
 */
export function VoteRow({
  vote,
  quorum,
  actions,
  chart,
  onEdit,
  onVoters,
}: {
  vote: Vote;
  quorum: Quorum;
  actions: VoteActions;
  chart: boolean;
  onEdit: () => void;
  onVoters: () => void;
}) {
  const { t } = useTranslation(['vote-control', 'votes']);
  const format = useFormat();
  const language = useResultLanguage();
  const [removing, setRemoving] = useState(false);
  const motionResult = vote.kind === 'motion' ? vote.motion.result : null;
  const electionResult = vote.kind === 'election' ? vote.round.result : null;
  // A further round is prepared from the last one's result: the hub edits and removes only an election never opened.
  const editable = vote.kind === 'motion' || vote.election.rounds.length === 1;
  return (
    <li className={voteBox} data-testid="vote-row" data-kind={vote.kind} data-vote-id={vote.id} data-status={vote.status}>
      <VoteHead vote={vote} />
      <h3 className={styles.rowTitle}>{vote.title}</h3>
      <VoteSummary vote={vote} />
      {vote.kind === 'election'
        ? vote.election.rounds
            .filter((r) => r.round < vote.round.round && r.result)
            .map((r) => (
              <p key={r.round} className={styles.earlier} data-testid="vote-earlier-round">
                {t('votes:round', { round: r.round })}: {r.result?.words[language].outcome}
              </p>
            ))
        : null}

      {vote.status === 'prepared' ? (
        <div className={styles.rowActions}>
          <OpenControl vote={vote} quorum={quorum} actions={actions} />
          {!editable ? null : removing ? (
            <span className={styles.ask} role="group">
              <span>{t('removeQuestion', { title: vote.title })}</span>
              <button type="button" className="btn btn-small btn-accent" onClick={() => void actions.remove(vote)} data-testid="vote-remove-confirm">
                {t('yes')}
              </button>
              <button type="button" className="btn btn-small" onClick={() => setRemoving(false)}>
                {t('no')}
              </button>
            </span>
          ) : (
            <>
              <button type="button" className="btn btn-small" onClick={onEdit} data-testid="vote-edit">
                {t('edit')}
              </button>
              <button type="button" className="btn btn-small btn-ghost" onClick={() => setRemoving(true)} data-testid="vote-remove">
                {t('remove')}
              </button>
            </>
          )}
        </div>
      ) : null}

      {motionResult && vote.kind === 'motion' ? (
        <div className={styles.result}>
          <MotionWords result={motionResult} className={styles.decision} countsClassName={styles.counts} />
          {chart ? <MotionChart result={motionResult} words={vote.motion.words[language]} tone="light" /> : null}
        </div>
      ) : null}
      {electionResult && vote.kind === 'election' ? (
        <div className={styles.result}>
          <ElectionWords result={electionResult} className={styles.decision} countsClassName={styles.counts} />
          {chart ? <ElectionChart result={electionResult} election={vote.election} tone="light" /> : null}
          {electionResult.seatsLeft > 0 && vote.round === vote.election.rounds.at(-1) ? (
            <button type="button" className="btn btn-primary" disabled={actions.pending} onClick={() => void actions.nextRound(vote)} data-testid="vote-next-round">
              {t('closed.nextRound', { round: format.number(vote.round.round + 1) })}
            </button>
          ) : null}
        </div>
      ) : null}
      {vote.status === 'closed' ? (
        <button type="button" className={`btn btn-small ${styles.votersButton}`} onClick={onVoters} data-testid="vote-voters">
          {t(`votes:voters.open.${vote.kind}`)}
        </button>
      ) : null}
    </li>
  );
}
