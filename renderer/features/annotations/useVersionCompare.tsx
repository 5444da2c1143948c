import { useMemo, useState, type ReactNode } from 'react';
import type { DocumentVersion, MeetingDocument } from '../../../shared/protocol/index.ts';
import { EarlierAnnotations, rowsOnVersion } from './EarlierAnnotations.tsx';
import type { LocalAnnotation } from './local.ts';

/** The reader beside which the earlier version opens (the viewer's control; pages 1-based, as people count them). */
export interface ReaderControl {
  goToPage(page: number): void;
  pageInView(): number;
}

/** A page the earlier version's pane is asked to show (0-based); a new object each time, so the same page asked twice goes again. */
export interface PageRequest {
  page: number;
}

/** What the viewer needs to lay the earlier version beside the current one (features/viewer/CompareVersions.tsx). */
export interface VersionCompare {
  /** The version just before the current one; null when there is none (or no delegate reading). */
  earlier: DocumentVersion | null;
  open: boolean;
  close(): void;
  /** The page (1-based) the earlier version opens at: the one being read when it was opened. */
  openedAt: number;
  /** Where the earlier version's pane should go next. */
  request: PageRequest | null;
  /** The reader's annotations over a page of the earlier version, where they were, read-only. */
  overlay(page: { index: number; size: { width: number; height: number } }): ReactNode;
}

/**
 * The delegate's "earlier version beside the new": which version, whether it is open, and the moves asked of both
 * panes (a moved annotation shown on each side at its own page).
 */
export function useVersionCompare(document: MeetingDocument | null, rows: readonly LocalAnnotation[], reader: { current: ReaderControl | null } | undefined) {
  const earlier = document?.previousVersions.at(-1) ?? null;
  const [openFor, setOpenFor] = useState<string | null>(null);
  const [openedAt, setOpenedAt] = useState(1);
  const [request, setRequest] = useState<PageRequest | null>(null);
  // Open for one version pair: a newer version arriving meanwhile closes it (the pair it showed is gone).
  const open = earlier !== null && openFor === `${earlier.sha256}:${document?.sha256}`;
  const byPage = useMemo(() => (earlier ? rowsOnVersion(rows, earlier.sha256) : new Map<number, LocalAnnotation[]>()), [rows, earlier]);

  const toggle = () => {
    if (!earlier || !document) return;
    if (open) return setOpenFor(null);
    setOpenedAt(Math.max(1, reader?.current?.pageInView() ?? 1));
    setRequest(null);
    setOpenFor(`${earlier.sha256}:${document.sha256}`);
  };

  /** A moved or lost annotation: the reader goes to its page, and the earlier version (when open) to where it was. */
  const show = (row: LocalAnnotation) => {
    reader?.current?.goToPage((row.body.page ?? 0) + 1);
    if (open && row.carried?.fromSha256 === earlier?.sha256) setRequest({ page: row.carried.fromBody.page ?? 0 });
  };

  const compare = useMemo(
    (): VersionCompare => ({
      earlier,
      open,
      close: () => setOpenFor(null),
      openedAt,
      request,
      overlay: ({ index, size }) => <EarlierAnnotations index={index} size={size} rows={byPage.get(index) ?? EMPTY} />,
    }),
    [earlier, open, openedAt, request, byPage],
  );
  return { compare, toggle, show };
}

const EMPTY: never[] = [];
