import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isImportLang, type ImportLang } from '../../../shared/domain/delegate-import-messages.ts';
import { headersOf, importPayload, type DelegateImport, type FieldHeaders } from '../../../shared/domain/delegate-rows.ts';
import type { CommandResult } from '../../../shared/protocol/index.ts';
import { toHubError, type HubError } from '../../client/errors.ts';
import { useCommand, useHubClient } from '../../client/react.tsx';
import { ErrorMessage } from '../common/ErrorMessage.tsx';
import { FileButton } from './FileButton.tsx';
import { useFileDrop } from './fileDrop.ts';
import { ImportPreview, importCounts } from './ImportPreview.tsx';
import { ImportReport } from './ImportReport.tsx';
import styles from './secretariat.module.css';

/**
 * Importing the delegate list from a CSV or Excel file: the hub reads it and answers a preview (nothing saved);
 * "Import N delegates" then sends every row with `delegate.import`, which imports all that can be delegates (a seat
 * with a problem left out) and names each line it skipped or changed; the report lists them.
 */
export function DelegateImportPanel({ meetingId, onClose }: { meetingId: string; onClose: () => void }) {
  const { t, i18n } = useTranslation('secretariat');
  const client = useHubClient();
  const save = useCommand('delegate.import');
  const [reading, setReading] = useState<string | null>(null);
  const [preview, setPreview] = useState<{ file: File; lang: ImportLang; result: DelegateImport } | null>(null);
  const [error, setError] = useState<HubError | null>(null);
  const [done, setDone] = useState<{ answer: CommandResult<'delegate.import'>; headers: FieldHeaders } | null>(null);

  const lang: ImportLang = isImportLang(i18n.language) ? i18n.language : 'vi';
  const read = async (file: File, as: ImportLang = lang) => {
    setError(null);
    setDone(null);
    setPreview(null);
    save.reset();
    setReading(file.name);
    try {
      // The hub writes the rows' errors and notes in the screen's language; they are shown as they come.
      setPreview({ file, lang: as, result: await client.previewDelegates(meetingId, file, file.name, as) });
    } catch (failure) {
      setError(toHubError(failure));
    } finally {
      setReading(null);
    }
  };
  // The screen's language switched while a preview is open: read the same file again, in the new language.
  const shown = useRef<{ file: File; lang: ImportLang } | null>(null);
  const again = useRef(read);
  useEffect(() => {
    shown.current = reading === null ? preview : null;
    again.current = read;
  });
  useEffect(() => {
    const onChanged = (next: string) => {
      const open = shown.current;
      if (open && isImportLang(next) && next !== open.lang) void again.current(open.file, next);
    };
    i18n.on('languageChanged', onChanged);
    return () => i18n.off('languageChanged', onChanged);
  }, [i18n]);
  const { over, handlers } = useFileDrop((files) => void read(files[0]!));
  const counts = preview ? importCounts(preview.result) : null;
  const importing = counts ? counts.added + counts.updated : 0;

  const submit = async () => {
    if (!preview) return;
    const answer = await save.run({ meetingId, delegates: importPayload(preview.result) });
    if (answer) {
      setDone({ answer, headers: headersOf(preview.result.columns) });
      setPreview(null);
    }
  };

  return (
    <section className={`${styles.importPanel} ${over ? styles.dropOver : ''}`} {...handlers} aria-labelledby="import-title" data-testid="delegate-import">
      <header className={styles.editorHead}>
        <h3 id="import-title">{t('import.title')}</h3>
        <button type="button" className="btn btn-small btn-ghost" onClick={onClose} data-testid="import-close">
          {t('import.close')}
        </button>
      </header>
      <div className={styles.dropZone} data-testid="import-drop" data-over={over}>
        <span aria-hidden="true" className={styles.dropIcon}>⇪</span>
        <span>{reading ? t('import.reading', { name: reading }) : over ? t('import.dropNow') : t('import.drop')}</span>
        <FileButton
          accept=".csv,.xlsx,.txt,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          disabled={reading !== null}
          onFiles={(files) => void read(files[0]!)}
          testId="import-choose"
          inputTestId="import-file"
        >
          {t('import.choose')}
        </FileButton>
      </div>
      <p className={styles.hint}>{t('import.hint')}</p>
      <ErrorMessage error={error} testId="import-error" />
      {done ? <ImportReport answer={done.answer} headers={done.headers} /> : null}
      {preview ? (
        <>
          <ImportPreview preview={preview.result} fileName={preview.file.name} />
          <ErrorMessage error={save.error} testId="import-save-error" />
          <div className={styles.formActions}>
            <button type="button" className="btn btn-primary" disabled={importing === 0 || save.pending} onClick={() => void submit()} data-testid="import-submit">
              {save.pending ? t('import.saving') : t('import.submit', { count: importing })}
            </button>
            <button type="button" className="btn" onClick={() => setPreview(null)} disabled={save.pending} data-testid="import-cancel">
              {t('import.cancel')}
            </button>
            {counts && importing > 0 && counts.withErrors > 0 ? <span className={styles.warningText}>{t('import.skipped', { count: counts.withErrors })}</span> : null}
            {counts && counts.withChanges > 0 ? <span className={styles.warningText}>{t('import.withoutSeat', { count: counts.withChanges })}</span> : null}
          </div>
        </>
      ) : null}
    </section>
  );
}
