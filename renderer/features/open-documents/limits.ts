// How many documents a tablet keeps open, and when it opens the item's documents ahead (the reader bench reads these).

/** How many documents stay open once nobody shows them: pdf.js's worker holds each one's parsed structure. */
export const KEPT_OPEN = 3;
/** The item's documents opened ahead: fewer than the documents kept open, so the one just read stays open too. */
export const OPENED_AHEAD = KEPT_OPEN - 1;
/** How long an item is in view before its documents are opened: a delegate scrolling past items opens nothing. */
export const OPEN_AHEAD_AFTER_MS = 600;
/** A larger document is not opened ahead: pdf.js holds its bytes in the worker, and a tablet's memory is small. */
export const OPEN_AHEAD_MAX_BYTES = 30 * 1024 * 1024;

/** Which of an item's documents (those on the device, in list order) are opened ahead: the first few not too large. */
export function openedAhead(documents: readonly { sha256: string; bytes: number }[]): string[] {
  return documents
    .filter((d) => d.bytes <= OPEN_AHEAD_MAX_BYTES)
    .slice(0, OPENED_AHEAD)
    .map((d) => d.sha256);
}
