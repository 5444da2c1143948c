import { useEffect, useRef } from 'react';

export interface ReaderKeyActions {
  next(): void;
  previous(): void;
  first(): void;
  last(): void;
  zoomIn(): void;
  zoomOut(): void;
}

/** Whether a key press belongs to a text field or a button that uses it. */
function ownKeys(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * The reader's keys: ← → turn the page, Home / End go to the first / last page, + and − zoom.
 * ↑ ↓, Page Up / Page Down and the space bar scroll the pages natively (the page area has the focus).
 */
export function useReaderKeys(actions: ReaderKeyActions): void {
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
        default:
          return;
      }
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
