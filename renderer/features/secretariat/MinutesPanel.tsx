import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SHEET_NAMES } from '../../../shared/domain/minutes/sheets.ts';
import type { Meeting } from '../../../shared/protocol/index.ts';
import { ErrorMessage } from '../common/ErrorMessage.tsx';
import { useOpenDownload } from '../common/useOpenDownload.ts';
import { minutesCsvPath, minutesPdfPath, minutesQuery, type MinutesChoice } from './minutesLinks.ts';
import styles from './minutes.module.css';

/** This screen's clock: the secretariat's machine is in the room. */
const roomTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/**
 * The minutes of a published or ended meeting: the PDF in Vietnamese or English, with the header of a state body (the
 * national motto) or of a Party body, and the spreadsheets. Before the end they are a draft, and the panel says so.
 */
export function MinutesPanel({ meeting }: { meeting: Meeting }) {
  const { t, i18n } = useTranslation('secretariat');
  const id = useId();
  const download = useOpenDownload();
  const [choice, setChoice] = useState<MinutesChoice>({ lang: i18n.language === 'en' ? 'en' : 'vi', header: 'state', body: '', locality: '' });
  const set = (patch: Partial<MinutesChoice>) => setChoice((c) => ({ ...c, ...patch }));
  const query = () => minutesQuery(choice, roomTimeZone());
  const suffix = choice.lang === 'vi' ? 'vi' : 'en';

  return (
    <section className={`card ${styles.panel}`} aria-labelledby={`${id}-title`} data-testid="minutes-panel" data-draft={meeting.status !== 'closed'}>
      <h2 id={`${id}-title`}>{t('minutes.title')}</h2>
      <p className={styles.status} data-testid="minutes-status">
        {meeting.status === 'closed' ? t('minutes.final') : t('minutes.draft')}
      </p>
      <div className={styles.fields}>
        <label>
          <span>{t('minutes.lang')}</span>
          <select value={choice.lang} onChange={(e) => set({ lang: e.target.value === 'en' ? 'en' : 'vi' })} data-testid="minutes-lang">
            <option value="vi">{t('minutes.langVi')}</option>
            <option value="en">{t('minutes.langEn')}</option>
          </select>
        </label>
        <label>
          <span>{t('minutes.header')}</span>
          <select value={choice.header} onChange={(e) => set({ header: e.target.value === 'party' ? 'party' : 'state' })} data-testid="minutes-header">
            <option value="state">{t('minutes.headerState')}</option>
            <option value="party">{t('minutes.headerParty')}</option>
          </select>
        </label>
        <label>
          <span>{t('minutes.body')}</span>
          <input value={choice.body} maxLength={300} placeholder={t('minutes.bodyExample')} onChange={(e) => set({ body: e.target.value })} data-testid="minutes-body" />
        </label>
        <label>
          <span>{t('minutes.locality')}</span>
          <input value={choice.locality} maxLength={100} placeholder={t('minutes.localityExample')} onChange={(e) => set({ locality: e.target.value })} data-testid="minutes-locality" />
        </label>
      </div>
      <div className={styles.actions}>
        <button
          type="button"
          className="btn btn-primary"
          disabled={download.pending}
          onClick={() => void download.open(minutesPdfPath(meeting.id), { query: query(), fileName: `${t('minutes.pdfFile')}-${meeting.id}.pdf` })}
          data-testid="minutes-pdf"
        >
          {t('minutes.pdf')}
        </button>
        {SHEET_NAMES.map((sheet) => (
          <button
            key={sheet}
            type="button"
            className="btn"
            disabled={download.pending}
            onClick={() => void download.open(minutesCsvPath(meeting.id, sheet), { query: query(), fileName: `${t(`minutes.sheetFiles.${sheet}`)}-${meeting.id}-${suffix}.csv` })}
            data-testid={`minutes-csv-${sheet}`}
          >
            {t(`minutes.sheets.${sheet}`)}
          </button>
        ))}
      </div>
      <p className={styles.hint}>{t('minutes.csvHint')}</p>
      <ErrorMessage error={download.error} testId="minutes-error" />
    </section>
  );
}
