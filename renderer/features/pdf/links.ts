// Where a PDF destination points, and the small link service pdf.js's annotation layer calls when a link is
// followed: our viewer scrolls, nothing else (no history, no hash in the address, no scripts).
import type { PDFDocumentProxy } from 'pdfjs-dist';

/** The 0-based page a destination (a name, or an explicit [page ref or index, …] array) points at; null if none. */
export async function destinationPage(pdf: PDFDocumentProxy, dest: unknown): Promise<number | null> {
  try {
    const explicit = typeof dest === 'string' ? await pdf.getDestination(dest) : await dest;
    if (!Array.isArray(explicit)) return null;
    const [target] = explicit as unknown[];
    let index: number | null = null;
    if (Number.isInteger(target)) index = target as number;
    else if (target && typeof target === 'object') index = await pdf.getPageIndex(target as { num: number; gen: number });
    return index !== null && index >= 0 && index < pdf.numPages ? index : null;
  } catch {
    // A destination that names a missing page or object: the link or bookmark goes nowhere.
    return null;
  }
}

const NAMED_ACTIONS: Record<string, (page: number, count: number) => number> = {
  NextPage: (page) => page + 1,
  PrevPage: (page) => page - 1,
  FirstPage: () => 0,
  LastPage: (_, count) => count - 1,
};

/** The link service pdf.js's AnnotationLayer calls: internal links go to `goTo` (0-based), web links open a tab. */
export function linkService(pdf: PDFDocumentProxy, goTo: (index: number) => void, currentPage: () => number) {
  const go = (index: number | null) => {
    if (index !== null) goTo(Math.min(pdf.numPages - 1, Math.max(0, index)));
  };
  return {
    externalLinkEnabled: true,
    get pagesCount() {
      return pdf.numPages;
    },
    get page() {
      return currentPage() + 1;
    },
    rotation: 0,
    isInPresentationMode: false,
    // Layers that are not links (forms, popups) are not drawn, so nothing listens here.
    eventBus: { dispatch() {}, on() {}, off() {}, _on() {}, _off() {} },
    async goToDestination(dest: unknown) {
      go(await destinationPage(pdf, dest));
    },
    goToPage(page: number) {
      go(Math.round(page) - 1);
    },
    addLinkAttributes(link: HTMLAnchorElement, url: string) {
      link.href = url;
      link.target = '_blank';
      link.rel = 'noopener noreferrer nofollow';
    },
    getDestinationHash: () => '#',
    getAnchorUrl: () => '#',
    setHash() {},
    executeNamedAction(action: string) {
      const step = NAMED_ACTIONS[action];
      if (step) go(step(currentPage(), pdf.numPages));
    },
    executeSetOCGState() {},
    getAttachmentContent: async () => null,
  };
}
