// When a tablet's reader leaves follow mode. Browsing leaves it: scrolling (wheel, a finger, the scroll bar, the
// keys), the page buttons, go to page, a thumbnail, an outline entry, a search result, a link inside the document.
// Zooming does not (a pinch, a double tap, Ctrl + wheel, the zoom and fit buttons), though it moves the page in view
// as the pages are laid out again; nor does a tap to select text, a pen stroke or opening a panel. Only a page in
// view that differs from the chair's, soon after a browsing input, counts: the chair's own turns land on its page.
// The viewer marks its controls by what they do, not by name: `data-browse="page"` on what takes the reader to another
// page (page buttons, thumbnails, outline entries, search results, the go-to-page and search fields, where Enter goes),
// `data-browse="zoom"` on the zoom and fit buttons, `data-browse="scroll"` on the page area (its scroll bar).

/** The values of `data-browse` on the viewer's controls. */
export type BrowseMark = 'page' | 'zoom' | 'scroll';

/** What the reader's input was, as far as following the chair cares. */
export type ReaderInput = 'browse' | 'zoom' | 'other';

/** An input as the viewer saw it (read off the DOM event by useViewerFollow). */
export interface InputFacts {
  kind: 'wheel' | 'touchmove' | 'pointerdown' | 'click' | 'key';
  /** Wheel: Ctrl or ⌘ held (a laptop's pinch); the viewer zooms. */
  ctrlKey?: boolean;
  /** touchmove: how many fingers. */
  touches?: number;
  /** key: the key's name. */
  key?: string;
  /** key: typed into a text field (the page number, the search). */
  inTextField?: boolean;
  /**
   * click: the control clicked: a link inside the document ('link'), else its button's `data-browse` ('' for a button
   * without one); null for no control. key in a text field: the field's `data-browse`, '' for none.
   */
  control?: BrowseMark | 'link' | '' | null;
  /** pointerdown: on the page area itself (`data-browse="scroll"`), not on a page: its scroll bar. */
  onScrollbar?: boolean;
}

/** Keys that move through the document (useViewerKeys, and the page area's own scrolling). */
const BROWSE_KEYS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'PageUp', 'PageDown', 'Home', 'End', ' ']);
const ZOOM_KEYS = new Set(['+', '=', '-', '_']);

export function readerInput(facts: InputFacts): ReaderInput {
  switch (facts.kind) {
    case 'wheel':
      return facts.ctrlKey ? 'zoom' : 'browse';
    case 'touchmove':
      return (facts.touches ?? 1) >= 2 ? 'zoom' : 'browse';
    case 'pointerdown':
      return facts.onScrollbar ? 'browse' : 'other';
    case 'click':
      // A zoom lays the pages out again, and the page in view may change with them: not the reader's browsing.
      return facts.control === 'page' || facts.control === 'link' ? 'browse' : facts.control === 'zoom' ? 'zoom' : 'other';
    case 'key': {
      const key = facts.key ?? '';
      // In a text field only Enter acts, in a field that goes to a page (the page number, the search); arrows move the caret.
      if (facts.inTextField) return key === 'Enter' && facts.control === 'page' ? 'browse' : 'other';
      return BROWSE_KEYS.has(key) ? 'browse' : ZOOM_KEYS.has(key) ? 'zoom' : 'other';
    }
  }
}

/** A browsing input this recent makes a change of the page in view the reader's (a scroll runs on after the finger). */
export const OWN_INPUT_MS = 1500;

/** Whether the page in view, just changed to `page`, takes this tablet out of follow mode. */
export function leavesFollowing(state: {
  following: boolean;
  /** The chair shows this very document. */
  chairHere: boolean;
  page: number;
  chairPage: number;
  /** The reader's last input and when (ms), or null for none yet. */
  last: { input: ReaderInput; at: number } | null;
  now: number;
}): boolean {
  if (!state.following || !state.chairHere || state.page === state.chairPage || !state.last) return false;
  return state.last.input === 'browse' && state.now - state.last.at < OWN_INPUT_MS;
}
