// How other features drive the reader and hear where it is (following the chair's page, annotations).
// Pages here are 1-based, as people count them; the viewer's own state is 0-based.

/** Handed to `DocumentBody`'s `controlRef` while a document is open. */
export interface ViewerControl {
  /** Shows page `page` (1-based, clamped to the document) at the top of the viewer; it is drawn before its neighbours. */
  goToPage(page: number): void;
  /** The page in view now (1-based); 0 before the document is open. */
  pageInView(): number;
}

/** What a screen may pass to the reader besides the document. */
export interface ViewerHooks {
  /** Opens at this page (1-based) instead of the first. A later change of this prop is ignored: use `controlRef`. */
  initialPage?: number;
  /** Hears the page in view (1-based) each time it changes, and once when the document opens. */
  onPageInView?: (page: number) => void;
  /** Receives the control once the document is open, and null when it closes. */
  controlRef?: { current: ViewerControl | null };
}

/** `?page=7` in the viewer's address opens the document at page 7; anything else opens it at page 1. */
export function pageFromSearch(search: string): number | undefined {
  const value = new URLSearchParams(search).get('page');
  if (!value || !/^\d{1,6}$/.test(value)) return undefined;
  const page = Number(value);
  return page >= 1 ? page : undefined;
}

/** The viewer's address for a document, at a page when given. */
export function documentPath(screen: 'tablet' | 'console', meetingId: string, documentId: string, page?: number): string {
  const path = `/${screen}/${encodeURIComponent(meetingId)}/documents/${encodeURIComponent(documentId)}`;
  return page && page > 1 ? `${path}?page=${page}` : path;
}

/** Where "back" goes: the agenda (tablet) or the console, with the words for the button. */
export interface BackLink {
  to: string;
  state?: unknown;
  label: string;
  title: string;
}
