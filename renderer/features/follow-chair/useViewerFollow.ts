import { useCallback, useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import type { MeetingSnapshot } from '../../../shared/protocol/index.ts';
import { presentationKey, useFollowMode } from './followMode.ts';
import { chairPagePath } from './useFollowChair.ts';

/** What the viewer hands over once a document is open (the viewer's ViewerControl, as this folder needs it). */
export interface PageControl {
  goToPage(page: number): void;
  pageInView(): number;
}

/** A reader's own gesture (a swipe, the wheel, a key, a tap) this recently makes a page change the reader's. */
const OWN_GESTURE_MS = 1500;

/**
 * The tablet's viewer and the chair's page. Following: the chair's page of this document is shown at once, and a page
 * of another document opens it; the reader who moves to another page by hand, goes back or opens another document
 * leaves follow mode, and is never pulled away after that (the banner says where the chair is).
 */
export function useViewerFollow(snapshot: MeetingSnapshot, documentId: string, enabled: boolean) {
  const [stored, setMode] = useFollowMode();
  // Only a tablet follows: the chair's own viewer is where the page is shown from.
  const mode = enabled ? stored : { following: false, opened: null };
  const navigate = useNavigate();
  const controlRef = useRef<PageControl | null>(null);
  const lastGesture = useRef(0);
  const inView = useRef(0);
  const [pageHere, setPageHere] = useState(0);
  const { presentation } = snapshot;
  const key = presentationKey(presentation);
  const meetingId = snapshot.meeting.id;
  const chairDocument = presentation.documentId;
  const chairPage = presentation.page ?? 1;
  const readable = chairDocument !== null && snapshot.documents.some((d) => d.id === chairDocument);

  const goToChair = useCallback(() => {
    if (chairDocument === null || !readable) return;
    setMode({ opened: key });
    if (chairDocument === documentId) controlRef.current?.goToPage(chairPage);
    else void navigate(chairPagePath(meetingId, chairDocument, chairPage));
  }, [chairDocument, readable, key, documentId, chairPage, meetingId, navigate, setMode]);

  useEffect(() => {
    if (!mode.following || key === null || !readable || key === mode.opened) {
      // Following, and the chair's showing was opened here already: on another document, the reader chose it.
      if (mode.following && key !== null && key === mode.opened && chairDocument !== documentId) setMode({ following: false });
      return;
    }
    goToChair();
  }, [mode.following, mode.opened, key, readable, chairDocument, documentId, goToChair, setMode]);

  const onPageInView = useCallback(
    (page: number) => {
      const first = inView.current === 0;
      inView.current = page;
      setPageHere(page);
      // The viewer opened (at the address's page): the chair may have moved on meanwhile.
      if (first && mode.following && chairDocument === documentId && page !== chairPage) controlRef.current?.goToPage(chairPage);
      else if (mode.following && chairDocument === documentId && page !== chairPage && Date.now() - lastGesture.current < OWN_GESTURE_MS) {
        setMode({ following: false });
      }
    },
    [mode.following, chairDocument, documentId, chairPage, setMode],
  );

  return {
    controlRef,
    onPageInView,
    /** A gesture of the reader's own in the viewer. */
    gesture: useCallback(() => void (lastGesture.current = Date.now()), []),
    /** The reader leaves the document (back to the agenda). */
    leave: useCallback(() => {
      if (mode.following) setMode({ following: false });
    }, [mode.following, setMode]),
    here: { documentId, page: pageHere },
  };
}
