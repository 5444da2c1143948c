import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingSnapshot } from '../../../shared/protocol/index.ts';
import { openVote, voteKey } from '../votes/select.ts';
import { OpenVoteDesk } from './OpenVoteDesk.tsx';
import { VotesLedger } from './VotesLedger.tsx';
import styles from './paperVotes.module.css';

/**
 * The secretariat's votes: paper beside tablets while a vote is open (the hub takes paper entries only then), and
 * every vote of the meeting with who voted in it.
 */
export function PaperDesk({ snapshot }: { snapshot: MeetingSnapshot }) {
  const { t } = useTranslation('paper-votes');
  const { motions, elections } = snapshot;
  const open = useMemo(() => openVote({ motions, elections }), [motions, elections]);
  return (
    <div className={styles.page}>
      {open ? (
        <OpenVoteDesk key={voteKey(open)} vote={open} snapshot={snapshot} />
      ) : (
        <p className={`card ${styles.noneOpen}`} data-testid="paper-none-open">
          {t('noneOpen')}
        </p>
      )}
      <VotesLedger snapshot={snapshot} />
    </div>
  );
}
