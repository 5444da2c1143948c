import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingSnapshot, SpeechKind } from '../../../shared/protocol/index.ts';
import { useCommand } from '../../client/react.tsx';
import { ErrorMessage } from '../common/ErrorMessage.tsx';
import { searchDelegates } from '../delegates/search.ts';
import { SearchField } from '../votes/SearchField.tsx';
import { floorOf } from './floor.ts';
import styles from './speakers.module.css';

const SHOWN = 8;

/** The secretariat puts a delegate without a working tablet on the list: found by name or seat among 1,500. */
export function AskOnBehalf({ snapshot }: { snapshot: MeetingSnapshot }) {
  const { t } = useTranslation('speakers');
  const ask = useCommand('speakers.ask');
  const [query, setQuery] = useState('');
  const meetingId = snapshot.meeting.id;
  const present = new Set(snapshot.attendance.filter((a) => a.status === 'present').map((a) => a.id));
  const waiting = new Set(floorOf(snapshot).queue.map((s) => `${s.delegateId}|${s.kind}`));
  const found = searchDelegates(snapshot.delegates, query);
  const send = (delegateId: string, kind: SpeechKind) => void ask.run({ meetingId, delegateId, kind });
  return (
    <section className={`card ${styles.behalf}`} aria-labelledby="behalf-title" data-testid="ask-on-behalf">
      <h2 id="behalf-title">{t('behalf.title')}</h2>
      <p className={styles.muted}>{t('behalf.hint')}</p>
      <SearchField value={query} onChange={setQuery} label={t('behalf.search')} testId="behalf-search" />
      <ErrorMessage error={ask.error} testId="behalf-error" />
      <ul className={styles.behalfList}>
        {found.slice(0, SHOWN).map((d) => (
          <li key={d.id} data-testid="behalf-row" data-delegate-id={d.id}>
            <span className={styles.who}>
              <span className={styles.fullName}>{d.fullName}</span>
              <span className={styles.meta}>
                {d.seat ? t('queue.seat', { seat: d.seat }) : ''}
                {present.has(d.id) ? '' : ` · ${t('behalf.absent')}`}
              </span>
            </span>
            {(['speech', 'pointOfOrder'] as const).map((kind) =>
              waiting.has(`${d.id}|${kind}`) ? (
                <span key={kind} className={styles.waitingTag}>
                  {t('behalf.waiting')}
                  {kind === 'pointOfOrder' ? ` · ${t('queue.pointOfOrder')}` : ''}
                </span>
              ) : (
                <button key={kind} type="button" className={`btn btn-small ${kind === 'speech' ? 'btn-accent' : ''}`} disabled={ask.pending || !present.has(d.id)} onClick={() => send(d.id, kind)} data-testid={`behalf-${kind}`}>
                  {kind === 'speech' ? t('behalf.ask') : t('behalf.askPointOfOrder')}
                </button>
              ),
            )}
          </li>
        ))}
      </ul>
      {found.length > SHOWN ? <p className={styles.muted}>{t('behalf.more', { count: found.length - SHOWN })}</p> : null}
    </section>
  );
}
