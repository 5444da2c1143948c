import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ElectionCount } from '../../../shared/domain/elections/count.ts';
import type { Tally } from '../../../shared/domain/votes/tally.ts';
import type { Delegate, MeetingSnapshot } from '../../../shared/protocol/index.ts';
import { useFormat } from '../../i18n/format.ts';
import { ErrorMessage } from '../common/ErrorMessage.tsx';
import { Countdown } from '../votes/Countdown.tsx';
import { LiveVoteLabel } from '../votes/VoteHead.tsx';
import { voteKey, votedIn, type Vote } from '../votes/select.ts';
import { useVoters } from '../votes/useVoters.ts';
import { VotersDialog } from '../votes/VotersDialog.tsx';
import { ballotsIn, notVoted } from './desk.ts';
import { ElectionCountForm } from './ElectionCountForm.tsx';
import { MotionCountForm } from './MotionCountForm.tsx';
import { NotVotedList } from './NotVotedList.tsx';
import { PaperSums } from './PaperSums.tsx';
import { PaperVoters } from './PaperVoters.tsx';
import { useSavedCounts } from './savedCounts.ts';
import type { PaperEntry } from './usePaperRecord.ts';
import styles from './paperVotes.module.css';

/**
 * The open vote at the secretariat's desk: who present has not voted yet (from the hub's list of who voted, asked
 * again as the count moves), what the secretariat records for each on paper, who is recorded on paper, and for a
 * secret ballot the paper counts with the check the close needs.
 */
export function OpenVoteDesk({ vote, snapshot }: { vote: Vote; snapshot: MeetingSnapshot }) {
  const { t } = useTranslation(['paper-votes', 'votes']);
  const format = useFormat();
  const meetingId = snapshot.meeting.id;
  const voted = votedIn(snapshot, vote);
  const { voters, error, refresh } = useVoters(meetingId, vote, voted);
  // Recorded from this screen and acknowledged: off the list at once, before the hub's list has them.
  const [recorded, setRecorded] = useState<readonly Delegate[]>([]);
  const [said, setSaid] = useState<string | null>(null);
  const [showVoters, setShowVoters] = useState(false);
  const [saved, save] = useSavedCounts<Tally | ElectionCount>(`${meetingId}:${voteKey(vote)}`);

  const listed = useMemo(() => new Set((voters ?? []).map((v) => v.delegateId)), [voters]);
  const unlisted = useMemo(() => recorded.filter((d) => !listed.has(d.id)), [recorded, listed]);
  const remaining = useMemo(
    () => (voters ? notVoted(snapshot.delegates, snapshot.attendance, new Set([...listed, ...unlisted.map((d) => d.id)])) : null),
    [voters, snapshot.delegates, snapshot.attendance, listed, unlisted],
  );
  const onPaper = useMemo(
    () => [
      ...(voters ?? []).filter((v) => v.paper),
      ...unlisted.map((d) => ({ delegateId: d.id, fullName: d.fullName, seat: d.seat })),
    ],
    [voters, unlisted],
  );

  const onRecorded = (delegate: Delegate, entry: PaperEntry) => {
    setRecorded((list) => [...list, delegate]);
    setSaid(entry.kind === 'mark' ? t('record.doneMark', { name: delegate.fullName }) : t('record.done', { name: delegate.fullName }));
    refresh();
  };

  const how = vote.ballot === 'secret' ? t('how.secret') : vote.kind === 'motion' ? t('how.namedMotion') : t('how.namedElection');
  return (
    <div className={styles.desk} data-testid="paper-desk" data-kind={vote.kind} data-ballot={vote.ballot} data-vote-id={vote.id}>
      <section className={`card ${styles.deskHead}`} aria-labelledby="paper-desk-title">
        <LiveVoteLabel vote={vote} />
        <h2 id="paper-desk-title" className={styles.deskTitle}>
          {vote.title}
        </h2>
        <p className={styles.how}>{how}</p>
        <div className={styles.deskNumbers}>
          <span className={styles.votedOf} data-testid="paper-voted" data-voted={voted} data-present={snapshot.quorum.present}>
            {t('votedOf', { voted: format.number(voted), present: format.number(snapshot.quorum.present) })}
          </span>
          <Countdown closesAt={vote.closesAt} />
          <button type="button" className="btn btn-small" onClick={() => setShowVoters(true)} data-testid="paper-show-voters">
            {t(`votes:voters.open.${vote.kind}`)}
          </button>
        </div>
        <ErrorMessage error={error} testId="paper-voters-error" />
        {said ? (
          <p className={styles.done} role="status" data-testid="paper-done">
            {said}
          </p>
        ) : null}
      </section>
      <div className={styles.deskGrid}>
        <NotVotedList meetingId={meetingId} vote={vote} delegates={remaining} onRecorded={onRecorded} onRefused={refresh} />
        <div className={styles.deskSide}>
          {vote.ballot === 'secret' ? (
            <>
              <PaperSums counted={saved ? ballotsIn(saved) : null} marked={onPaper.length} />
              {vote.kind === 'motion' ? (
                <MotionCountForm meetingId={meetingId} vote={vote} saved={saved && !('valid' in saved) ? saved : null} onSaved={save} />
              ) : (
                <ElectionCountForm meetingId={meetingId} vote={vote} saved={saved && 'valid' in saved ? saved : null} onSaved={save} />
              )}
            </>
          ) : null}
          <PaperVoters voters={onPaper} />
        </div>
      </div>
      {showVoters ? <VotersDialog meetingId={meetingId} vote={vote} voted={voted} onClose={() => setShowVoters(false)} /> : null}
    </div>
  );
}
