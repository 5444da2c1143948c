import { useState } from 'react';
import { Link } from 'react-router';
import { useChairKeys } from './useChairKeys.ts';
import { useTranslation } from 'react-i18next';
import type { MeetingSnapshot } from '../../../shared/protocol/index.ts';
import { useCommand } from '../../client/react.tsx';
import { useFormat } from '../../i18n/format.ts';
import { AgendaList } from '../agenda/AgendaList.tsx';
import { useAgenda } from '../agenda/useAgenda.ts';
import { ErrorMessage } from '../common/ErrorMessage.tsx';
import { PreloadCard } from '../preload-status/PreloadCard.tsx';
import { documentCounts, documentsOf } from '../documents/documentsOf.ts';
import { VotesCard } from '../vote-control/VotesCard.tsx';
import { openVote } from '../votes/select.ts';
import { AnnounceButton } from '../speakers/AnnounceButton.tsx';
import { ItemTime } from '../speakers/ItemTime.tsx';
import { SpeakersCard } from '../speakers/SpeakersCard.tsx';
import { AttendanceCard } from './AttendanceCard.tsx';
import { CurrentItemPanel } from './CurrentItemPanel.tsx';
import { EndMeeting } from './EndMeeting.tsx';
import { ItemDocumentsCard } from './ItemDocumentsCard.tsx';
import { RoomQrPanel } from './RoomQrPanel.tsx';
import styles from './console.module.css';

export function ConsoleBoard({ snapshot }: { snapshot: MeetingSnapshot }) {
  const { t } = useTranslation(['console', 'agenda', 'documents', 'common', 'meeting', 'vote-control', 'seat-map']);
  const format = useFormat();
  const { meeting } = snapshot;
  const agenda = useAgenda(snapshot.agendaItems, meeting.currentItemId);
  const setCurrent = useCommand('agenda.setCurrent');
  const [target, setTarget] = useState<string | null>(null);

  const moveTo = (itemId: string | null) => {
    if (setCurrent.pending || itemId === meeting.currentItemId) return;
    setTarget(itemId);
    void setCurrent.run({ meetingId: meeting.id, itemId }).finally(() => setTarget(null));
  };

  // Presentation clickers send PageDown / PageUp: the chair can run the agenda without touching the screen.
  useChairKeys({
    next: () => agenda.next && moveTo(agenda.next.item.id),
    previous: () => agenda.previous && moveTo(agenda.previous.item.id),
  });

  const current = agenda.current;
  const documents = documentsOf(snapshot.documents, current?.item.id ?? null);
  const times = new Map(snapshot.itemTimes.map((time) => [time.id, time]));
  // A vote open takes room in the middle column: the current item shrinks to one line so the speakers stay readable.
  const voting = openVote(snapshot) !== null;

  return (
    <div className={styles.board}>
      <div className={styles.left}>
        <aside className={styles.agenda} aria-labelledby="console-agenda-title">
          <div className={styles.panelHead}>
            <h2 id="console-agenda-title">{t('agenda:title')}</h2>
            <p>{t('agendaHint')}</p>
          </div>
          <div className={styles.scroll}>
            <AgendaList
              rows={agenda.rows}
              currentItemId={meeting.currentItemId}
              pendingId={target}
              onSelect={moveTo}
              variant="console"
              documentCounts={documentCounts(snapshot.documents)}
              aside={(itemId) => {
                const item = agenda.byId.get(itemId)?.item;
                return item ? <ItemTime item={item} time={times.get(itemId)} /> : null;
              }}
            />
          </div>
        </aside>
        {/* Under the agenda, which scrolls: the side column is full (documents need their height). */}
        <PreloadCard meetingId={meeting.id} status={meeting.status} />
      </div>

      <section className={styles.main} data-voting={voting || undefined}>
        <CurrentItemPanel
          current={current}
          parent={current?.item.parentId ? (agenda.byId.get(current.item.parentId) ?? null) : null}
          since={meeting.currentSince}
          time={current ? <ItemTime item={current.item} time={times.get(current.item.id)} variant="panel" /> : null}
        />
        <SpeakersCard snapshot={snapshot} itemNumber={current?.number ?? null} />
        <VotesCard snapshot={snapshot} itemLabel={current ? `${current.number}. ${current.item.title}` : t('vote-control:general')} />
        <div className={styles.controls}>
          <ErrorMessage error={setCurrent.error} testId="console-error" />
          <div className={styles.navigation}>
            <button
              type="button"
              className={`btn ${styles.navButton}`}
              disabled={!agenda.previous || setCurrent.pending}
              onClick={() => moveTo(agenda.previous?.item.id ?? null)}
              data-testid="previous-item"
            >
              <span className={styles.arrow} aria-hidden="true">
                ←
              </span>
              <span className={styles.navText}>
                <span className={styles.navLabel}>{t('previous')}</span>
                <span className={styles.navTitle}>
                  {agenda.previous ? `${agenda.previous.number}. ${agenda.previous.item.title}` : current ? t('startOfAgenda') : '—'}
                </span>
              </span>
            </button>
            <button
              type="button"
              className={`btn btn-accent ${styles.navButton} ${styles.next}`}
              disabled={!agenda.next || setCurrent.pending}
              onClick={() => moveTo(agenda.next?.item.id ?? null)}
              data-testid="next-item"
            >
              <span className={styles.navText}>
                <span className={styles.navLabel}>{current ? t('next') : t('start')}</span>
                <span className={styles.navTitle}>
                  {agenda.next ? `${agenda.next.number}. ${agenda.next.item.title}` : t('endOfAgenda')}
                </span>
              </span>
              <span className={styles.arrow} aria-hidden="true">
                →
              </span>
            </button>
          </div>
          <div className={styles.secondary}>
            <span className={styles.status} aria-live="polite">
              {setCurrent.pending ? t('changing') : t('keysHint')}
            </span>
            <AnnounceButton snapshot={snapshot} />
            <button
              type="button"
              className="btn btn-ghost btn-small"
              disabled={!current || setCurrent.pending}
              onClick={() => moveTo(null)}
              title={t('stopHint')}
              data-testid="clear-current"
            >
              {t('stop')}
            </button>
            <Link to={`/console/${meeting.id}/seats`} className="btn btn-small" data-testid="open-seat-map">
              {t('seat-map:open')}
            </Link>
          </div>
        </div>
      </section>

      <aside className={styles.side}>
        <AttendanceCard snapshot={snapshot} />
        <ItemDocumentsCard meetingId={meeting.id} current={current} documents={documents} />
        <RoomQrPanel meetingId={meeting.id} />
        <div className={`card ${styles.meetingCard}`}>
          <h2>{t('meeting')}</h2>
          <dl>
            <dt>{t('meeting:date')}</dt>
            <dd>{format.longDate(meeting.date)}</dd>
            <dt>{t('meeting:place')}</dt>
            <dd>{meeting.place || t('meeting:noPlace')}</dd>
            <dt>{t('meeting:status')}</dt>
            <dd>{t(`common:status.${meeting.status}`)}</dd>
          </dl>
          <EndMeeting meeting={meeting} />
        </div>
      </aside>
    </div>
  );
}
