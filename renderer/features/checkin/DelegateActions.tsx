import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttendanceStatus, CommandResult, Delegate } from '../../../shared/protocol/index.ts';
import { useCommand, useHubClient } from '../../client/react.tsx';
import { ErrorMessage } from '../common/ErrorMessage.tsx';
import { useOpenDownload } from '../common/useOpenDownload.ts';
import { badgePngPath } from '../delegates/badgeUrls.ts';
import { feedbackFromResult, type ScanFeedback } from './feedback.ts';
import styles from './checkin.module.css';

type Asking = 'checkIn' | 'reissue' | null;

/** A delegate's row actions at the desk; the two that cannot be undone lightly ask first. */
export function DelegateActions({
  meetingId,
  delegate,
  status,
  onCheckedIn,
}: {
  meetingId: string;
  delegate: Delegate;
  status: AttendanceStatus;
  onCheckedIn: (feedback: ScanFeedback) => void;
}) {
  const { t } = useTranslation('checkin');
  const client = useHubClient();
  const png = useOpenDownload();
  const manual = useCommand('checkin.manual');
  const checkout = useCommand('checkin.checkout');
  const issue = useCommand('badge.issue');
  const [asking, setAsking] = useState<Asking>(null);
  const [issued, setIssued] = useState<CommandResult<'badge.issue'> | null>(null);
  const pending = manual.pending || checkout.pending || issue.pending;
  const hasBadge = delegate.badgeSerial > 0;
  const name = delegate.fullName;

  const confirm = async () => {
    const what = asking;
    setAsking(null);
    if (what === 'checkIn') {
      const result = await manual.run({ meetingId, delegateId: delegate.id });
      if (result) onCheckedIn(feedbackFromResult(result));
    } else if (what === 'reissue') {
      const result = await issue.run({ meetingId, delegateId: delegate.id });
      if (result) setIssued(result);
    }
  };

  const token = client.sessionToken;
  return (
    <div className={styles.actions}>
      <div className={styles.actionButtons}>
        {status === 'present' ? (
          <button
            type="button"
            className="btn btn-small"
            disabled={pending}
            onClick={() => {
              setAsking(null);
              void checkout.run({ meetingId, delegateId: delegate.id });
            }}
            data-testid="checkout"
          >
            {t('actions.checkOut')}
          </button>
        ) : (
          <button
            type="button"
            className="btn btn-small btn-primary"
            disabled={pending}
            onClick={() => setAsking('checkIn')}
            data-testid="manual-checkin"
          >
            {t('actions.checkIn')}
          </button>
        )}
        <button type="button" className="btn btn-small" disabled={pending} onClick={() => setAsking('reissue')} data-testid="reissue-badge">
          {hasBadge ? t('actions.reissue') : t('actions.issue')}
        </button>
        <span className={styles.badgeLine}>{hasBadge ? t('actions.badgeSerial', { serial: delegate.badgeSerial }) : t('actions.noBadge')}</span>
      </div>
      {asking ? (
        <div className={styles.confirm} role="group">
          <span>
            {asking === 'checkIn'
              ? t('actions.checkInConfirm', { name })
              : hasBadge
                ? t('actions.reissueConfirm', { name })
                : t('actions.issueConfirm', { name })}
          </span>
          <button type="button" className="btn btn-small btn-accent" onClick={() => void confirm()} data-testid={`${asking === 'checkIn' ? 'manual-checkin' : 'reissue-badge'}-confirm`}>
            {t('actions.yes')}
          </button>
          <button type="button" className="btn btn-small" onClick={() => setAsking(null)}>
            {t('actions.no')}
          </button>
        </div>
      ) : null}
      {issued ? (
        <div className={styles.issued} data-testid="reissued">
          <span>{t('actions.newCode', { serial: issued.serial })}</span>
          <strong className={styles.shortCode} data-testid="reissued-code">
            {issued.shortCode}
          </strong>
          {token ? (
            <button
              type="button"
              className="btn btn-small btn-primary"
              disabled={png.pending}
              onClick={() => void png.open(badgePngPath(meetingId, delegate.id))}
              data-testid="reissued-png"
            >
              {t('actions.print')}
            </button>
          ) : null}
          <button type="button" className="btn btn-small btn-ghost" onClick={() => setIssued(null)}>
            {t('actions.close')}
          </button>
        </div>
      ) : null}
      {manual.error || checkout.error || issue.error || png.error ? (
        <div className={styles.rowWide}>
          <ErrorMessage error={manual.error ?? checkout.error ?? issue.error ?? png.error} testId="delegate-action-error" />
        </div>
      ) : null}
    </div>
  );
}
