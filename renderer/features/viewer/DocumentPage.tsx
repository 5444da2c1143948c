import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import type { MeetingDocument, MeetingSnapshot } from '../../../shared/protocol/index.ts';
import { useFollowMeeting, useHubState } from '../../client/react.tsx';
import { useAgenda } from '../agenda/useAgenda.ts';
import { ConnectionBadge } from '../connection/ConnectionBadge.tsx';
import { MeetingState } from '../meeting/MeetingState.tsx';
import { ScreenFrame } from '../shell/ScreenFrame.tsx';
import { LanguageSwitch } from '../shell/LanguageSwitch.tsx';
import { DisplaySettings } from '../shell/DisplaySettings.tsx';
import { RequirePairing } from '../pairing/RequirePairing.tsx';
import { RequireRole } from '../signin/RequireRole.tsx';
import { RequireDelegate } from '../signin/RequireDelegate.tsx';
import { useExistingPreloader, usePreload } from '../preload/usePreload.ts';
import { useWatermark } from './useWatermark.ts';
import { DocumentBody, type BackLink } from './DocumentBody.tsx';
import { CompareVersions } from './CompareVersions.tsx';
import { useViewerAnnotations } from '../annotations/useViewerAnnotations.tsx';
import { MovedBanner } from './MovedBanner.tsx';
import { ChairBanner } from '../follow-chair/ChairBanner.tsx';
import { FollowToggle } from '../follow-chair/FollowToggle.tsx';
import { ShowToRoom } from '../follow-chair/ShowToRoom.tsx';
import { useShowToRoom } from '../follow-chair/useShowToRoom.ts';
import { useViewerFollow } from '../follow-chair/useViewerFollow.ts';
import { pageFromSearch } from './control.ts';
import { TapToExpand } from '../common/TapToExpand.tsx';
import styles from './viewer.module.css';

export type ViewerScreen = 'tablet' | 'console' | 'secretariat';

/**
 * `/tablet/:meetingId/documents/:documentId`: a delegate reads a document, full screen. The same gates as the
 * tablet screen come first (a paired device, the delegate signed in with the badge), in the tablet's frame.
 */
export function TabletDocumentPage() {
  const meetingId = useParams().meetingId ?? '';
  // Opened straight from a link or a reload: the tablet's preloader starts here too, and the viewer uses its copy.
  usePreload();
  const mayRead = useHubState(
    (s) =>
      !(s.pairing.status === 'unpaired' && (!s.session || s.session.role === 'delegate')) &&
      !!s.session &&
      (s.session.role !== 'delegate' || s.session.meetingId === meetingId),
  );
  if (mayRead) return <DocumentPage screen="tablet" />;
  return (
    <ScreenFrame screen="tablet">
      <RequirePairing>
        <RequireDelegate meetingId={meetingId}>{null}</RequireDelegate>
      </RequirePairing>
    </ScreenFrame>
  );
}

/** `/console/:meetingId/documents/:documentId`: the chair reads a document (signed in as chair). */
export function ConsoleDocumentPage() {
  const signedIn = useHubState((s) => s.session?.role === 'chair');
  if (signedIn) return <DocumentPage screen="console" />;
  // Resumes a kept session, or asks for the passcode, in the console's own frame; then the viewer.
  return (
    <ScreenFrame screen="console">
      <RequireRole role="chair">{null}</RequireRole>
    </ScreenFrame>
  );
}

/** `/secretariat/:meetingId/documents/:documentId`: the secretariat reads a document and shows its pages to the room on the chair's behalf. */
export function SecretariatDocumentPage() {
  const signedIn = useHubState((s) => s.session?.role === 'secretariat');
  if (signedIn) return <DocumentPage screen="secretariat" />;
  return (
    <ScreenFrame screen="secretariat">
      <RequireRole role="secretariat">{null}</RequireRole>
    </ScreenFrame>
  );
}

function DocumentPage({ screen }: { screen: ViewerScreen }) {
  const params = useParams();
  const meetingId = params.meetingId ?? '';
  const documentId = params.documentId ?? '';
  const followed = useFollowMeeting(meetingId);
  const { t } = useTranslation('viewer');
  const back: BackLink = {
    to: `/${screen}/${meetingId}`,
    label: t(`back.${screen}`),
    title: t(`backTitle.${screen}`),
  };
  return (
    <div className={styles.frame} data-screen={screen} data-testid="viewer">
      <MeetingState meetingId={meetingId} followed={followed}>
        {(snapshot) => <Viewer screen={screen} snapshot={snapshot} documentId={documentId} back={back} />}
      </MeetingState>
    </div>
  );
}

