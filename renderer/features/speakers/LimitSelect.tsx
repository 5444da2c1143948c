import { useTranslation } from 'react-i18next';
import type { MeetingSnapshot } from '../../../shared/protocol/index.ts';
import { useCommand } from '../../client/react.tsx';
import { ErrorMessage } from '../common/ErrorMessage.tsx';
import styles from './speakers.module.css';

const CHOICES = [60, 120, 180, 300, 420, 600, 900];

/** The speaking-time limit of the meeting and of the item under discussion (its own, or as the meeting's). */
export function LimitSelect({ snapshot, itemNumber }: { snapshot: MeetingSnapshot; itemNumber: string | null }) {
  const { t } = useTranslation('speakers');
  const setLimit = useCommand('speakers.setLimit');
  const { meeting, speakingLimits } = snapshot;
  const itemId = meeting.currentItemId;
  const own = itemId !== null && Object.hasOwn(speakingLimits.items, itemId) ? speakingLimits.items[itemId]! : null;
  const options = (value: number | null) => {
    // A limit set elsewhere (another screen, the conformance client) is shown even when it is not one of the choices.
    const list = value !== null && !CHOICES.includes(value) ? [...CHOICES, value].sort((a, b) => a - b) : CHOICES;
    return list.map((seconds) => (
      <option key={seconds} value={seconds}>
        {seconds % 60 === 0 ? t('limit.minutes', { count: seconds / 60 }) : `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`}
      </option>
    ));
  };
  const send = (item: string | null, value: string) =>
    void setLimit.run({ meetingId: meeting.id, itemId: item, seconds: value === '' ? null : Number(value) });
  return (
    <div className={styles.limits}>
      <span className={styles.limitsLabel}>{t('limit.label')}</span>
      <label>
        <span>{t('limit.meeting')}</span>
        <select value={speakingLimits.meetingSeconds ?? ''} onChange={(e) => send(null, e.target.value)} disabled={setLimit.pending} data-testid="limit-meeting">
          <option value="">{t('limit.none')}</option>
          {options(speakingLimits.meetingSeconds)}
        </select>
      </label>
      {itemId !== null && itemNumber !== null ? (
        <label>
          <span>{t('limit.item', { number: itemNumber })}</span>
          <select value={own ?? ''} onChange={(e) => send(itemId, e.target.value)} disabled={setLimit.pending} data-testid="limit-item">
            <option value="">{t('limit.sameAsMeeting')}</option>
            {options(own)}
          </select>
        </label>
      ) : null}
      <ErrorMessage error={setLimit.error} testId="limit-error" />
    </div>
  );
}
