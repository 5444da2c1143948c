import { useCallback, useEffect, useRef, useState } from 'react';
import type { MeetingSnapshot } from '../../../shared/protocol/index.ts';
import { useCommand } from '../../client/react.tsx';
import { shownToSomeOnly } from '../../../shared/domain/presentation.ts';

/** The first page turn goes to the room at once; turns closer together than this after it go as one (the last). */
const TURN_MS = 150;

/**
 * The chair's (or the secretariat's) "show to the room" in the viewer: shows the page in view, then, while this
 * document is the one shown, every page turned to here; or stops showing. The page in view comes from the viewer
 * (`onPageInView`). A reader opened on the document already shown, at another page, does not move the room: it leads
 * only once it is on the page shown (opened there) or shows its own page.
 */
export function useShowToRoom(snapshot: MeetingSnapshot, documentId: string) {
  const show = useCommand('presentation.show');
  const [page, setPage] = useState(0);
  const meetingId = snapshot.meeting.id;
  const { presentation } = snapshot;
  const showingHere = presentation.documentId === documentId;
  const sent = useRef<number | null>(null);
  const sentAt = useRef(0);
  const run = show.run;
  // Whether this reader's page turns go to the room (see above); adjusted while rendering, as the showing changes.
  const [leading, setLeading] = useState(false);
  if (leading && !showingHere) setLeading(false);
  if (!leading && showingHere && page !== 0 && page === presentation.page) setLeading(true);

  useEffect(() => {
    if (!showingHere || !leading || page === 0 || page === presentation.page || page === sent.current) return;
    const timer = setTimeout(
      () => {
        sent.current = page;
        sentAt.current = Date.now();
        void run({ meetingId, documentId, page });
      },
      Math.max(0, sentAt.current + TURN_MS - Date.now()),
    );
    return () => clearTimeout(timer);
  }, [showingHere, leading, page, presentation.page, meetingId, documentId, run]);

  return {
    onPageInView: setPage,
    page,
    /** The page shown to the room when it is this document's, else null. */
    shownPage: showingHere ? presentation.page : null,
    /** The page shown is of a restricted document: tablets without access are told only that something is shown. */
    restricted: showingHere && shownToSomeOnly(presentation),
    /** This reader's page is not the one shown, and turning pages here does not move the room. */
    elsewhere: showingHere && !leading,
    start: useCallback(() => {
      setLeading(true);
      sent.current = page;
      void run({ meetingId, documentId, page: Math.max(1, page) });
    }, [run, meetingId, documentId, page]),
    stop: useCallback(() => void run({ meetingId, documentId: null }), [run, meetingId]),
    pending: show.pending,
    error: show.error,
  };
}
