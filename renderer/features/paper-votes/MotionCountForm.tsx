import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ANSWERS, isWellFormedTally, votesCast, type Tally } from '../../../shared/domain/votes/tally.ts';
import { useCommand } from '../../client/react.tsx';
import { useResultLanguage } from '../votes/Results.tsx';
import type { Vote } from '../votes/select.ts';
import { CountField, toCount } from './CountField.tsx';
import { CountFormShell } from './CountFormShell.tsx';
import styles from './paperVotes.module.css';

/** A secret motion's paper ballots, counted: how many of each answer, in the body's words (`motion.paperCount`). */
export function MotionCountForm({ meetingId, vote, saved, onSaved }: { meetingId: string; vote: Extract<Vote, { kind: 'motion' }>; saved: Tally | null; onSaved: (counts: Tally) => void }) {
  const { t } = useTranslation('paper-votes');
  const language = useResultLanguage();
  const paperCount = useCommand('motion.paperCount');
  const [values, setValues] = useState(() => ({ yes: String(saved?.yes ?? 0), no: String(saved?.no ?? 0), abstain: String(saved?.abstain ?? 0) }));
  const counts: Tally = { yes: toCount(values.yes), no: toCount(values.no), abstain: toCount(values.abstain) };
  const whole = isWellFormedTally(counts);
  const changed = !saved || ANSWERS.some((answer) => saved[answer] !== counts[answer]);
  const save = async () => {
    if ((await paperCount.run({ meetingId, motionId: vote.id, counts })) !== null) onSaved(counts);
  };
  return (
    <CountFormShell
      total={whole ? votesCast(counts) : null}
      problems={whole ? [] : [t('counts.problems.notWholeNumbers')]}
      saved={saved ? votesCast(saved) : null}
      changed={changed}
      pending={paperCount.pending}
      error={paperCount.error}
      onSave={() => void save()}
    >
      <div className={styles.countGrid}>
        {ANSWERS.map((answer) => (
          <CountField
            key={answer}
            label={vote.motion.words[language][answer]}
            value={values[answer]}
            onChange={(value) => setValues((v) => ({ ...v, [answer]: value }))}
            testId={`paper-count-${answer}`}
          />
        ))}
      </div>
    </CountFormShell>
  );
}