function Viewer({ screen, snapshot, documentId, back }: { screen: ViewerScreen; snapshot: MeetingSnapshot; documentId: string; back: BackLink }) {
  const { t } = useTranslation(['viewer', 'documents']);
  const agenda = useAgenda(snapshot.agendaItems, snapshot.meeting.currentItemId);
  const listed = snapshot.documents.find((d) => d.id === documentId) ?? null;
  // A document withdrawn while it is being read stays on screen (its bytes are here), with a note saying so.
  const [kept, setKept] = useState<MeetingDocument | null>(listed);
  if (listed && listed !== kept) setKept(listed);
  const document = listed ?? kept;
  const [attempt, setAttempt] = useState(0);
  // `?page=N` opens the document at that page (a link to a page, or the chair's page).
  const initialPage = pageFromSearch(useLocation().search);
  const watermark = useWatermark(document, snapshot);
  const offline = useHubState((s) => s.connection.status === 'reconnecting' || s.connection.status === 'offline');
  const preloader = useExistingPreloader();
  const meetingId = snapshot.meeting.id;
  const openedId = document?.id ?? null;
  const version = document?.version ?? 0;
  // Opening the current version takes its "updated" mark away, on this device.
  useEffect(() => {
    if (screen === 'tablet' && openedId) void preloader?.markOpened(meetingId, openedId, version);
  }, [screen, preloader, meetingId, openedId, version]);

  // Follow the chair: a tablet goes to the chair's page (and leaves following by its reader's own moves); the chair shows its page.
  const tablet = screen === 'tablet';
  const follow = useViewerFollow(snapshot, documentId, tablet);
  // A delegate's ink, highlights and notes over the pages, and the earlier version beside them (features/annotations).
  // The tablet annotates; the chair and the secretariat see what delegates shared with them (read only).
  const annotations = useViewerAnnotations(document, watermark, tablet ? follow.controlRef : undefined);
  const room = useShowToRoom(snapshot, documentId);
  const item = document?.itemId ? (agenda.byId.get(document.itemId) ?? null) : null;
  // Back to the agenda opens the item this document belongs to, not wherever the room has moved since.
  const backHere: BackLink = screen === 'tablet' && item ? { ...back, state: { itemId: item.item.id } } : back;

  return (
    <>
      <header className={styles.bar}>
        <Link to={backHere.to} state={backHere.state} className={styles.back} title={backHere.title} onClick={tablet ? follow.leave : undefined} data-testid="viewer-back">
          <svg width="22" height="22" viewBox="0 0 24 24" aria-hidden="true">
            <path d="M15 5l-7 7 7 7" fill="none" stroke="currentColor" strokeWidth="2.4" strokeLinecap="round" strokeLinejoin="round" />
          </svg>
          <span>{backHere.label}</span>
        </Link>
        <div className={styles.heading}>
          {/* A title cut short by an ellipsis shows in full on a tap, the item's title under it too. */}
          <h1 className={styles.title} data-testid="viewer-title">
            <TapToExpand text={document?.title ?? t('missingTitle')} />
          </h1>
          {document ? (
            <p className={styles.subtitle}>
              {item ? (
                <>
                  <span className={styles.itemNumber}>{t('item', { number: item.number })}</span>
                  <span className={styles.itemTitle}>{item.item.title}</span>
                </>
              ) : (
                <span>{t('general')}</span>
              )}
              <span aria-hidden="true">·</span>
              <span className={styles.pagesCount}>{t('documents:pages', { count: document.pages })}</span>
            </p>
          ) : null}
        </div>
        <div className={styles.tools}>
          {tablet ? <FollowToggle /> : <ShowToRoom control={room} />}
          <ConnectionBadge />
          {tablet ? <DisplaySettings /> : null}
          <LanguageSwitch />
        </div>
      </header>
      <main
        className={styles.body}
        // The reader's own inputs: browsing leaves follow mode, zooming does not (follow-chair/followRule.ts).
        onWheelCapture={tablet ? follow.input : undefined}
        onPointerDownCapture={tablet ? follow.input : undefined}
        onTouchMoveCapture={tablet ? follow.input : undefined}
        onClickCapture={tablet ? follow.input : undefined}
      >
        {annotations.dialog}
        {/* The notices hang under the annotation toolbar, never over it (however many rows it wraps to). */}
        <div className={styles.top}>
          {annotations.toolbar}
          <div className={styles.notices}>
            {tablet ? <ChairBanner snapshot={snapshot} here={follow.here} /> : null}
            {/* The secretariat does not follow the agenda from here: its meeting page shows the room's state. */}
            {screen !== 'secretariat' ? <MovedBanner screen={screen} meetingId={snapshot.meeting.id} current={agenda.current} /> : null}
            {offline ? (
              <p className={`${styles.notice} ${styles.offline}`} role="status" data-testid="viewer-offline">
                {t('offline')}
              </p>
            ) : null}
            {document && !listed ? (
              <p className={`${styles.notice} ${styles.withdrawn}`} role="status" data-testid="viewer-withdrawn">
                {t('withdrawn')}
              </p>
            ) : null}
          </div>
        </div>
        {document ? (
          <CompareVersions document={document} watermark={watermark} compare={annotations.compare}>
            <DocumentBody
              key={`${document.sha256}:${attempt}`}
              document={document}
              back={backHere}
              onRetry={() => setAttempt((n) => n + 1)}
              watermark={watermark}
              overlay={annotations.overlay}
              initialPage={initialPage}
              controlRef={tablet ? follow.controlRef : undefined}
              onPageInView={tablet ? follow.onPageInView : room.onPageInView}
            />
          </CompareVersions>
        ) : (
          <div className={styles.state}>
            <div className={`card ${styles.problem}`} role="alert" data-testid="viewer-missing">
              <h2>{t('missingTitle')}</h2>
              <p>{t('missing')}</p>
              <div className={styles.problemActions}>
                <Link to={back.to} className="btn btn-primary">
                  {back.label}
                </Link>
              </div>
            </div>
          </div>
        )}
      </main>
    </>
  );
}
