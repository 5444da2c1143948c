import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MEETING_ID_MAX, meetingIdFromText } from '../../../shared/domain/meeting-id.ts';
import { useCommand } from '../../client/react.tsx';
import { ErrorMessage } from '../common/ErrorMessage.tsx';
import { DateInput } from './DateInput.tsx';
import { todayIso } from './today.ts';
import styles from './secretariat.module.css';

export function CreateMeetingForm({ onCreated }: { onCreated: (meetingId: string) => void }) {
  const { t } = useTranslation('secretariat');
  const create = useCommand('meeting.create');
  const [title, setTitle] = useState('');
  const [date, setDate] = useState(todayIso);
  const [place, setPlace] = useState('');
  const [id, setId] = useState('');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const typed = meetingIdFromText(id);
    setId(typed);
    const result = await create.run({ title, date, place, ...(typed ? { id: typed } : {}) });
    if (result) onCreated(result.meetingId);
  };

  return (
    <form className={`card ${styles.form}`} onSubmit={(e) => void submit(e)} data-testid="create-meeting-form">
      <h2>{t('create.title')}</h2>
      <label className="field">
        <span>{t('fields.title')}</span>
        <input className="input" value={title} onChange={(e) => setTitle(e.target.value)} required maxLength={300} data-testid="meeting-title-input" />
      </label>
      <div className={styles.twoColumns}>
        <label className="field">
          <span>{t('fields.date')}</span>
          <DateInput value={date} onChange={setDate} testId="meeting-date-input" />
        </label>
        <label className="field">
          <span>{t('fields.place')}</span>
          <input className="input" value={place} onChange={(e) => setPlace(e.target.value)} maxLength={300} data-testid="meeting-place-input" />
        </label>
      </div>
      <label className="field">
        <span>{t('fields.id')}</span>
        <input
          className="input"
          value={id}
          onChange={(e) => setId(e.target.value)}
          // What was typed becomes an id as the field is left ("Hội nghị 12" → "Hoi-nghi-12"), so it is seen before it is sent.
          onBlur={() => setId(meetingIdFromText(id))}
          placeholder={date}
          maxLength={MEETING_ID_MAX * 2}
          data-testid="meeting-id-input"
        />
        <small className={styles.hint}>{t('create.idHint', { date })}</small>
      </label>
      <ErrorMessage error={create.error} testId="create-meeting-error" />
      <button type="submit" className="btn btn-primary" disabled={create.pending || !title.trim()} data-testid="create-meeting-submit">
        {create.pending ? t('create.submitting') : t('create.submit')}
      </button>
    </form>
  );
}
