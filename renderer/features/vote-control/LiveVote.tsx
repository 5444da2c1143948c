import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingSnapshot } from '../../../shared/protocol/index.ts';
import { useFormat } from '../../i18n/format.ts';
import { ErrorMessage } from '../common/ErrorMessage.tsx';
import { closableAt, formatSeconds } from '../votes/clock.ts';
import { Countdown } from '../votes/Countdown.tsx';
import { LiveVoteLabel } from '../votes/VoteHead.tsx';
import { votedIn, type Vote } from '../votes/select.ts';
import { useSecondsLeft } from '../votes/useSecondsLeft.ts';
import { VoteSummary } from './VoteSummary.tsx';
import type { VoteActions } from './useVoteActions.ts';
import styles from './voteControl.module.css';

/**
 * The open vote on the chair's console: how many of those present have voted (never what), the countdown, and the
 * close, asked twice and not before the minimum duration.
 */
export function LiveVote({ vote, snapshot, actions }: { vote: Vote; snapshot: MeetingSnapshot; actions: VoteActions }) {
  const { t } = useTranslation(['vote-control', 'votes']);
  const format = useFormat();
  const [asking, setAsking] = useState(false);
  const voted = votedIn(snapshot, vote);
  const entitled = snapshot.quorum.present;
  const wait = useSecondsLeft(closableAt(vote.openedAt, vote.minimumSeconds));
  const tooEarly = wait !== null && wait > 0;
  return (
    <section className={`card ${styles.live}`} aria-labelledby="live-vote-title" data-testid="live-vote" data-kind={vote.kind} data-vote-id={vote.id}>
      <LiveVoteLabel vote={vote} />
      <h2 id="live-vote-title" className={styles.liveTitle}>
        {vote.title}
      </h2>
      <VoteSummary vote={vote} />
      <div className={styles.liveNumbers}>
        <div className={styles.liveCount} data-testid="vote-progress" data-voted={voted} data-entitled={entitled} aria-live="polite">
          <strong>{format.number(voted)}</strong>
          <span className={styles.liveOf}>/{format.number(entitled)}</span>
          <span className={styles.liveHint}>{t('live.votedOf')}</span>
        </div>
        <Countdown closesAt={vote.closesAt} className={styles.liveCountdown} />
      </div>
      <progress className={styles.progress} max={Math.max(entitled, 1)} value={Math.min(voted, Math.max(entitled, 1))} />
      <p className={styles.noPartial}>{t('live.noPartial')}</p>
      <ErrorMessage error={actions.error} testId="vote-error" />
      {/* The override note and the close share a row: the console has no height to spare while a vote is open. */}
      <div className={styles.liveFooter}>
        {vote.quorumOverride ? (
          <p className={styles.overrideNote} data-testid="vote-override-note">
            {t('votes:override', { missing: format.number(vote.quorumOverride.missing), reason: vote.quorumOverride.reason })}
          </p>
        ) : null}
        <div className={styles.liveActions}>
          {tooEarly ? <span className={styles.wait}>{t('live.closableIn', { time: formatSeconds(wait) })}</span> : null}
          {asking ? (
            <span className={styles.ask} role="group">
              <span>{t('live.closeQuestion')}</span>
              <button type="button" className="btn" onClick={() => setAsking(false)}>
                {t('no')}
              </button>
              <button
                type="button"
                className="btn btn-accent"
                disabled={actions.pending}
                onClick={() => void actions.close(vote).finally(() => setAsking(false))}
                data-testid="vote-close-confirm"
              >
                {t('live.closeConfirm')}
              </button>
            </span>
          ) : (
            <button type="button" className={`btn btn-accent ${styles.closeButton}`} disabled={actions.pending || tooEarly} onClick={() => setAsking(true)} data-testid="vote-close">
              {t('live.close')}
            </button>
          )}
        </div>
      </div>
    </section>
  );
}
