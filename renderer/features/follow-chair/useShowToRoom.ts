import { useCallback, useEffect, useRef, useState } from 'react';
import type { MeetingSnapshot } from '../../../shared/protocol/index.ts';
import { useCommand } from '../../client/react.tsx';
import { shownToSomeOnly } from '../../../shared/domain/presentation.ts';

/** The first page turn goes to the room at once; turns closer together than this after it go as one (the last). */
const TURN_MS = 150;

/**
 * The chair's "show to the room" in the viewer: shows the page in view, then, while this document is the one shown,
 * every page the chair turns to; or stops showing. The page in view comes from the viewer (`onPageInView`).
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

  useEffect(() => {
    if (!showingHere || page === 0 || page === presentation.page || page === sent.current) return;
    const timer = setTimeout(
      () => {
        sent.current = page;
        sentAt.current = Date.now();
        void run({ meetingId, documentId, page });
      },
      Math.max(0, sentAt.current + TURN_MS - Date.now()),
    );
    return () => clearTimeout(timer);
  }, [showingHere, page, presentation.page, meetingId, documentId, run]);

  return {
    onPageInView: setPage,
    page,
    /** The page shown to the room when it is this document's, else null. */
    shownPage: showingHere ? presentation.page : null,
    /** The page shown is of a restricted document: tablets without access are told only that something is shown. */
    restricted: showingHere && shownToSomeOnly(presentation),
    start: useCallback(() => {
      sent.current = page;
      void run({ meetingId, documentId, page: Math.max(1, page) });
    }, [run, meetingId, documentId, page]),
    stop: useCallback(() => void run({ meetingId, documentId: null }), [run, meetingId]),
    pending: show.pending,
    error: show.error,
  };
}
