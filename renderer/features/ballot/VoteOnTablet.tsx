import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingSnapshot } from '../../../shared/protocol/index.ts';
import { shownVote, voteKey } from '../votes/select.ts';
import { BallotPanel } from './BallotPanel.tsx';
import { TabletResult } from './TabletResult.tsx';
import { useBallot } from './useBallot.ts';
import { TapToExpand } from '../common/TapToExpand.tsx';
import styles from './ballot.module.css';

/**
 * The tablet during a vote: the ballot takes the screen while the vote is open (the delegate may put it aside to
 * read the documents, and a strip brings it back), then the result in words once the chair closes it, until the
 * delegate goes back to the agenda or the chair moves on. Otherwise, the meeting (`children`) as usual.
 */
export function VoteOnTablet({ snapshot, children }: { snapshot: MeetingSnapshot; children: ReactNode }) {
  const { t } = useTranslation(['ballot', 'votes']);
  const { motions, elections, meeting } = snapshot;
  const vote = useMemo(() => shownVote({ motions, elections, meeting }), [motions, elections, meeting]);
  const ballot = useBallot(meeting.id, vote);
  const [aside, setAside] = useState<string | null>(null);
  if (!vote) return children;
  const key = voteKey(vote);

  if (vote.status === 'closed') {
    return aside === key ? children : <TabletResult vote={vote} onClose={() => setAside(key)} />;
  }
  if (aside === key) {
    return (
      <>
        <div className={styles.strip} data-testid="vote-strip" data-phase={ballot.phase}>
          <span className={styles.stripLabel}>{t(`votes:openNow.${vote.kind}`)}</span>
          <TapToExpand text={vote.title} className={styles.stripTitle} />
          {ballot.phase === 'recorded' ? <span className={styles.stripDone}>✓ {t('strip.voted')}</span> : null}
          <button type="button" className="btn btn-accent" onClick={() => setAside(null)} data-testid="vote-strip-open">
            {t('strip.open')}
          </button>
        </div>
        {children}
      </>
    );
  }
  return <BallotPanel vote={vote} snapshot={snapshot} ballot={ballot} onAside={() => setAside(key)} />;
}
