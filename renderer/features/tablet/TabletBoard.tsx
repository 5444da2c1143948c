import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import type { MeetingSnapshot } from '../../../shared/protocol/index.ts';
import { AgendaList } from '../agenda/AgendaList.tsx';
import { useAgenda } from '../agenda/useAgenda.ts';
import { documentCounts } from '../documents/documentsOf.ts';
import { usePreload } from '../preload/usePreload.ts';
import { VoteOnTablet } from '../ballot/VoteOnTablet.tsx';
import { AnnouncementBanner } from '../speakers/AnnouncementBanner.tsx';
import { AskToSpeak } from '../speakers/AskToSpeak.tsx';
import { useHubState } from '../../client/react.tsx';
import { useWarmPdfEngine } from '../pdf/engine.ts';
import { ItemDetail } from './ItemDetail.tsx';
import { PreloadStrip } from './PreloadStrip.tsx';
import { NowStrip } from './NowStrip.tsx';
import { useFollowCurrent } from './useFollowCurrent.ts';
import { ChairBanner } from '../follow-chair/ChairBanner.tsx';
import { FollowToggle } from '../follow-chair/FollowToggle.tsx';
import { useOpenChairPage } from '../follow-chair/useFollowChair.ts';
import styles from './tablet.module.css';

export function TabletBoard({ snapshot }: { snapshot: MeetingSnapshot }) {
  const { t } = useTranslation(['tablet', 'agenda']);
  const { meeting } = snapshot;
  const agenda = useAgenda(snapshot.agendaItems, meeting.currentItemId);
  // Coming back from a document (or its "go to item" banner): that item, not necessarily the current one.
  const returnedTo = (useLocation().state as { itemId?: unknown } | null)?.itemId;
  const initial = typeof returnedTo === 'string' && agenda.byId.has(returnedTo) ? returnedTo : null;
  const [selectedId, setSelectedId] = useFollowCurrent(meeting.currentItemId, agenda.rows[0]?.item.id ?? null, initial);
  const selected = selectedId ? (agenda.byId.get(selectedId) ?? null) : null;
  const { preloader, view } = usePreload();
  const delegateId = useHubState((state) => (state.session?.role === 'delegate' ? state.session.delegateId : null));
  useWarmPdfEngine(view.phase === 'active' && view.total > 0);
  // Following the chair, the page the chair shows opens at once.
  useOpenChairPage(snapshot);

  return (
    <div className={styles.board}>
      <AnnouncementBanner meetingId={meeting.id} announcements={snapshot.announcements} screen="tablet" />
      <NowStrip
        current={agenda.current}
        showJump={!!agenda.current && selectedId !== agenda.current.item.id}
        onJump={() => setSelectedId(meeting.currentItemId)}
      />
      <div className={styles.chairRow}>
        <FollowToggle />
        <ChairBanner snapshot={snapshot} />
      </div>
      <VoteOnTablet snapshot={snapshot}>
        <div className={styles.columns}>
          <nav className={styles.agenda} aria-labelledby="tablet-agenda-title">
            <h2 id="tablet-agenda-title" className={styles.columnTitle}>
              {t('agenda:title')}
            </h2>
            <div className={styles.scroll}>
              <AgendaList
                rows={agenda.rows}
                currentItemId={meeting.currentItemId}
                selectedId={selectedId}
                onSelect={setSelectedId}
                variant="tablet"
                documentCounts={documentCounts(snapshot.documents)}
              />
            </div>
            {delegateId ? <AskToSpeak snapshot={snapshot} delegateId={delegateId} /> : null}
            <PreloadStrip view={view} preloader={preloader} />
          </nav>
          <section className={styles.detail} aria-live="polite">
            {selected ? (
              <ItemDetail
                meetingId={meeting.id}
                node={selected}
                isCurrent={selected.item.id === meeting.currentItemId}
                documents={snapshot.documents}
                preload={view.meetingId === meeting.id ? view : null}
              />
            ) : (
              <p className={styles.choose}>{t('chooseItem')}</p>
            )}
          </section>
        </div>
      </VoteOnTablet>
    </div>
  );
}
