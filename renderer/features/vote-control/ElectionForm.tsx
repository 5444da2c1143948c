import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PARTY_MAX_SURPLUS_PERCENT, surplusWithin } from '../../../shared/domain/elections/setup.ts';
import type { BallotKind, ElectionBase } from '../../../shared/protocol/index.ts';
import { useCommand } from '../../client/react.tsx';
import { FormShell } from './FormShell.tsx';
import { COUNTDOWNS, DurationSelect, MINIMUMS } from './timing.tsx';
import styles from './voteControl.module.css';

const BASES: readonly ElectionBase[] = ['convened', 'validBallots'];

/** An election prepared on the current item: its seats, its base and the candidates in ballot order. */
export function ElectionForm({ meetingId, itemId, itemLabel, onClose }: { meetingId: string; itemId: string | null; itemLabel: string; onClose: () => void }) {
  const { t } = useTranslation(['vote-control', 'votes']);
  const create = useCommand('election.create');
  const [title, setTitle] = useState('');
  const [ballot, setBallot] = useState<BallotKind>('secret');
  const [base, setBase] = useState<ElectionBase>('convened');
  const [seats, setSeats] = useState(1);
  const [list, setList] = useState('');
  const [durationSeconds, setDuration] = useState<number | null>(null);
  const [minimumSeconds, setMinimum] = useState<number | null>(null);
  const names = list
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const setup = { seats, candidates: names };
  const warning = names.length === 0 ? null : names.length < seats ? t('form.fewer') : surplusWithin(setup, PARTY_MAX_SURPLUS_PERCENT) ? null : t('form.surplus');

  const submit = async () =>
    (await create.run({
      meetingId,
      itemId,
      title: title.trim(),
      ballot,
      base,
      seats,
      candidates: names.map((name) => ({ name })),
      durationSeconds,
      minimumSeconds,
    })) !== null;

  return (
    <FormShell kind="election" title={t('form.electionTitle')} itemLabel={itemLabel} error={create.error} canSave={!create.pending && !!title.trim() && names.length > 0} onSubmit={submit} onClose={onClose}>
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
