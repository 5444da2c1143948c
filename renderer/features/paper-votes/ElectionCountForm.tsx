import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ballotsCounted, type ElectionCount } from '../../../shared/domain/elections/count.ts';
import { useCommand } from '../../client/react.tsx';
import { useFormat } from '../../i18n/format.ts';
import type { Vote } from '../votes/select.ts';
import { CountField, toCount } from './CountField.tsx';
import { CountFormShell } from './CountFormShell.tsx';
import { electionCountProblems } from './desk.ts';
import styles from './paperVotes.module.css';

const CLASSES = ['valid', 'invalid', 'blank'] as const;

/**
 * A secret round's paper ballots, counted: valid, invalid and blank ballots, and each candidate's votes on the valid
 * ones (`election.paperCount`); a count that cannot be true is said before it is sent.
 */
export function ElectionCountForm({
  meetingId,
  vote,
  saved,
  onSaved,
}: {
  meetingId: string;
  vote: Extract<Vote, { kind: 'election' }>;
  saved: ElectionCount | null;
  onSaved: (counts: ElectionCount) => void;
}) {
  const { t } = useTranslation('paper-votes');
  const format = useFormat();
  const { round, election } = vote;
  const paperCount = useCommand('election.paperCount');
  const [classes, setClasses] = useState(() => Object.fromEntries(CLASSES.map((c) => [c, String(saved?.[c] ?? 0)])) as Record<(typeof CLASSES)[number], string>);
  const [votes, setVotes] = useState<Record<string, string>>(() => Object.fromEntries(round.candidates.map((id) => [id, String(saved?.votes[id] ?? 0)])));
  const counts: ElectionCount = {
    valid: toCount(classes.valid),
    invalid: toCount(classes.invalid),
    blank: toCount(classes.blank),
    votes: Object.fromEntries(round.candidates.map((id) => [id, toCount(votes[id] ?? '')])),
  };
  const problems = electionCountProblems(round, counts).map((problem) =>
    t(`counts.problems.${problem}`, { least: format.number(counts.valid), most: format.number(counts.valid * round.seats), seats: format.number(round.seats) }),
  );
  const changed = !saved || JSON.stringify(saved) !== JSON.stringify(counts);
  const nameOf = new Map(election.candidates.map((c) => [c.id, c.name]));
  const save = async () => {
    if ((await paperCount.run({ meetingId, electionId: vote.id, counts })) !== null) onSaved(counts);
  };
  return (
    <CountFormShell
      total={problems.length > 0 && !CLASSES.every((c) => Number.isSafeInteger(counts[c]) && counts[c] >= 0) ? null : ballotsCounted(counts)}
      problems={problems}
      saved={saved ? ballotsCounted(saved) : null}
      changed={changed}
      pending={paperCount.pending}
      error={paperCount.error}
      onSave={() => void save()}
    >
      <div className={styles.countGrid}>
        {CLASSES.map((c) => (
          <CountField key={c} label={t(`counts.${c}`)} value={classes[c]} onChange={(value) => setClasses((v) => ({ ...v, [c]: value }))} testId={`paper-count-${c}`} />
        ))}
      </div>
      <fieldset className={styles.countVotes} data-testid="paper-count-votes">
        <legend>{t('counts.votes')}</legend>
        <div className={styles.countGrid}>
          {round.candidates.map((id) => (
            <CountField
              key={id}
              label={nameOf.get(id) ?? id}
              value={votes[id] ?? '0'}
              onChange={(value) => setVotes((v) => ({ ...v, [id]: value }))}
              testId="paper-count-candidate"
              candidateId={id}
            />
          ))}
        </div>
      </fieldset>
    </CountFormShell>
  );
}
