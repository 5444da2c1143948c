import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DELEGATE_FIELDS } from '../../../shared/domain/delegate-fields.ts';
import { importableRows, type DelegateImport, type ImportRow } from '../../../shared/domain/delegate-rows.ts';
import styles from './secretariat.module.css';
import table from '../common/table.module.css';

export interface ImportCounts {
  added: number;
  updated: number;
  withErrors: number;
  /** Imported without their seat. */
  withChanges: number;
  withWarnings: number;
  /** Rows with anything to say: skipped, changed or worth a look. */
  withProblems: number;
}

/** A row the person should look at: skipped, imported without its seat, or with a warning. */
export const hasProblem = (row: ImportRow) => row.errors.length + row.changes.length + row.warnings.length > 0;

/** New, updated (the hub matched a delegate already listed), skipped and changed rows of a preview. */
export function importCounts(preview: DelegateImport): ImportCounts {
  const good = importableRows(preview);
  return {
    added: good.filter((row) => !row.matches).length,
    updated: good.filter((row) => !!row.matches).length,
    withErrors: preview.rows.length - good.length,
    withChanges: good.filter((row) => row.changes.length > 0).length,
    withWarnings: good.filter((row) => row.changes.length === 0 && row.warnings.length > 0).length,
    withProblems: preview.rows.filter(hasProblem).length,
  };
}

/** Encodings the hub converted from: the person should check the names. */
const LEGACY = ['windows-1258', 'tcvn3', 'vni'] as const;

/** The file as the hub read it: what was converted, what cannot be imported and why, row by row with its line number. */
export function ImportPreview({ preview, fileName }: { preview: DelegateImport; fileName: string }) {
  const { t } = useTranslation('secretariat');
  const counts = importCounts(preview);
  // A congress's list has 1,500 rows: the few with something to say can be shown alone.
  const [onlyProblems, setOnlyProblems] = useState(false);
  const shown = onlyProblems ? preview.rows.filter(hasProblem) : preview.rows;
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
            {counts.withChanges > 0 ? <span className={styles.countWarnings}>{t('import.countChanges', { count: counts.withChanges })}</span> : null}
            {counts.withWarnings > 0 ? <span className={styles.countWarnings}>{t('import.countWarnings', { count: counts.withWarnings })}</span> : null}
          </div>
          <div className={styles.previewFilter} role="group" aria-label={t('import.filterLabel')} data-testid="import-filter">
            <button type="button" className="btn btn-small" aria-pressed={!onlyProblems} onClick={() => setOnlyProblems(false)} data-testid="import-filter-all">
              {t('import.filterAll', { count: preview.rows.length })}
            </button>
            <button
              type="button"
              className="btn btn-small"
              aria-pressed={onlyProblems}
              disabled={counts.withProblems === 0}
              onClick={() => setOnlyProblems(true)}
              data-testid="import-filter-problems"
            >
              {t('import.filterProblems', { count: counts.withProblems })}
            </button>
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
                {shown.map((row) => (
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
      <tr
        className={styles[`preview_${outcome}`]}
        data-testid="import-row"
        data-line={row.line}
        data-outcome={outcome}
        data-changes={row.changes.length}
        data-warnings={row.warnings.length}
      >
        <td className={styles.lineNumber}>{row.line}</td>
        {DELEGATE_FIELDS.map((field) => (
          <td key={field}>
            {field === 'seat' && outcome !== 'error' && row.changes.length > 0 && row.delegate.seat ? (
              // Imported without it: the seat the file gives, struck through.
              <s className={styles.droppedSeat} title={row.changes.join('\n')} data-testid="import-dropped-seat">
                {row.delegate.seat}
              </s>
            ) : row.delegate[field] ? (
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
      {hasProblem(row) ? (
        <tr className={styles.previewMessages}>
          <td />
          <td colSpan={DELEGATE_FIELDS.length + 1}>
            {row.errors.map((error) => (
              <div key={error} className={styles.rowError} data-testid="import-row-error">
                {error}
              </div>
            ))}
            {row.changes.map((change) => (
              <div key={change} className={styles.rowChange} data-testid="import-row-change">
                {change}
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
