import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Delegate } from '../../../shared/protocol/index.ts';
import { useFormat } from '../../i18n/format.ts';
import { SearchField } from '../votes/SearchField.tsx';
import type { Vote } from '../votes/select.ts';
import { findDelegates } from './desk.ts';
import { NotVotedRow } from './NotVotedRow.tsx';
import type { PaperEntry } from './usePaperRecord.ts';
import styles from './paperVotes.module.css';

/**
 * The delegates present who have not voted, found by name, seat or organisation (accents ignored) among as many as
 * 1,500: a few dozen rows at a time, each with what the secretariat records for her. `delegates`: null while the
 * hub's list of who voted is not in yet (nobody is offered before it is known whether she voted).
 */
export function NotVotedList({
  meetingId,
  vote,
  delegates,
  onRecorded,
  onRefused,
}: {
  meetingId: string;
  vote: Vote;
  delegates: readonly Delegate[] | null;
  onRecorded: (delegate: Delegate, entry: PaperEntry) => void;
  onRefused: () => void;
}) {
  const { t } = useTranslation('paper-votes');
  const format = useFormat();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState<string | null>(null);
  const deferred = useDeferredValue(query);
  const found = useMemo(() => findDelegates(delegates ?? [], deferred), [delegates, deferred]);

  return (
    <section className={`card ${styles.notVoted}`} aria-labelledby="paper-not-voted-title">
      <header className={styles.sectionHead}>
        <h2 id="paper-not-voted-title">{t('notVoted.title')}</h2>
        {delegates ? (
          <span className={styles.countPill} data-testid="paper-remaining" data-count={delegates.length}>
            {t('notVoted.count', { total: format.number(delegates.length) })}
          </span>
        ) : null}
      </header>
      <p className={styles.muted}>{t('notVoted.once')}</p>
      <SearchField value={query} onChange={setQuery} label={t('notVoted.search')} testId="paper-search" />
      {delegates === null ? (
        <p className={styles.muted}>{t('notVoted.loading')}</p>
      ) : delegates.length === 0 ? (
        <p className={styles.muted} data-testid="paper-all-voted">
          {t('notVoted.none')}
        </p>
      ) : found.matching === 0 ? (
        <p className={styles.muted}>{t('notVoted.noMatch', { query })}</p>
      ) : (
        <>
          <ul className={styles.rows}>
            {found.shown.map((delegate) => (
              <NotVotedRow
                key={delegate.id}
                meetingId={meetingId}
                vote={vote}
                delegate={delegate}
                active={active === delegate.id}
                onActive={(on) => setActive(on ? delegate.id : null)}
                onRecorded={(who, entry) => {
                  setActive(null);
                  onRecorded(who, entry);
                }}
                onRefused={onRefused}
              />
            ))}
          </ul>
          {found.matching > found.shown.length ? (
            <p className={styles.muted} data-testid="paper-more">
              {t('notVoted.more', { more: format.number(found.matching - found.shown.length) })}
            </p>
          ) : null}
        </>
      )}
    </section>
  );
}
