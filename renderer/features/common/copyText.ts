/** How a copy went: on the clipboard, or selected on screen for the person to copy. */
export type CopyOutcome = 'copied' | 'manual';

/**
 * Puts `text` on the clipboard. Where the page may not (a plain http:// address is not a secure context, so there is
 * no navigator.clipboard), selects `shown`, the element that shows it, for a manual copy.
 */
export async function copyText(text: string, shown: Node | null): Promise<CopyOutcome> {
  try {
    if (!navigator.clipboard) throw new Error('no clipboard');
    await navigator.clipboard.writeText(text);
    return 'copied';
  } catch {
    const selection = window.getSelection();
    if (shown && selection) {
      const range = document.createRange();
      range.selectNodeContents(shown);
      selection.removeAllRanges();
      selection.addRange(range);
    }
    return 'manual';
  }
}
