import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Quorum } from '../../../shared/protocol/index.ts';
import { useFormat } from '../../i18n/format.ts';
import type { Vote } from '../votes/select.ts';
import type { VoteActions } from './useVoteActions.ts';
import styles from './voteControl.module.css';

/**
 * Opening a prepared vote: at once while the quorum holds; without it, only with the chair's reason (the hub
 * records it with how many were missing).
 */
export function OpenControl({ vote, quorum, actions }: { vote: Vote; quorum: Quorum; actions: VoteActions }) {
  const { t } = useTranslation('vote-control');
  const format = useFormat();
  const [reason, setReason] = useState('');
  const label = vote.kind === 'motion' ? t('open.button') : t('open.buttonElection');
  if (quorum.reached) {
    return (
      <button type="button" className="btn btn-accent" disabled={actions.pending} onClick={() => void actions.open(vote)} data-testid="vote-open">
        {label}
      </button>
    );
  }
  return (
    <div className={styles.override} data-testid="vote-override">
      <p className={styles.overrideWarning} data-testid="vote-quorum-missing">
        <strong>
          {t('open.quorumMissing', { present: format.number(quorum.present), members: format.number(quorum.members), missing: format.number(quorum.missing) })}
        </strong>{' '}
        {t('open.overrideHint')}
      </p>
      <label className="field">
        <span>{t('open.reason')}</span>
        <input className="input" maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} data-testid="vote-override-reason" />
      </label>
      <button
        type="button"
        className="btn btn-danger"
        disabled={actions.pending || !reason.trim()}
        onClick={() => void actions.open(vote, reason.trim())}
        data-testid="vote-open-override"
      >
        {t('open.override')}
      </button>
    </div>
  );
}
