import { useTranslation } from 'react-i18next';
import { DELEGATE_FIELDS } from '../../../shared/domain/delegate-fields.ts';
import { importableRows, type DelegateImport, type ImportRow } from '../../../shared/domain/delegate-rows.ts';
import styles from './secretariat.module.css';
import table from '../common/table.module.css';

export interface ImportCounts {
  added: number;
  updated: number;
  withErrors: number;
  withWarnings: number;
}

/** New, updated (the hub matched a delegate already listed) and refused rows of a preview. */
export function importCounts(preview: DelegateImport): ImportCounts {
  const fileOk = preview.fileErrors.length === 0;
  const good = fileOk ? preview.rows.filter((row) => row.errors.length === 0) : [];
  return {
    added: good.filter((row) => !row.matches).length,
    updated: good.filter((row) => !!row.matches).length,
    withErrors: fileOk ? preview.rows.length - good.length : preview.rows.length,
    withWarnings: preview.rows.filter((row) => row.errors.length === 0 && row.warnings.length > 0).length,
  };
}

/** Encodings the hub converted from: the person should check the names. */
const LEGACY = ['windows-1258', 'tcvn3', 'vni'] as const;

/** `delegate.import`'s rows: only those without errors, as the hub read them. */
export const rowsToImport = importableRows;

/** The file as the hub read it: what was converted, what cannot be imported and why, row by row with its line number. */
export function ImportPreview({ preview, fileName }: { preview: DelegateImport; fileName: string }) {
  const { t } = useTranslation('secretariat');
  const counts = importCounts(preview);
  const ignored = preview.columns.filter((c) => c.field === null);
  const legacy = LEGACY.find((encoding) => encoding === preview.encoding);
  return (
    <div className={styles.preview} data-testid="import-preview" data-encoding={preview.encoding} data-format={preview.format}>
      <p className={styles.previewFile}>
        <strong>{fileName}</strong>{' '}
        <span className={styles.muted}>· {t(`import.format.${preview.format}`)}</span>
        {legacy ? (
          <span className={styles.encodingNote} data-testid="import-encoding">
            {t('import.converted', { encoding: t(`import.encoding.${legacy}`) })}
          </span>
        ) : null}
      </p>
      {preview.fileErrors.length > 0 ? (
        <ul className={styles.fileErrors} role="alert" data-testid="import-file-errors">
          {preview.fileErrors.map((error) => (
            <li key={error}>{error}</li>
          ))}
        </ul>
      ) : null}
      {preview.notes.length > 0 ? (
        <ul className={styles.notes} data-testid="import-notes">
          {preview.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      ) : null}
      {preview.fileErrors.length === 0 ? (
        <>
          <div className={styles.counts} data-testid="import-counts" data-added={counts.added} data-updated={counts.updated} data-errors={counts.withErrors}>
            <span className={styles.countNew}>{t('import.countNew', { count: counts.added })}</span>
            <span className={styles.countUpdated}>{t('import.countUpdated', { count: counts.updated })}</span>
            <span className={counts.withErrors > 0 ? styles.countErrors : styles.muted}>{t('import.countErrors', { count: counts.withErrors })}</span>
            {counts.withWarnings > 0 ? <span className={styles.countWarnings}>{t('import.countWarnings', { count: counts.withWarnings })}</span> : null}
          </div>
          {ignored.length > 0 ? (
            <p className={styles.hint} data-testid="import-ignored">
              {t('import.ignored', { columns: ignored.map((c) => `“${c.header}”`).join(', ') })}
            </p>
          ) : null}
          <div className={styles.previewScroll}>
            <table className={`${table.table} ${styles.previewTable}`} data-testid="import-rows">
              <thead>
                <tr>
                  <th>{t('import.line')}</th>
                  {DELEGATE_FIELDS.map((field) => (
                    <th key={field}>{t(`delegates.fields.${field}`)}</th>
                  ))}
                  <th>{t('import.outcome')}</th>
                </tr>
              </thead>
              <tbody>
                {preview.rows.map((row) => (
                  <PreviewRow key={row.line} row={row} />
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
    </div>
  );
}

function PreviewRow({ row }: { row: ImportRow }) {
  const { t } = useTranslation('secretariat');
  const outcome = row.errors.length > 0 ? 'error' : row.matches ? 'update' : 'new';
  return (
    <>
      <tr className={styles[`preview_${outcome}`]} data-testid="import-row" data-line={row.line} data-outcome={outcome} data-warnings={row.warnings.length}>
        <td className={styles.lineNumber}>{row.line}</td>
        {DELEGATE_FIELDS.map((field) => (
          <td key={field}>
            {row.delegate[field] ? (
              <span className={styles.clamp} title={row.delegate[field]}>
                {row.delegate[field]}
              </span>
            ) : (
              <span className={styles.muted}>—</span>
            )}
          </td>
        ))}
        <td className={styles.nowrap}>{t(`import.outcomes.${outcome}`)}</td>
      </tr>
      {row.errors.length + row.warnings.length > 0 ? (
        <tr className={styles.previewMessages}>
          <td />
          <td colSpan={DELEGATE_FIELDS.length + 1}>
            {row.errors.map((error) => (
              <div key={error} className={styles.rowError} data-testid="import-row-error">
                {error}
              </div>
            ))}
            {row.warnings.map((warning) => (
              <div key={warning} className={styles.rowWarning} data-testid="import-row-warning">
                {warning}
              </div>
            ))}
          </td>
        </tr>
      ) : null}
    </>
  );
}
