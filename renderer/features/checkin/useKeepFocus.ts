import { useCallback, useEffect, type RefObject } from 'react';

/** Fields where the person is typing something else (the name search): never taken away from them. */
export function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT') return true;
  return target.tagName === 'INPUT' && !['button', 'submit', 'reset', 'checkbox', 'radio'].includes((target as HTMLInputElement).type);
}

/**
 * Keeps the scan field focused, so a handheld scanner (a keyboard to the computer) always types into it:
 * after any click that did not land in another text field, and whenever focus falls back to the page.
 * Returns `refocus`, for after each result.
 */
export function useKeepFocus(ref: RefObject<HTMLInputElement | null>): () => void {
  const refocus = useCallback(() => {
    const field = ref.current;
    if (!field || field.disabled) return;
    const active = document.activeElement;
    if (active !== field && isTextEntry(active)) return;
    field.focus({ preventScroll: true });
  }, [ref]);

  useEffect(() => {
    const later = () => setTimeout(refocus, 0);
    const onClick = (event: MouseEvent) => {
      if (!isTextEntry(event.target)) later();
    };
    const onFocusOut = (event: FocusEvent) => {
      if (event.relatedTarget === null) later();
    };
    document.addEventListener('click', onClick);
    document.addEventListener('focusout', onFocusOut);
    window.addEventListener('focus', later);
    return () => {
      document.removeEventListener('click', onClick);
      document.removeEventListener('focusout', onFocusOut);
      window.removeEventListener('focus', later);
    };
  }, [refocus]);

  return refocus;
}
