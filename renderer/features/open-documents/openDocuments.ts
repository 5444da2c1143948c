// The documents a reader opened last, kept open in pdf.js: parsed, their fonts loaded. A delegate goes from the
// agenda to a document and back many times in a meeting; reopening one then skips reading the device's copy and
// parsing it, and page 1 draws with its fonts already there.
import type { HubClient } from '../../client/HubClient.ts';
import type { HubState } from '../../client/state.ts';
import type { PageSize, PdfDocument, PdfLoading } from '../pdf/types.ts';
import { KEPT_OPEN } from './limits.ts';

export type DocumentSource = 'device' | 'hub';

/** A document pdf.js has opened, with its page 1's size (what the reader lays its pages out from). */
export interface Opened {
  pdf: PdfDocument;
  firstSize: PageSize;
  source: DocumentSource;
}

interface Entry {
  loading: PdfLoading;
  source: DocumentSource;
  users: number;
  failed: boolean;
  opened: Opened | null;
}

export interface Held {
  promise: Promise<PdfDocument>;
  /** Whether this document was already open (its bytes were not read again). */
  reused: boolean;
  /** Where its bytes came from when it was opened. */
  source: DocumentSource;
  /** Remembers it opened, so that the next screen to show it has it at once (`peek`). */
  opened(pdf: PdfDocument, firstSize: PageSize): void;
  /** The screen no longer shows it: it stays open among the last ones, or is closed. */
  release(): void;
}

/**
 * Open documents by sha256, the least recently shown first. Scoped to one reader: a document open for one delegate
 * (perhaps a restricted one) is never handed to the next one on a shared tablet, whose first use empties it.
 */
export class OpenDocuments {
  private owner: string | null = null;
  private readonly entries = new Map<string, Entry>();
  private readonly capacity: number;

  constructor(capacity = KEPT_OPEN) {
    this.capacity = capacity;
  }

  /** This reader's document for `sha256` if it is open and was opened whole, without holding it (a screen's first render). */
  peek(owner: string, sha256: string): Opened | null {
    return owner === this.owner ? (this.entries.get(sha256)?.opened ?? null) : null;
  }

  /** This reader's open document for `sha256`, held for a screen; null if it is not open (or failed to open). */
  take(owner: string, sha256: string): Held | null {
    this.scope(owner);
    const entry = this.entries.get(sha256);
    return entry && !entry.failed ? this.hand(sha256, entry, true) : null;
  }

  /** Keeps `loading` among the open documents and holds it; if the same document was opened meanwhile, that one. */
  add(owner: string, sha256: string, loading: PdfLoading, source: DocumentSource): Held {
    const existing = this.take(owner, sha256);
    if (existing) {
      void loading.destroy().catch(() => undefined);
      return existing;
    }
    const stale = this.entries.get(sha256);
    if (stale) this.close(sha256, stale);
    const entry: Entry = { loading, source, users: 0, failed: false, opened: null };
    loading.promise.catch(() => (entry.failed = true));
    return this.hand(sha256, entry, false);
  }

  private scope(owner: string): void {
    if (owner === this.owner) return;
    this.clear();
    this.owner = owner;
  }

  private hand(sha256: string, entry: Entry, reused: boolean): Held {
    // Most recently shown last.
    this.entries.delete(sha256);
    this.entries.set(sha256, entry);
    entry.users++;
    let released = false;
    return {
      promise: entry.loading.promise,
      reused,
      source: entry.source,
      opened: (pdf, firstSize) => {
        if (!entry.failed) entry.opened = { pdf, firstSize, source: entry.source };
      },
      release: () => {
        if (released) return;
        released = true;
        entry.users--;
        this.trim();
      },
    };
  }

  /** Closes every document (the reader's session ended, or another reader came). */
  clear(): void {
    for (const [sha256, entry] of [...this.entries]) this.close(sha256, entry);
    this.owner = null;
  }

  /** How many documents are open (for tests). */
  get size(): number {
    return this.entries.size;
  }

  private trim(): void {
    let idle = [...this.entries].filter(([, e]) => e.users === 0);
    for (const [sha256, entry] of idle) if (entry.failed) this.close(sha256, entry);
    idle = [...this.entries].filter(([, e]) => e.users === 0);
    let excess = this.entries.size - this.capacity;
    for (const [sha256, entry] of idle) {
      if (excess-- <= 0) break;
      this.close(sha256, entry);
    }
  }

  private close(sha256: string, entry: Entry): void {
    if (this.entries.get(sha256) === entry) this.entries.delete(sha256);
    void entry.loading.destroy().catch(() => undefined);
  }
}

/** Waits for a held document to be open whole (page 1's size known), and remembers it so (`peek`). */
export async function openWhole(held: Held, step: (name: 'parsed' | 'first-page') => void = () => undefined): Promise<Opened> {
  const pdf = await held.promise;
  step('parsed');
  const first = await pdf.getPage(1);
  step('first-page');
  held.opened(pdf, first.size);
  return { pdf, firstSize: first.size, source: held.source };
}

/** Whose documents these are: another sign-in on this screen (or none) is another reader. */
export function readerKey(session: HubState['session']): string {
  return session ? `${session.role}:${session.delegateId ?? ''}:${session.meetingId ?? ''}` : '';
}

const perClient = new WeakMap<HubClient, OpenDocuments>();

/** This screen's open documents, closed as soon as its session ends or changes hands (not at the next opening). */
export function openDocumentsOf(client: HubClient): OpenDocuments {
  const existing = perClient.get(client);
  if (existing) return existing;
  const documents = new OpenDocuments();
  perClient.set(client, documents);
  let reader = readerKey(client.state.session);
  client.hubState.subscribe((state) => {
    const now = readerKey(state.session);
    if (now === reader) return;
    reader = now;
    documents.clear();
  });
  return documents;
}
