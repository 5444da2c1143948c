import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingSnapshot } from '../../../shared/protocol/index.ts';
import { useAgenda } from '../agenda/useAgenda.ts';
import { useResultLanguage } from '../votes/Results.tsx';
import { meetingVotes, voteKey, type Vote } from '../votes/select.ts';
import { VoteHead, voteBox } from '../votes/VoteHead.tsx';
import { VotersDialog } from '../votes/VotersDialog.tsx';
import styles from './paperVotes.module.css';

/** Every vote of the meeting, the newest first, each under its item, the decision once closed, and who voted in it. */
export function VotesLedger({ snapshot }: { snapshot: MeetingSnapshot }) {
  const { t } = useTranslation(['paper-votes', 'votes']);
  const language = useResultLanguage();
  const agenda = useAgenda(snapshot.agendaItems, snapshot.meeting.currentItemId);
  const votes = useMemo(() => meetingVotes(snapshot), [snapshot]);
  const [voters, setVoters] = useState<Vote | null>(null);
  const decision = (vote: Vote) => (vote.kind === 'motion' ? vote.motion.result?.words[language].result : vote.round.result?.words[language].outcome);
  return (
    <section className={`card ${styles.ledger}`} aria-labelledby="votes-ledger-title" data-testid="votes-ledger">
      <h2 id="votes-ledger-title">{t('ledger.title')}</h2>
      {votes.length === 0 ? (
        <p className={styles.muted}>{t('ledger.none')}</p>
      ) : (
        <ul className={styles.ledgerRows}>
          {votes.map((vote) => {
            const item = vote.itemId ? agenda.byId.get(vote.itemId) : undefined;
            return (
              <li key={voteKey(vote)} className={voteBox} data-testid="ledger-row" data-vote-id={vote.id} data-status={vote.status}>
                <VoteHead vote={vote} extra={<span className={styles.muted}>{item ? t('ledger.item', { number: item.number }) : t('ledger.general')}</span>} />
                <p className={styles.name}>{vote.title}</p>
                {vote.status === 'closed' ? (
                  <>
                    <p className={styles.decision} data-passed={vote.kind === 'motion' ? vote.motion.result?.passed : undefined}>
                      {decision(vote)}
                    </p>
                    <button type="button" className={`btn btn-small ${styles.ledgerVoters}`} onClick={() => setVoters(vote)} data-testid="ledger-voters">
                      {t(`votes:voters.open.${vote.kind}`)}
                    </button>
                  </>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
      {voters ? <VotersDialog meetingId={snapshot.meeting.id} vote={voters} onClose={() => setVoters(null)} /> : null}
    </section>
  );
}
