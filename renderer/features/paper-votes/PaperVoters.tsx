import { useTranslation } from 'react-i18next';
import { PaperTag } from '../votes/PaperTag.tsx';
import type { VoterRow } from '../votes/useVoters.ts';
import styles from './paperVotes.module.css';

/** Who has been recorded on paper in the open vote, by seat (what each voted stays with the hub until the close). */
export function PaperVoters({ voters }: { voters: readonly Pick<VoterRow, 'delegateId' | 'fullName' | 'seat'>[] }) {
  const { t } = useTranslation('paper-votes');
  return (
    <section className={`card ${styles.paperVoters}`} aria-labelledby="paper-voters-title" data-testid="paper-voters" data-count={voters.length}>
      <header className={styles.sectionHead}>
        <h2 id="paper-voters-title">{t('paper.title')}</h2>
        <span className={styles.countPill}>{voters.length}</span>
      </header>
      {voters.length === 0 ? (
        <p className={styles.muted}>{t('paper.none')}</p>
      ) : (
        <ul className={styles.paperList}>
          {voters.map((v) => (
            <li key={v.delegateId} data-testid="paper-voter" data-delegate-id={v.delegateId}>
              <span className={styles.seat}>{v.seat || '—'}</span>
              <span className={styles.name}>{v.fullName}</span>
              <PaperTag />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
