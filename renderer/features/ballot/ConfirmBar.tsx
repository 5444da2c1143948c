import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../common/ErrorMessage.tsx';
import common from '../common/common.module.css';
import { useResultLanguage } from '../votes/Results.tsx';
import type { Vote } from '../votes/select.ts';
import { ballotState } from './marks.ts';
import type { Ballot } from './useBallot.ts';
import styles from './ballot.module.css';

/** The confirmation: what will be sent, then sending, then (if it failed) that it is NOT recorded and a retry. */
export function ConfirmBar({ vote, ballot, disabled }: { vote: Vote; ballot: Ballot; disabled: boolean }) {
  const { t } = useTranslation('ballot');
  const language = useResultLanguage();
  const sending = ballot.phase === 'sending';
  let summary: string;
  if (vote.kind === 'motion') summary = ballot.answer ? vote.motion.words[language][ballot.answer] : '';
  else {
    const kept = ballotState(vote.round, ballot.struck).kept;
    const names = kept.map((id) => vote.election.candidates.find((c) => c.id === id)?.name ?? id);
    summary = names.length > 0 ? names.join(', ') : t('election.none');
  }
  return (
    <div className={styles.confirm} data-testid="ballot-confirm-bar" data-phase={ballot.phase}>
      <div className={styles.confirmWhat}>
        <span>{vote.kind === 'motion' ? t('confirm.question') : t('election.review')}</span>
        <strong data-testid="ballot-choice">{summary}</strong>
      </div>
      {ballot.phase === 'failed' ? (
        <div className={styles.failed} role="alert" data-testid="ballot-failed" data-code={ballot.error?.code ?? ''}>
          <strong>{t('failed.notRecorded')}</strong>
          {ballot.retryable ? <span>{t('failed.noAnswer')}</span> : <ErrorMessage error={ballot.error} testId="ballot-error" />}
        </div>
      ) : null}
      {sending ? (
        <p className={styles.sending} role="status" data-testid="ballot-sending">
          <span className={`${common.spinner} ${styles.spinner}`} aria-hidden="true" />
          {t('sending')}
        </p>
      ) : null}
      <div className={styles.confirmActions}>
        <button type="button" className={`btn ${styles.big}`} disabled={sending} onClick={ballot.again} data-testid="ballot-again">
          {t('confirm.again')}
        </button>
        {ballot.phase === 'failed' && ballot.retryable ? (
          <button type="button" className={`btn btn-accent ${styles.big}`} disabled={disabled} onClick={ballot.retry} data-testid="ballot-retry">
            {t('failed.retry')}
          </button>
        ) : ballot.phase !== 'failed' ? (
          <button type="button" className={`btn btn-accent ${styles.big}`} disabled={disabled || sending} onClick={ballot.confirm} data-testid="ballot-confirm">
            {vote.kind === 'motion' ? t('confirm.send') : t('confirm.sendBallot')}
          </button>
        ) : null}
      </div>
    </div>
  );
}
