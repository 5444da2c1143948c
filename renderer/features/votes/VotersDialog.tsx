import { useTranslation } from 'react-i18next';
import { Dialog } from '../common/Dialog.tsx';
import type { Vote } from './select.ts';
import { useVoters } from './useVoters.ts';
import { VotersList } from './VotersList.tsx';
import styles from './voters.module.css';

/**
 * Who voted in `vote`, over the screen: the chair's and the secretariat's list for the minutes (`voted`, the hub's
 * count, asks it again while the vote is open).
 */
export function VotersDialog({ meetingId, vote, voted = 0, onClose }: { meetingId: string; vote: Vote; voted?: number; onClose: () => void }) {
  const { t } = useTranslation('votes');
  const { voters, error } = useVoters(meetingId, vote, voted);
  return (
    <Dialog labelledBy="voters-title" onClose={onClose} className={styles.dialog} testId="voters-dialog">
      <header className={styles.dialogHead}>
        <div>
          <h2 id="voters-title">{t(`voters.title.${vote.kind}`)}</h2>
          <p>
            {vote.title}
            {vote.kind === 'election' && vote.election.rounds.length > 1 ? ` · ${t('round', { round: vote.round.round })}` : ''}
          </p>
        </div>
        <button type="button" className="btn" onClick={onClose} data-testid="voters-close">
          {t('voters.close')}
        </button>
      </header>
      <VotersList vote={vote} voters={voters} error={error} />
    </Dialog>
  );
}
