// How many documents a tablet keeps open, and when it opens the item's documents ahead (the reader bench reads these).

/** How many documents stay open once nobody shows them: pdf.js's worker holds each one's parsed structure. */
export const KEPT_OPEN = 3;
/** The item's documents opened ahead: fewer than the documents kept open, so the one just read stays open too. */
export const OPENED_AHEAD = KEPT_OPEN - 1;
/** How long an item is in view before its documents are opened: a delegate scrolling past items opens nothing. */
export const OPEN_AHEAD_AFTER_MS = 600;
