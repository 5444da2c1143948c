import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Election, MeetingSnapshot, Motion } from '../../../shared/protocol/index.ts';
import { ErrorMessage } from '../common/ErrorMessage.tsx';
import { openVote, shownVote, voteKey, votesUnder, type Vote } from '../votes/select.ts';
import { VotersDialog } from '../votes/VotersDialog.tsx';
import { ElectionForm } from './ElectionForm.tsx';
import { LiveVote } from './LiveVote.tsx';
import { MotionForm } from './MotionForm.tsx';
import { VoteRow } from './VoteRow.tsx';
import { useVoteActions } from './useVoteActions.ts';
import styles from './voteControl.module.css';

/**
 * The chair's votes on the current item: prepare a motion or an election, open it (with the quorum, or a reason),
 * follow the count, close it, read the decision. While a vote is open, only that vote.
 */
export function VotesCard({ snapshot, itemLabel }: { snapshot: MeetingSnapshot; itemLabel: string }) {
  const { t } = useTranslation('vote-control');
  const { meeting, motions, elections } = snapshot;
  const actions = useVoteActions(meeting.id);
  // A new vote's form, or a prepared one's (to edit).
  const [voters, setVoters] = useState<Vote | null>(null);
  const [form, setForm] = useState<{ kind: 'motion'; motion?: Motion } | { kind: 'election'; election?: Election } | null>(null);
  const open = useMemo(() => openVote({ motions, elections }), [motions, elections]);
  const shown = useMemo(() => shownVote({ motions, elections, meeting }), [motions, elections, meeting]);
  const votes = useMemo(() => votesUnder({ motions, elections }, meeting.currentItemId), [motions, elections, meeting.currentItemId]);

  if (open) return <LiveVote vote={open} snapshot={snapshot} actions={actions} />;
  return (
    <section className={`card ${styles.card}`} aria-labelledby="votes-card-title" data-testid="votes-card">
      <div className={styles.cardHead}>
        <h2 id="votes-card-title">{t('title')}</h2>
        <button type="button" className="btn btn-small" onClick={() => setForm({ kind: 'motion' })} data-testid="new-motion">
          {t('newMotion')}
        </button>
        <button type="button" className="btn btn-small" onClick={() => setForm({ kind: 'election' })} data-testid="new-election">
          {t('newElection')}
        </button>
      </div>
      <ErrorMessage error={actions.error} testId="vote-error" />
      {votes.length === 0 ? (
        <p className={styles.empty}>{t('none')}</p>
      ) : (
        <ul className={styles.rows}>
          {votes.map((vote) => (
            <VoteRow
              key={voteKey(vote)}
              vote={vote}
              quorum={snapshot.quorum}
              actions={actions}
              chart={shown?.id === vote.id}
              onEdit={() => setForm(vote.kind === 'motion' ? { kind: 'motion', motion: vote.motion } : { kind: 'election', election: vote.election })}
              onVoters={() => setVoters(vote)}
            />
          ))}
        </ul>
      )}
      {voters ? <VotersDialog meetingId={meeting.id} vote={voters} onClose={() => setVoters(null)} /> : null}
      {form?.kind === 'motion' ? (
        <MotionForm meetingId={meeting.id} itemId={meeting.currentItemId} itemLabel={itemLabel} motions={motions} motion={form.motion} onClose={() => setForm(null)} />
      ) : null}
      {form?.kind === 'election' ? (
        <ElectionForm meetingId={meeting.id} itemId={meeting.currentItemId} itemLabel={itemLabel} election={form.election} onClose={() => setForm(null)} />
      ) : null}
    </section>
  );
}
