import { useTranslation } from 'react-i18next';
import { classifyBallot, type ElectionBallot } from '../../../shared/domain/elections/ballot.ts';
import { useFormat } from '../../i18n/format.ts';
import type { Vote } from '../votes/select.ts';
import styles from './paperVotes.module.css';

/** A ballot as paper starts: every name kept (the voter strikes the ones she does not elect). */
export function keepAll(candidates: readonly string[]): ElectionBallot {
  return Object.fromEntries(candidates.map((id) => [id, 'keep' as const]));
}

/**
 * A named election's paper ballot copied by the secretariat: each name of the round kept or struck, as on the paper,
 * with how many are kept; a blank or an invalid ballot is said, and recorded as it is (the hub counts it so).
 */
export function PaperBallotMarks({ vote, marks, onChange }: { vote: Extract<Vote, { kind: 'election' }>; marks: ElectionBallot; onChange: (marks: ElectionBallot) => void }) {
  const { t } = useTranslation('paper-votes');
  const format = useFormat();
  const { round, election } = vote;
  const kept = round.candidates.filter((id) => marks[id] === 'keep').length;
  const ballot = classifyBallot(round, marks);
  const nameOf = new Map(election.candidates.map((c) => [c.id, c.name]));
  return (
    <div className={styles.ballot} data-testid="paper-ballot">
      <ul className={styles.candidates}>
        {round.candidates.map((id) => {
          const mark = marks[id] ?? 'keep';
          return (
            <li key={id}>
              <button
                type="button"
                className={`${styles.candidate} ${mark === 'strike' ? styles.struck : ''}`}
                aria-pressed={mark === 'keep'}
                onClick={() => onChange({ ...marks, [id]: mark === 'keep' ? 'strike' : 'keep' })}
                data-testid="paper-candidate"
                data-candidate-id={id}
                data-mark={mark}
              >
                <span className={styles.candidateName}>{nameOf.get(id) ?? id}</span>
                <span className={styles.candidateMark}>{mark === 'keep' ? t('record.keep') : t('record.strike')}</span>
              </button>
            </li>
          );
        })}
      </ul>
      <p className={styles.kept} data-testid="paper-ballot-kept" data-kept={kept} data-class={ballot.kind}>
        <strong>{t('record.kept', { kept: format.number(kept), seats: format.number(round.seats) })}</strong>
        {ballot.kind === 'blank' ? ` · ${t('record.blank')}` : ballot.kind === 'invalid' ? ` · ${t('record.tooMany', { seats: format.number(round.seats) })}` : ''}
      </p>
    </div>
  );
}
