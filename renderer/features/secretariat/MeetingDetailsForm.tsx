import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Meeting } from '../../../shared/protocol/index.ts';
import { useCommand } from '../../client/react.tsx';
import { ErrorMessage } from '../common/ErrorMessage.tsx';
import { DateInput } from './DateInput.tsx';
import { QuorumRuleField, draftOf, ruleOf, sameRule } from './QuorumRuleField.tsx';
import styles from './secretariat.module.css';

/**
 * Title, date, place and quorum rule. Sends only what changed, so two secretaries editing different
 * fields do not clash.
 */
export function MeetingDetailsForm({ meeting, members }: { meeting: Meeting; members: number }) {
  const { t } = useTranslation(['secretariat', 'common']);
  const update = useCommand('meeting.update');
  const [title, setTitle] = useState(meeting.title);
  const [date, setDate] = useState(meeting.date);
  const [place, setPlace] = useState(meeting.place);
  const [quorum, setQuorum] = useState(() => draftOf(meeting.quorumRule));
  const [saved, setSaved] = useState(false);
  const quorumRule = ruleOf(quorum);

  const changes = {
    ...(title.trim() !== meeting.title ? { title } : {}),
    ...(date !== meeting.date ? { date } : {}),
    ...(place.trim() !== meeting.place ? { place } : {}),
    ...(quorumRule && !sameRule(quorumRule, meeting.quorumRule) ? { quorumRule } : {}),
  };
  const dirty = Object.keys(changes).length > 0;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    if (await update.run({ meetingId: meeting.id, ...changes })) setSaved(true);
  };

  return (
    <form className={`card ${styles.form}`} onSubmit={(e) => void submit(e)} data-testid="meeting-details-form">
      <h2>{t('details.title')}</h2>
      <label className="field">
        <span>{t('fields.title')}</span>
        <input
          className="input"
          value={title}
          onChange={(e) => {
            setTitle(e.target.value);
            setSaved(false);
          }}
          required
          maxLength={300}
          data-testid="meeting-title-input"
        />
      </label>
      <div className={styles.twoColumns}>
        <label className="field">
          <span>{t('fields.date')}</span>
          <DateInput
            value={date}
            onChange={(iso) => {
              setDate(iso);
              setSaved(false);
            }}
            testId="meeting-date-input"
          />
        </label>
        <label className="field">
          <span>{t('fields.place')}</span>
          <input
            className="input"
            value={place}
            onChange={(e) => {
              setPlace(e.target.value);
              setSaved(false);
            }}
            maxLength={300}
            data-testid="meeting-place-input"
          />
        </label>
      </div>
      <QuorumRuleField
        draft={quorum}
        members={members}
        onChange={(draft) => {
          setQuorum(draft);
          setSaved(false);
        }}
      />
      <dl className={styles.facts}>
        <dt>{t('details.id')}</dt>
        <dd>
          <code>{meeting.id}</code>
        </dd>
        <dt>{t('details.status')}</dt>
        <dd>{t(`common:status.${meeting.status}`)}</dd>
      </dl>
      <ErrorMessage error={update.error} testId="meeting-details-error" />
      <div className={styles.formActions}>
        <button type="submit" className="btn btn-primary" disabled={!dirty || !quorumRule || update.pending} data-testid="meeting-details-save">
          {update.pending ? t('common:actions.saving') : t('common:actions.save')}
        </button>
        {saved && !dirty ? (
          <span className={styles.saved} role="status">
            {t('details.saved')}
          </span>
        ) : null}
      </div>
    </form>
  );
}
