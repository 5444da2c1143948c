import { useEffect, useRef } from 'react';

export interface ViewerKeyActions {
  next(): void;
  previous(): void;
  first(): void;
  last(): void;
  zoomIn(): void;
  zoomOut(): void;
  /** Scrolls the pages by a line or a screen, for the keys the page area handles itself when it has the focus. */
  scroll(direction: 1 | -1, by: 'line' | 'screen'): void;
  /** Whether the page area has the focus (the browser then scrolls it natively). */
  scrollsNatively(target: EventTarget | null): boolean;
}

/** Whether a key press belongs to a text field or a button that uses it. */
function ownKeys(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * The viewer's keys: ← → turn the page, Home / End go to the first / last page, + and − zoom.
 * ↑ ↓ and Page Up / Page Down scroll the pages: natively when the page area has the focus (it takes it on
 * opening), by hand when a button has it (after a tap on "next page", say).
 */
export function useViewerKeys(actions: ViewerKeyActions): void {
  const latest = useRef(actions);
  useEffect(() => {
    latest.current = actions;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || ownKeys(event.target)) return;
      const act = latest.current;
      switch (event.key) {
        case 'ArrowRight':
          act.next();
          break;
        case 'ArrowLeft':
          act.previous();
          break;
        case 'Home':
          act.first();
          break;
        case 'End':
          act.last();
          break;
        case '+':
        case '=':
          act.zoomIn();
          break;
        case '-':
        case '_':
          act.zoomOut();
          break;
        case 'ArrowDown':
        case 'ArrowUp':
        case 'PageDown':
        case 'PageUp':
          if (act.scrollsNatively(event.target)) return;
          act.scroll(event.key === 'ArrowDown' || event.key === 'PageDown' ? 1 : -1, event.key.startsWith('Page') ? 'screen' : 'line');
          break;
        default:
          return;
      }
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
