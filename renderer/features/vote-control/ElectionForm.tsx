import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PARTY_MAX_SURPLUS_PERCENT, surplusWithin } from '../../../shared/domain/elections/setup.ts';
import type { BallotKind, Election, ElectionBase } from '../../../shared/protocol/index.ts';
import { useCommand } from '../../client/react.tsx';
import { candidateNames, candidatesToSend } from './candidates.ts';
import { FormShell } from './FormShell.tsx';
import { COUNTDOWNS, DurationSelect, MINIMUMS } from './timing.tsx';
import styles from './voteControl.module.css';

const BASES: readonly ElectionBase[] = ['convened', 'validBallots'];

/**
 * An election prepared on the current item: its seats, its base and the candidates in ballot order. Given `election`
 * (one whose first round is prepared), the form edits it instead (`election.update`): a name kept keeps its candidate.
 */
export function ElectionForm({
  meetingId,
  itemId,
  itemLabel,
  election,
  onClose,
}: {
  meetingId: string;
  itemId: string | null;
  itemLabel: string;
  election?: Election;
  onClose: () => void;
}) {
  const { t } = useTranslation(['vote-control', 'votes']);
  const create = useCommand('election.create');
  const update = useCommand('election.update');
  const saving = election ? update : create;
  const [title, setTitle] = useState(election?.title ?? '');
  const [ballot, setBallot] = useState<BallotKind>(election?.ballot ?? 'secret');
  const [base, setBase] = useState<ElectionBase>(election?.base ?? 'convened');
  const [seats, setSeats] = useState(election?.rounds[0]?.seats ?? 1);
  const [list, setList] = useState(election ? election.candidates.map((c) => c.name).join('\n') : '');
  const [durationSeconds, setDuration] = useState<number | null>(election?.durationSeconds ?? null);
  const [minimumSeconds, setMinimum] = useState<number | null>(election?.minimumSeconds ?? null);
  const names = candidateNames(list);
  const setup = { seats, candidates: names };
  const warning = names.length === 0 ? null : names.length < seats ? t('form.fewer') : surplusWithin(setup, PARTY_MAX_SURPLUS_PERCENT) ? null : t('form.surplus');

  const fields = () => ({ title: title.trim(), ballot, base, seats, durationSeconds, minimumSeconds });
  const submit = async () =>
    (election
      ? await update.run({ meetingId, electionId: election.id, ...fields(), candidates: candidatesToSend(names, election.candidates) })
      : await create.run({ meetingId, itemId, ...fields(), candidates: names.map((name) => ({ name })) })) !== null;

  return (
    <FormShell
      kind="election"
      title={election ? t('form.editElectionTitle') : t('form.electionTitle')}
      itemLabel={itemLabel}
      error={saving.error}
      canSave={!saving.pending && !!title.trim() && names.length > 0}
      onSubmit={submit}
      onClose={onClose}
    >
      <label className="field">
        <span>{t('form.electionName')}</span>
        <input className="input" required maxLength={500} value={title} placeholder={t('form.electionPlaceholder')} onChange={(e) => setTitle(e.target.value)} data-testid="election-title-input" autoFocus />
      </label>
      <div className={styles.formRow}>
        <fieldset className={styles.choice}>
          <legend>{t('form.ballot')}</legend>
          {(['secret', 'named'] as const).map((kind) => (
            <label key={kind}>
              <input type="radio" name="election-ballot" checked={ballot === kind} onChange={() => setBallot(kind)} data-testid={`election-ballot-${kind}`} />
              {t(`form.${kind}`)}
            </label>
          ))}
        </fieldset>
        <label className="field">
          <span>{t('form.seats')}</span>
          <input className="input" type="number" min={1} max={500} required value={seats} onChange={(e) => setSeats(Math.max(1, Math.floor(Number(e.target.value) || 1)))} data-testid="election-seats" />
        </label>
      </div>
      <label className="field">
        <span>{t('form.base')}</span>
        <select className="input" value={base} onChange={(e) => setBase(e.target.value as ElectionBase)} data-testid="election-base">
          {BASES.map((id) => (
            <option key={id} value={id}>
              {t(`votes:bases.${id}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>
          {t('form.candidates')} · {t('form.candidateCount', { count: names.length })}
        </span>
        <textarea className="input" rows={6} value={list} onChange={(e) => setList(e.target.value)} data-testid="election-candidates" />
      </label>
      {warning ? (
        <p className={styles.warning} data-testid="election-warning">
          {warning}
        </p>
      ) : null}
      <div className={styles.formRow}>
        <DurationSelect label={t('form.duration')} value={durationSeconds} options={COUNTDOWNS} onChange={setDuration} testId="election-duration" />
        <DurationSelect label={t('form.minimum')} value={minimumSeconds} options={MINIMUMS} onChange={setMinimum} testId="election-minimum" />
      </div>
    </FormShell>
  );
}
