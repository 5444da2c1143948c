import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAJORITY_RULE_IDS } from '../../../shared/domain/votes/rules.ts';
import type { BallotKind, MajorityRule, Motion } from '../../../shared/protocol/index.ts';
import { useCommand } from '../../client/react.tsx';
import { useResultLanguage } from '../votes/Results.tsx';
import { FormShell } from './FormShell.tsx';
import { COUNTDOWNS, DurationSelect, MINIMUMS } from './timing.tsx';
import { wordChoices, wordsLabel } from './words.ts';
import styles from './voteControl.module.css';

/**
 * A motion prepared on the current item: what is put to the vote, how, by which rule, for how long. Given `motion` (a
 * prepared one), the form edits it instead (`motion.update`), under its own item.
 */
export function MotionForm({
  meetingId,
  itemId,
  itemLabel,
  motions,
  motion,
  onClose,
}: {
  meetingId: string;
  itemId: string | null;
  itemLabel: string;
  motions: readonly Motion[];
  motion?: Motion;
  onClose: () => void;
}) {
  const { t } = useTranslation(['vote-control', 'votes']);
  const language = useResultLanguage();
  const create = useCommand('motion.create');
  const update = useCommand('motion.update');
  const saving = motion ? update : create;
  const choices = wordChoices(motions, motion?.words);
  // A body decides by the same rule from one vote to the next; the Party's (of all convened) when it has none yet.
  const lastRule = [...motions].sort((a, b) => a.createdAt.localeCompare(b.createdAt)).at(-1)?.rule;
  const [title, setTitle] = useState(motion?.title ?? '');
  const [text, setText] = useState(motion?.text ?? '');
  const [ballot, setBallot] = useState<BallotKind>(motion?.ballot ?? 'named');
  const [words, setWords] = useState(0);
  const [rule, setRule] = useState<MajorityRule>(motion?.rule ?? lastRule ?? 'halfOfConvened');
  const [durationSeconds, setDuration] = useState<number | null>(motion?.durationSeconds ?? null);
  const [minimumSeconds, setMinimum] = useState<number | null>(motion?.minimumSeconds ?? null);
  const [mayChange, setMayChange] = useState(motion?.mayChange ?? false);

  const fields = () => ({
    title: title.trim(),
    text: text.trim(),
    ballot,
    rule,
    words: choices[words],
    mayChange: ballot === 'named' && mayChange,
    durationSeconds,
    minimumSeconds,
  });
  const submit = async () =>
    (motion ? await update.run({ meetingId, motionId: motion.id, ...fields() }) : await create.run({ meetingId, itemId, ...fields() })) !== null;

  return (
    <FormShell
      kind="motion"
      title={motion ? t('form.editMotionTitle') : t('form.motionTitle')}
      itemLabel={itemLabel}
      error={saving.error}
      canSave={!saving.pending && !!title.trim()}
      onSubmit={submit}
      onClose={onClose}
    >
      <label className="field">
        <span>{t('form.title')}</span>
        <input className="input" required maxLength={500} value={title} placeholder={t('form.titlePlaceholder')} onChange={(e) => setTitle(e.target.value)} data-testid="motion-title-input" autoFocus />
      </label>
      <label className="field">
        <span>{t('form.text')}</span>
        <textarea className="input" maxLength={5000} rows={3} value={text} onChange={(e) => setText(e.target.value)} data-testid="motion-text-input" />
      </label>
      <div className={`${styles.formRow} ${styles.formRowWide}`}>
        <fieldset className={styles.choice}>
          <legend>{t('form.ballot')}</legend>
          {(['named', 'secret'] as const).map((kind) => (
            <label key={kind}>
              <input type="radio" name="ballot" checked={ballot === kind} onChange={() => setBallot(kind)} data-testid={`motion-ballot-${kind}`} />
              {t(`form.${kind}`)}
            </label>
          ))}
        </fieldset>
        <label className="field">
          <span>{t('form.words')}</span>
          <select className="input" value={words} onChange={(e) => setWords(Number(e.target.value))} data-testid="motion-words">
            {choices.map((choice, i) => (
              <option key={wordsLabel(choice, 'vi') + wordsLabel(choice, 'en')} value={i}>
                {wordsLabel(choice, language)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <label className="field">
        <span>{t('form.rule')}</span>
        <select className="input" value={rule} onChange={(e) => setRule(e.target.value as MajorityRule)} data-testid="motion-rule">
          {MAJORITY_RULE_IDS.map((id) => (
            <option key={id} value={id}>
              {t(`votes:rules.${id}`)}
            </option>
          ))}
        </select>
      </label>
      <div className={styles.formRow}>
        <DurationSelect label={t('form.duration')} value={durationSeconds} options={COUNTDOWNS} onChange={setDuration} testId="motion-duration" />
        <DurationSelect label={t('form.minimum')} value={minimumSeconds} options={MINIMUMS} onChange={setMinimum} testId="motion-minimum" />
      </div>
      <label className={styles.check}>
        <input type="checkbox" checked={ballot === 'named' && mayChange} disabled={ballot !== 'named'} onChange={(e) => setMayChange(e.target.checked)} data-testid="motion-may-change" />
        {t('form.mayChange')}
      </label>
    </FormShell>
  );
}
