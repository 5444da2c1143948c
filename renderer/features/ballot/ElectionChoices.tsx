import { useTranslation } from 'react-i18next';
import type { Vote } from '../votes/select.ts';
import { ballotState } from './marks.ts';
import type { Ballot } from './useBallot.ts';
import styles from './ballot.module.css';

/**
 * The candidates of the round, in ballot order: each kept or struck with one tap (a struck name is crossed out, as
 * on paper), at most the seats kept, and the count always in view.
 */
export function ElectionChoices({ vote, ballot, disabled }: { vote: Extract<Vote, { kind: 'election' }>; ballot: Ballot; disabled: boolean }) {
  const { t } = useTranslation('ballot');
  const { round, election } = vote;
  const state = ballotState(round, ballot.struck);
  const choosing = ballot.phase === 'choosing';
  const nameOf = (id: string) => election.candidates.find((c) => c.id === id)?.name ?? id;
  return (
    <div className={styles.choices}>
      <p className={styles.prompt}>{t('election.instructions', { count: round.seats })}</p>
      <ol className={styles.candidates}>
        {round.candidates.map((id, index) => {
          const struck = ballot.struck.has(id);
          return (
            <li key={id}>
              <button
                type="button"
                className={`${styles.candidate} ${struck ? styles.struck : ''}`}
                aria-pressed={!struck}
                aria-label={t('election.markFor', { name: nameOf(id) })}
                disabled={disabled || !choosing}
                onClick={() => ballot.toggle(id)}
                data-testid="ballot-candidate"
                data-candidate-id={id}
                data-mark={struck ? 'strike' : 'keep'}
              >
                <span className={styles.candidateNumber}>{index + 1}</span>
                <span className={styles.candidateName}>{nameOf(id)}</span>
                <span className={styles.mark}>{struck ? t('election.strike') : t('election.keep')}</span>
              </button>
            </li>
          );
        })}
      </ol>
      {choosing ? (
        <div className={styles.tally} data-testid="ballot-kept" data-kept={state.kept.length} data-seats={round.seats} aria-live="polite">
          <strong className={state.over > 0 ? styles.over : ''}>{t('election.kept', { kept: state.kept.length, seats: round.seats })}</strong>
          <span>{state.over > 0 ? t('election.tooMany', { count: state.over }) : state.blank ? t('election.blank') : ''}</span>
          <button type="button" className={`btn btn-primary ${styles.next}`} disabled={disabled || state.over > 0} onClick={ballot.review} data-testid="ballot-next">
            {t('election.next')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
