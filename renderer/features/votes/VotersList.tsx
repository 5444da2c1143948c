import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HubError } from '../../client/errors.ts';
import { useFormat } from '../../i18n/format.ts';
import { ErrorMessage } from '../common/ErrorMessage.tsx';
import table from '../common/table.module.css';
import { PaperTag } from './PaperTag.tsx';
import { useResultLanguage } from './Results.tsx';
import { SearchField } from './SearchField.tsx';
import type { Vote } from './select.ts';
import type { VoterRow } from './useVoters.ts';
import { searchVoters, voterChoice, type VoterChoice } from './voters.ts';
import styles from './voters.module.css';

/**
 * Who voted, by seat, each on a tablet or on paper, found by name or seat; with what each voted only where the hub
 * disclosed it (a named vote, closed). A secret ballot's list says so.
 */
export function VotersList({ vote, voters, error }: { vote: Vote; voters: readonly VoterRow[] | null; error: HubError | null }) {
  const { t } = useTranslation('votes');
  const format = useFormat();
  const language = useResultLanguage();
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const shown = useMemo(() => (voters ? searchVoters(voters, deferred) : []), [voters, deferred]);
  const disclosed = vote.ballot === 'named' && vote.status === 'closed';
  const said = (choice: VoterChoice) =>
    !choice ? '' : choice.kind === 'answer' ? choice.words : choice.kind === 'kept' ? t('voters.kept', { names: choice.names.join(', ') }) : t(`voters.${choice.kind}`);

  return (
    <div className={styles.voters} data-testid="voters">
      <p className={styles.note}>{vote.ballot === 'secret' ? t('voters.secretNote') : disclosed ? null : t('voters.notYet')}</p>
      <ErrorMessage error={error} testId="voters-error" />
      {voters === null ? (
        error ? null : <p className={styles.muted}>{t('voters.loading')}</p>
      ) : (
        <>
          <div className={styles.head}>
            <SearchField value={query} onChange={setQuery} label={t('voters.search')} testId="voters-search" />
            <span className={styles.count} data-testid="voters-count" data-count={voters.length} data-paper={voters.filter((v) => v.paper).length}>
              {t('voters.count', { count: voters.length, paper: format.number(voters.filter((v) => v.paper).length) })}
              {shown.length < voters.length ? ` · ${t('voters.shown', { shown: format.number(shown.length), total: format.number(voters.length) })}` : ''}
            </span>
          </div>
          {voters.length === 0 ? (
            <p className={styles.muted}>{t('voters.none')}</p>
          ) : shown.length === 0 ? (
            <p className={styles.muted}>{t('voters.noMatch', { query })}</p>
          ) : (
            <div className={styles.scroll}>
              <table className={table.table}>
                <thead>
                  <tr>
                    <th>{t('voters.seat')}</th>
                    <th>{t('voters.name')}</th>
                    <th>{t('voters.how')}</th>
                    {disclosed ? <th>{t('voters.choice')}</th> : null}
                  </tr>
                </thead>
                <tbody>
                  {shown.map((v) => {
                    const choice = disclosed ? voterChoice(vote, v, language) : null;
                    return (
                      <tr key={v.delegateId} data-testid="voter-row" data-delegate-id={v.delegateId} data-paper={v.paper} data-answer={v.answer ?? ''}>
                        <td className={styles.seat}>{v.seat || '—'}</td>
                        <td>{v.fullName}</td>
                        <td>{v.paper ? <PaperTag /> : t('voters.tablet')}</td>
                        {disclosed ? <td data-testid="voter-choice">{said(choice)}</td> : null}
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </div>
  );
}
