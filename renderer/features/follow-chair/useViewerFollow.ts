import { useCallback, useEffect, useRef, useState, type SyntheticEvent } from 'react';
import { useNavigate } from 'react-router';
import type { MeetingSnapshot } from '../../../shared/protocol/index.ts';
import { presentationKey, useFollowMode } from './followMode.ts';
import { chairPagePath } from './useFollowChair.ts';
import { leavesFollowing, readerInput, type BrowseMark, type InputFacts, type ReaderInput } from './followRule.ts';

/** What the viewer hands over once a document is open (the viewer's ViewerControl, as this folder needs it). */
export interface PageControl {
  goToPage(page: number): void;
  pageInView(): number;
}

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
  const last = useRef<{ input: ReaderInput; at: number } | null>(null);
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

  // Keys act on the viewer wherever the focus is (useViewerKeys listens on the window): heard here the same way.
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      const facts = factsOf(event);
      if (facts) last.current = { input: readerInput(facts), at: Date.now() };
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [enabled]);

  const onPageInView = useCallback(
    (page: number) => {
      const first = inView.current === 0;
      inView.current = page;
      setPageHere(page);
      // The viewer opened (at the address's page): the chair may have moved on meanwhile.
      if (first && mode.following && chairDocument === documentId && page !== chairPage) controlRef.current?.goToPage(chairPage);
      else if (leavesFollowing({ following: mode.following, chairHere: chairDocument === documentId, page, chairPage, last: last.current, now: Date.now() })) {
        setMode({ following: false });
      }
    },
    [mode.following, chairDocument, documentId, chairPage, setMode],
  );

  return {
    controlRef,
    onPageInView,
    /** An input of the reader's own in the viewer's page area (wheel, touch move, pointer down, click). */
    input: useCallback((event: SyntheticEvent) => {
      const facts = factsOf(event.nativeEvent);
      if (facts) last.current = { input: readerInput(facts), at: Date.now() };
    }, []),
    /** The reader leaves the document (back to the agenda). */
    leave: useCallback(() => {
      if (mode.following) setMode({ following: false });
    }, [mode.following, setMode]),
    here: { documentId, page: pageHere },
  };
}

/** The facts of a DOM event that following cares about (followRule.ts), or null for an event it does not read. */
function factsOf(event: Event): InputFacts | null {
  const target = event.target instanceof Element ? event.target : null;
  switch (event.type) {
    case 'wheel':
      return { kind: 'wheel', ctrlKey: (event as WheelEvent).ctrlKey || (event as WheelEvent).metaKey };
    case 'touchmove':
      return { kind: 'touchmove', touches: (event as TouchEvent).touches.length };
    case 'pointerdown':
      // The page area's own element under the pointer, not a page: its scroll bar (a page fills the rest).
      return { kind: 'pointerdown', onScrollbar: browseMark(target) === 'scroll' };
    case 'click': {
      const control = target?.closest('a, button');
      return { kind: 'click', control: control ? (control.tagName === 'A' ? 'link' : browseMark(control)) : null };
    }
    case 'keydown': {
      const key = event as KeyboardEvent;
      if (key.altKey || key.ctrlKey || key.metaKey) return { kind: 'key', key: '' };
      const field = target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
      return { kind: 'key', key: key.key, inTextField: field, control: field ? browseMark(target) : '' };
    }
    default:
      return null;
  }
}

/** What an element says it does, for following (followRule.ts): its `data-browse`, '' for none. */
function browseMark(element: Element | null): BrowseMark | '' {
  const mark = element?.getAttribute('data-browse');
  return mark === 'page' || mark === 'zoom' || mark === 'scroll' ? mark : '';
}
