import { useTranslation } from 'react-i18next';
import { isImportLang } from '../../../shared/domain/delegate-import-messages.ts';
import { problemText, type FieldHeaders } from '../../../shared/domain/delegate-rows.ts';
import type { CommandResult, ImportLine } from '../../../shared/protocol/index.ts';
import styles from './importReport.module.css';
import secretariat from './secretariat.module.css';

/**
 * What `delegate.import` did, once it is done: the counts, then every line it skipped and every line it imported
 * without its seat, each with why, in the screen's language (the hub answers codes; `headers` names the columns).
 */
export function ImportReport({ answer, headers }: { answer: CommandResult<'delegate.import'>; headers: FieldHeaders }) {
  const { t } = useTranslation('secretariat');
  return (
    <div className={styles.report} role="status" data-testid="import-done" data-added={answer.added} data-updated={answer.updated}>
      <p className={secretariat.success}>
        {t('import.done', { added: answer.added, updated: answer.updated })}
        {answer.skipped.length + answer.changed.length === 0 ? ` ${t('import.reportAsGiven')}` : null}
      </p>
      <Lines lines={answer.skipped} headers={headers} kind="skipped" heading={t('import.reportSkipped', { count: answer.skipped.length })} />
      <Lines lines={answer.changed} headers={headers} kind="changed" heading={t('import.reportChanged', { count: answer.changed.length })} />
    </div>
  );
}

function Lines({ lines, headers, kind, heading }: { lines: readonly ImportLine[]; headers: FieldHeaders; kind: 'skipped' | 'changed'; heading: string }) {
  const { i18n } = useTranslation();
  if (lines.length === 0) return null;
  const lang = isImportLang(i18n.language) ? i18n.language : 'vi';
  return (
    <section className={styles[kind]} data-testid={`import-${kind}`}>
      <h4>{heading}</h4>
      <ul>
        {lines.flatMap(({ line, problems }) =>
          problems.map((problem, i) => (
            <li key={`${line}-${i}`} data-line={line}>
              {problemText(problem, { unit: 'line', line }, lang, headers)}
            </li>
          )),
        )}
      </ul>
    </section>
  );
}
