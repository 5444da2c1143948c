import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ANSWERS } from '../../../shared/domain/votes/tally.ts';
import type { Delegate } from '../../../shared/protocol/index.ts';
import { ErrorMessage } from '../common/ErrorMessage.tsx';
import { useResultLanguage } from '../votes/Results.tsx';
import type { Vote } from '../votes/select.ts';
import { Ask } from './Ask.tsx';
import { PaperBallotMarks, keepAll } from './PaperBallotMarks.tsx';
import { usePaperRecord, type PaperEntry } from './usePaperRecord.ts';
import styles from './paperVotes.module.css';

/**
 * One delegate present who has not voted, and what the secretariat records for her: a named motion's answer (one
 * tap, then the question), a named election's paper ballot (its names kept or struck), or, in a secret ballot, that
 * she voted on paper. `active`: this row's question or ballot is the one open.
 */
export function NotVotedRow({
  meetingId,
  vote,
  delegate,
  active,
  onActive,
  onRecorded,
  onRefused,
}: {
  meetingId: string;
  vote: Vote;
  delegate: Delegate;
  active: boolean;
  onActive: (active: boolean) => void;
  onRecorded: (delegate: Delegate, entry: PaperEntry) => void;
  /** The hub refused (she voted meanwhile, on a tablet or from another desk): the list is asked again. */
  onRefused: () => void;
}) {
  const { t } = useTranslation('paper-votes');
  const language = useResultLanguage();
  const { record, pending, error } = usePaperRecord(meetingId, vote);
  const [entry, setEntry] = useState<PaperEntry | null>(null);
  // The entry being asked about: only the active row's.
  const asked = active ? entry : null;
  const begin = (next: PaperEntry) => {
    setEntry(next);
    onActive(true);
  };
  const cancel = () => {
    setEntry(null);
    onActive(false);
  };
  const confirm = async () => {
    if (!asked) return;
    if (await record(delegate.id, asked)) onRecorded(delegate, asked);
    else onRefused();
  };
  const named = vote.ballot === 'named';
  const question = !asked
    ? ''
    : asked.kind === 'answer' && vote.kind === 'motion'
      ? t('record.askAnswer', { name: delegate.fullName, answer: vote.motion.words[language][asked.answer] })
      : asked.kind === 'ballot'
        ? t('record.askBallot', { name: delegate.fullName })
        : t('record.askMark', { name: delegate.fullName });

  return (
    <li className={`${styles.row} ${active ? styles.rowActive : ''}`} data-testid="paper-row" data-delegate-id={delegate.id}>
      <div className={styles.rowMain}>
        <span className={styles.seat}>{delegate.seat || '—'}</span>
        <span className={styles.who}>
          <span className={styles.name}>{delegate.fullName}</span>
          {delegate.organisation ? <span className={styles.muted}>{delegate.organisation}</span> : null}
        </span>
        <span className={styles.rowActions}>
          {named && vote.kind === 'motion'
            ? ANSWERS.map((answer) => (
                <button
                  key={answer}
                  type="button"
                  className={`btn btn-small ${styles.answer} ${styles[answer]}`}
                  aria-pressed={asked?.kind === 'answer' && asked.answer === answer}
                  disabled={pending}
                  onClick={() => begin({ kind: 'answer', answer })}
                  data-testid="paper-answer"
                  data-answer={answer}
                >
                  {vote.motion.words[language][answer]}
                </button>
              ))
            : null}
          {named && vote.kind === 'election' ? (
            <button type="button" className="btn btn-small" aria-expanded={active} disabled={pending} onClick={() => (active ? cancel() : begin({ kind: 'ballot', marks: keepAll(vote.round.candidates) }))} data-testid="paper-ballot-open">
              {t('record.ballot')}
            </button>
          ) : null}
          {!named ? (
            <button type="button" className="btn btn-small" disabled={pending} onClick={() => begin({ kind: 'mark' })} data-testid="paper-mark">
              {t('record.mark')}
            </button>
          ) : null}
        </span>
      </div>
      {asked?.kind === 'ballot' && vote.kind === 'election' ? (
        <PaperBallotMarks vote={vote} marks={asked.marks} onChange={(marks) => setEntry({ kind: 'ballot', marks })} />
      ) : null}
      {asked ? <Ask question={question} confirm={named ? t('record.confirm') : t('record.confirmMark')} pending={pending} onConfirm={() => void confirm()} onCancel={cancel} /> : null}
      <ErrorMessage error={error} testId="paper-row-error" />
    </li>
  );
}
